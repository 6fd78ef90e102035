"""JWT authentication (Litestar's JWTAuth) and the guards built on roles."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from litestar.connection import ASGIConnection
from litestar.exceptions import PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.security.jwt import JWTAuth, Token

from app.accounts import sessions
from app.common import fair_share
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


async def retrieve_user(token: Token, connection: ASGIConnection[Any, Any, Any, Any]) -> User | None:
    """The active user the token names, if the token is not revoked (app/accounts/sessions.py): a Redis read,
    or one query when the user's cache entry is missing or stale. Revocations apply from the next request on.
    First the request waits for one of its user's places in the process's fair share (app/common/fair_share.py)."""
    await fair_share.take_turn(int(token.sub))
    return await sessions.authenticate_token(connection.app.state.redis, token)


def build_jwt_auth(settings: Settings) -> JWTAuth[User]:
    return JWTAuth[User](
        retrieve_user_handler=retrieve_user,
        token_secret=settings.jwt_secret,
        algorithm=sessions.ALGORITHM,
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
