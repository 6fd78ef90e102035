"""The Piccolo engine, built from settings, counting the queries run in the current context."""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from piccolo.engine.postgres import PostgresEngine

from app.settings import get_settings

_query_count: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar("query_count", default=None)


class CountingPostgresEngine(PostgresEngine):
    """Counts queries so tests and benchmarks can prove a route's query budget."""

    def _count(self) -> None:
        counter = _query_count.get()
        if counter is not None:
            counter[0] += 1

    async def run_querystring(self, querystring: Any, in_pool: bool = True) -> Any:
        self._count()
        return await super().run_querystring(querystring, in_pool=in_pool)

    async def run_ddl(self, ddl: str, in_pool: bool = True) -> Any:
        self._count()
        return await super().run_ddl(ddl, in_pool=in_pool)

    async def start_pool(self) -> None:
        await self.start_connection_pool(min_size=1, max_size=10, reset=_keep_session)


async def _keep_session(connection: Any) -> None:
    """Skip asyncpg's reset query (a round trip on every release, so one more per query here): the app keeps no
    session state, no SET, LISTEN, cursor or session advisory lock; an open transaction is still rolled back first."""


@contextmanager
def counting_queries() -> Iterator[list[int]]:
    counter = [0]
    token = _query_count.set(counter)
    try:
        yield counter
    finally:
        _query_count.reset(token)


def build_engine(database_url: str | None = None) -> CountingPostgresEngine:
    url = database_url or get_settings().database_address
    return CountingPostgresEngine(config={"dsn": url, "timeout": 5, "command_timeout": 30})
