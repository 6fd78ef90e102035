"""What `autograder users ...` runs: the same services as the API, with the configured Redis, answering
(exit code, message) so the command line needs nothing of the API's schemas or errors."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from app.accounts import users
from app.accounts.schemas import UserCreate, UserSummary, UserUpdate
from app.adapters.cache import async_redis
from app.errors import DomainError
from app.settings import get_settings
from tables.enums import Role


async def _run(work: Callable[[Redis], Awaitable[str]]) -> tuple[int, str]:
    redis = async_redis(get_settings().redis_address)
    try:
        return 0, await work(redis)
    except DomainError as exc:
        return 1, f"error: {exc.detail}"
    finally:
        await redis.aclose()


def _describe(summary: UserSummary) -> str:
    return f"{summary.email}: role {summary.role}, {'active' if summary.active else 'deactivated'}"


async def create(*, email: str, display_name: str, role: str, password: str) -> tuple[int, str]:
    async def work(redis: Redis) -> str:
        data = UserCreate(email=email, display_name=display_name, role=Role(role), password=password)
        user = await users.create_account(data)
        return f"created {user.email} (id {user.id}, role {user.role})"

    return await _run(work)


async def change(email: str, *, role: str | None = None, active: bool | None = None) -> tuple[int, str]:
    async def work(redis: Redis) -> str:
        data = UserUpdate(role=Role(role) if role else None, active=active)
        return _describe(await users.apply_update(await users.id_by_email(email), data, redis=redis))

    return await _run(work)
