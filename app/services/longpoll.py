"""Waiting for an attempt's (or a run's) outcome: the worker announces it on its channel; polling covers Redis
loss."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis
from redis.exceptions import RedisError

from app.grading_contract import result_channel
from app.services.submission_queries import status_of
from tables.enums import AttemptStatus

log = logging.getLogger(__name__)
FINISHED = frozenset({AttemptStatus.graded, AttemptStatus.error})
POLL_SECONDS = 0.5  # without Redis, how often a long-poll reads the database


async def _finished(attempt_id: int) -> bool:
    return await status_of(attempt_id) in FINISHED


async def wait_for_grading(redis: Redis, attempt_id: int, seconds: float) -> None:
    """Return when the worker announces this attempt is done, or after `seconds` (falls back to polling)."""
    await wait_for(redis, result_channel(attempt_id), lambda: _finished(attempt_id), seconds)


async def wait_for(redis: Redis, channel: str, finished: Callable[[], Awaitable[bool]], seconds: float) -> None:
    """Return when a worker announces on `channel`, `finished()` says so, or after `seconds`; Redis trouble at any
    point turns the wait into polling the database, never into an error."""
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
