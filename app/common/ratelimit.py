"""Fixed-window rate limits in Redis, shared by every API process. Fails open: a Redis outage never blocks work.

Litestar's RateLimitMiddleware limits by client address per route; these limits are per user and question (submit)
and per failed login for an email, which its key function cannot express.
"""

from __future__ import annotations

import logging
import time

from redis.asyncio import Redis
from redis.exceptions import RedisError

from app.errors import RateLimited

log = logging.getLogger(__name__)
WINDOW_SECONDS = 60


async def count_hit(redis: Redis, key: str, *, window: int = WINDOW_SECONDS) -> tuple[int, int]:
    """Count one hit in the current window; answer (hits so far, seconds until the window ends)."""
    now = int(time.time())
    bucket = now - now % window
    redis_key = f"ratelimit:{key}:{bucket}"
    async with redis.pipeline(transaction=True) as pipe:
        pipe.incr(redis_key)
        pipe.expire(redis_key, window + 1)
        hits, _ = await pipe.execute()
    return int(hits), bucket + window - now


async def enforce(redis: Redis, key: str, limit: int, what: str, *, window: int = WINDOW_SECONDS) -> None:
    try:
        hits, retry_after = await count_hit(redis, key, window=window)
    except (RedisError, OSError) as exc:
        log.warning("rate limit for %s not enforced: Redis unavailable (%s)", what, exc)
        return
    if hits > limit:
        raise RateLimited(
            f"too many {what}; try again in {retry_after} s",
            headers={"Retry-After": str(max(1, retry_after))},
            retry_after=max(1, retry_after),
        )


async def peek(redis: Redis, key: str, limit: int, what: str) -> None:
    """Refuse when the limit is already used up, without counting a hit (login checks before hashing)."""
    now = int(time.time())
    bucket = now - now % WINDOW_SECONDS
    try:
        hits = int(await redis.get(f"ratelimit:{key}:{bucket}") or 0)
    except (RedisError, OSError) as exc:
        log.warning("rate limit for %s not checked: Redis unavailable (%s)", what, exc)
        return
    if hits >= limit:
        retry_after = max(1, bucket + WINDOW_SECONDS - now)
        raise RateLimited(
            f"too many {what}; try again in {retry_after} s",
            headers={"Retry-After": str(retry_after)},
            retry_after=retry_after,
        )
