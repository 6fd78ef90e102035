"""Login and the caller's profile."""

from __future__ import annotations

from redis.asyncio import Redis

from app.errors import NotAuthenticated
from app.schemas.auth import EnrollmentSummary, Me
from app.services import ratelimit
from app.services.jsonb import as_dict
from app.services.users import authenticate, normalize_email
from tables.users import User

BAD_CREDENTIALS = "email or password is wrong"


async def login(*, email: str, password: str, client: str, redis: Redis, failures_per_minute: int) -> User:
    """The user for these credentials; repeated failures for an email or from an address are rate limited."""
    keys = [f"login-fail:email:{normalize_email(email)}", f"login-fail:ip:{client}"]
    for key in keys:
        await ratelimit.peek(redis, key, failures_per_minute, "failed logins")
    user = await authenticate(email, password)
    if user is None:
        for key in keys:
            await ratelimit.enforce(redis, key, failures_per_minute * 10, "failed logins")
        raise NotAuthenticated(BAD_CREDENTIALS)
    return user


async def profile(user: User) -> Me:
    rows = await User.raw(
        "SELECT c.id AS class_id, c.code AS class_code, c.title AS class_title, e.role FROM enrollments e "
        "JOIN classes c ON c.id = e.class_id WHERE e.user_id = {} ORDER BY c.code, c.id",
        user.id,
    )
    settings = as_dict(user.settings)
    return Me(
        id=user.id,
        email=user.email,
        display_name=user.display_name,
        role=user.role,
        avatar_url=user.avatar_url,
        settings=settings,
        enrollments=[EnrollmentSummary(**row) for row in rows],
    )
