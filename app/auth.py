"""JWT authentication (Litestar's JWTAuth) and the guards built on roles."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from litestar.connection import ASGIConnection
from litestar.exceptions import PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.security.jwt import JWTAuth, Token

from app.settings import Settings
from tables.enums import Role
from tables.users import User

# Exact paths (regular expressions anchored at both ends): a substring match would let `/api/x/admin-y` skip
# authentication. /metrics checks its own token; the admin and the schema pages have their own login or none.
PUBLIC_PATHS = [
    r"^/health$",
    r"^/ready$",
    r"^/metrics$",
    r"^/schema(/.*)?$",
    r"^/api/auth/login$",
    r"^/admin(/.*)?$",
]


USER_CACHE_SECONDS = 5.0
_users: dict[int, tuple[float, User]] = {}


async def retrieve_user(token: Token, connection: ASGIConnection[Any, Any, Any, Any]) -> User | None:
    """The active user the token names: one query, then cached in this process for a few seconds.

    The cache saves a query on every request; a deactivation or role change reaches a running API within
    USER_CACHE_SECONDS.
    """
    try:
        user_id = int(token.sub)
    except ValueError:
        return None
    now = time.monotonic()
    cached = _users.get(user_id)
    if cached is not None and cached[0] > now:
        return cached[1]
    user = await User.objects().where((User.id == user_id) & (User.active.eq(True))).first()
    if user is not None:
        if len(_users) > 50_000:
            _users.clear()
        _users[user_id] = (now + USER_CACHE_SECONDS, user)
    return user


def build_jwt_auth(settings: Settings) -> JWTAuth[User]:
    return JWTAuth[User](
        retrieve_user_handler=retrieve_user,
        token_secret=settings.jwt_secret,
        algorithm="HS256",
        default_token_expiration=timedelta(seconds=settings.jwt_ttl_seconds),
        exclude=PUBLIC_PATHS,
        # OPTIONS answers without a user (CORS preflights carry no token); HEAD is authenticated like GET
        exclude_http_methods=["OPTIONS"],
    )


def is_preflight(connection: ASGIConnection[Any, Any, Any, Any]) -> bool:
    """OPTIONS skips authentication, so a guard must not read the user for it (Litestar answers it by itself)."""
    return connection.scope.get("method") == "OPTIONS"


def staff_guard(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Staff-wide resources (the question bank): admins, instructors and TAs, never students."""
    if not is_preflight(connection) and connection.user.role == Role.student.value:
        raise PermissionDeniedException("this resource is for staff only")
