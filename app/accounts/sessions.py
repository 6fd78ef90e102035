"""Access tokens that can be revoked at once, in every API process.

A token carries the user's `token_version` (`tv`), an id (`jti`) and its family (`fam`: the `jti` of the login
it descends from by refreshes; a token without one is its own family). Logging out revokes the whole family.
PostgreSQL holds the truth: the version on the user row (bumped by a password change or reset, deactivation, role
change, "log out everywhere") and the revoked families of single logouts. Redis caches, per user, the row and its
revoked families for every API process; each write increments the user's generation key after it commits, and an
entry read under an older generation is thrown away, so no process can keep serving a stale entry (a reader that
loaded the row just before a write stored it under the generation it read first). Redis down: every request reads
PostgreSQL instead (one query).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import msgspec
from litestar.security.jwt import Token
from redis.asyncio import Redis
from redis.exceptions import RedisError

from app.common import sql
from app.settings import Settings, get_settings
from tables.users import RevokedToken, User

log = logging.getLogger(__name__)
ALGORITHM = "HS256"
CACHE_SECONDS = 900
CACHED_COLUMNS = ("id", "email", "display_name", "role", "active", "avatar_url", "settings", "token_version")

USER_STATE_SQL = f"""
SELECT {", ".join(f"u.{c}" for c in CACHED_COLUMNS)},
       array(SELECT r.jti FROM revoked_tokens r WHERE r.user_id = u.id AND r.expires_at > now()) AS revoked
FROM users u WHERE u.id = :user
"""


class UserState(msgspec.Struct):
    id: int
    email: str
    display_name: str
    role: str
    active: bool
    avatar_url: str | None
    settings: Any
    token_version: int
    revoked: list[str]
    generation: int = 0

    def user(self) -> User:
        return User(_exists_in_db=True, **{c: getattr(self, c) for c in CACHED_COLUMNS})


@cache
def _namespace() -> str:
    """Keys name the database they cache, so two installs (or a test's second database) sharing a Redis never mix."""
    return hashlib.sha256(get_settings().database_address.encode()).hexdigest()[:12]


def _entry_key(user_id: int) -> str:
    return f"auth:{_namespace()}:user:{user_id}"


def _generation_key(user_id: int) -> str:
    return f"auth:{_namespace()}:generation:{user_id}"


def family(token: Token) -> str:
    found = token.extras.get("fam")
    return found if isinstance(found, str) and 0 < len(found) <= 64 else str(token.jti)


def issue(settings: Settings, user_id: int, token_version: int, *, parent: Token | None = None) -> str:
    """A new token; a refresh (`parent`) keeps its family, a login starts one."""
    jti = secrets.token_urlsafe(16)
    token = Token(
        sub=str(user_id),
        exp=datetime.now(UTC) + timedelta(seconds=settings.jwt_ttl_seconds),
        jti=jti,
        extras={"tv": token_version, "fam": family(parent) if parent is not None else jti},
    )
    return token.encode(settings.jwt_secret, ALGORITHM)


async def _load(user_id: int) -> UserState | None:
    return await sql.fetch_one(UserState, USER_STATE_SQL, user=user_id)


async def user_state(redis: Redis, user_id: int) -> UserState | None:
    """The cached state when its generation is current, else PostgreSQL's (then cached under the generation read)."""
    try:
        entry, generation = await redis.mget(_entry_key(user_id), _generation_key(user_id))
    except (RedisError, OSError) as exc:
        log.warning("auth cache unavailable, reading PostgreSQL: %s", exc)
        return await _load(user_id)
    current = int(generation or 0)
    if entry is not None:
        state = msgspec.json.decode(entry, type=UserState)
        if state.generation == current:
            return state
    state = await _load(user_id)
    if state is not None:
        state.generation = current
        try:
            await redis.set(_entry_key(user_id), msgspec.json.encode(state), ex=CACHE_SECONDS)
        except (RedisError, OSError) as exc:
            log.warning("auth cache not written: %s", exc)
    return state


async def authenticate_token(redis: Redis, token: Token) -> User | None:
    """The active user a token names, if its version is current and its id not revoked."""
    try:
        user_id = int(token.sub)
    except ValueError:
        return None
    version = token.extras.get("tv")
    if not isinstance(token.jti, str) or not isinstance(version, int) or not 0 < user_id < 2**31:
        return None
    state = await user_state(redis, user_id)
    if state is None or not state.active or state.token_version != version:
        return None
    if token.jti in state.revoked or family(token) in state.revoked:
        return None
    return state.user()


async def invalidate(redis: Redis, user_id: int) -> None:
    """After a write to the user (committed): every process reloads it on its next request."""
    try:
        await redis.incr(_generation_key(user_id))
    except (RedisError, OSError) as exc:
        log.error("auth cache of user %s not invalidated (Redis unavailable): %s", user_id, exc)


async def revoke(redis: Redis, settings: Settings, token: Token) -> None:
    """Log out a token and every token refreshed from the same login: the family stays revoked until the newest of
    them would have expired (no new one can be made from a revoked one)."""
    user_id = int(token.sub)
    until = datetime.now(UTC) + timedelta(seconds=settings.jwt_ttl_seconds)
    await RevokedToken.insert(RevokedToken(user_id=user_id, jti=family(token), expires_at=until)).on_conflict(
        action="DO NOTHING"
    )
    await RevokedToken.delete().where(RevokedToken.expires_at < datetime.now(UTC))
    await invalidate(redis, user_id)


async def revoke_all(redis: Redis, user_id: int) -> None:
    """Log out everywhere: every token issued so far stops working."""
    await User.update({User.token_version: User.token_version + 1}).where(User.id == user_id)
    await invalidate(redis, user_id)
