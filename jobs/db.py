"""One event loop and one PostgreSQL connection per worker process, shared by the jobs it runs one after another.

RQ would give an async job a new event loop each time, so jobs are plain functions that hand their database work to
`run_job`: the loop (an `asyncio.Runner`) and the connection outlive the job. A connection per job cost PostgreSQL
a backend fork and an authentication every time, more CPU than the rest of the job's queries (measured in bench/).
Only the thread that runs jobs uses them; the outbox sweeper's thread opens its own connection with `connect`.
A job that fails drops the connection (it may be broken, say after a PostgreSQL restart); RQ's retry gets a new one.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import threading
from collections.abc import Awaitable, Callable
from typing import TypeVar

import asyncpg
import uvloop

from app.settings import Settings, get_settings

T = TypeVar("T")


APPLICATION_NAME = "autograder-worker"  # how pg_stat_activity names the workers' connections


async def connect(settings: Settings | None = None) -> asyncpg.Connection:
    return await asyncpg.connect(
        (settings or get_settings()).database_address,
        timeout=5,
        server_settings={"application_name": APPLICATION_NAME},
    )


class _JobRuntime(threading.local):
    def __init__(self) -> None:
        self.runner = asyncio.Runner(loop_factory=uvloop.new_event_loop)  # asyncpg's protocol is faster on it
        self.connection: asyncpg.Connection | None = None

    async def connection_for_job(self) -> asyncpg.Connection:
        if self.connection is None or self.connection.is_closed():
            self.connection = await connect()
        return self.connection

    def discard(self) -> None:
        """After a failed job: its connection may be mid-transaction or broken, and a job interrupted by a signal
        (RQ's timeout) leaves tasks behind; the next job starts clean."""
        if self.connection is not None:
            self.connection.terminate()
            self.connection = None
        loop = self.runner.get_loop()
        leftovers = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in leftovers:
            task.cancel()
        if leftovers:
            with contextlib.suppress(BaseException):
                loop.run_until_complete(asyncio.gather(*leftovers, return_exceptions=True))


_runtime = _JobRuntime()


def run_job(work: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
    """Run one job's database work on this thread's loop and connection."""

    async def with_connection() -> T:
        return await work(await _runtime.connection_for_job())

    try:
        # in the job's own context (its request id): the runner would otherwise reuse the one of its first job
        return _runtime.runner.run(with_connection(), context=contextvars.copy_context())
    except BaseException:
        _runtime.discard()
        raise
