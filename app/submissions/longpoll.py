"""Waiting for an attempt's (or a run's) outcome: the worker announces it on its channel; polling covers Redis
loss. Each user holds at most LONGPOLLS_PER_USER waits at once (`waiting_slot`): one student's thousand open waits
cannot take the connections and the database reads everyone else's requests need."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

from redis.asyncio import Redis
from redis.exceptions import RedisError

from app.common.fair_share import stepped_aside
from app.grading.contract import result_channel
from app.submissions.submission_queries import status_of
from tables.enums import AttemptStatus

log = logging.getLogger(__name__)
FINISHED = frozenset({AttemptStatus.graded, AttemptStatus.error})
POLL_SECONDS = 0.5  # without Redis, how often a long-poll reads the database


@contextlib.asynccontextmanager
async def waiting_slot(redis: Redis, user_id: int, cap: int, seconds: float) -> AsyncIterator[bool]:
    """Whether this user may wait now (at most `cap` waits at once, across API processes). Each wait is a member of
    the user's sorted set scored by its deadline, so a wait whose process died expires instead of holding a slot.
    Fails open when Redis is unreachable, as the rate limits do."""
    key, member = f"longpolls:{user_id}", uuid.uuid4().hex
    now = time.time()
    try:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.zremrangebyscore(key, 0, now)
            pipe.zadd(key, {member: now + seconds + 5})
            pipe.zcard(key)
            pipe.expire(key, int(seconds) + 10)
            _, _, waiting, _ = await pipe.execute()
    except (RedisError, OSError) as exc:
        log.warning("long-poll cap not enforced: Redis unavailable (%s)", exc)
        yield True
        return
    try:
        yield waiting <= cap
    finally:
        with contextlib.suppress(RedisError, OSError):
            await redis.zrem(key, member)


async def _finished(attempt_id: int) -> bool:
    return await status_of(attempt_id) in FINISHED


async def wait_for_grading(redis: Redis, attempt_id: int, seconds: float) -> None:
    """Return when the worker announces this attempt is done, or after `seconds` (falls back to polling)."""
    await wait_for(redis, result_channel(attempt_id), lambda: _finished(attempt_id), seconds)


async def wait_for(redis: Redis, channel: str, finished: Callable[[], Awaitable[bool]], seconds: float) -> None:
    """Return when a worker announces on `channel`, `finished()` says so, or after `seconds`; Redis trouble at any
    point turns the wait into polling the database, never into an error. The caller's place in the API's fair share
    goes to its next request meanwhile."""
    async with stepped_aside():
        await _wait(redis, channel, finished, seconds)


async def _wait(redis: Redis, channel: str, finished: Callable[[], Awaitable[bool]], seconds: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    pubsub = redis.pubsub()
    try:
        await pubsub.subscribe(channel)
        # the work may have finished between our read and the subscription
        if await finished():
            return
        while (remaining := deadline - loop.time()) > 0:
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=min(remaining, 1.0))
            if message is not None or await finished():
                return
    except (RedisError, OSError) as exc:
        log.warning("long-poll without Redis: %s", exc)
        while (remaining := deadline - loop.time()) > 0 and not await finished():
            await asyncio.sleep(min(remaining, POLL_SECONDS))
    finally:
        # two steps: a failed unsubscribe must not keep the connection from going back to its pool
        with contextlib.suppress(RedisError, OSError):
            await pubsub.unsubscribe()
        with contextlib.suppress(RedisError, OSError):
            await pubsub.aclose()
