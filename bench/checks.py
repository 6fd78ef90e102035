"""What the benchmarks read of the product's database to check it: one query on a connection of its own, and the
wait until every attempt of a run is graded."""

from __future__ import annotations

import asyncio
import time

import asyncpg

from tables.enums import AttemptStatus


def fetch(database_url: str, query: str, *args: object) -> list[asyncpg.Record]:
    """One query on a connection of its own: the benchmark reads the product's database only to check it."""

    async def run() -> list[asyncpg.Record]:
        connection = await asyncpg.connect(database_url)
        try:
            return await connection.fetch(query, *args)
        finally:
            await connection.close()

    return asyncio.run(run())


def wait_all_graded(database_url: str, ids: list[int], timeout: float = 900) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        (row,) = fetch(
            database_url,
            f"SELECT count(*) FILTER (WHERE status IN ('{AttemptStatus.graded}', '{AttemptStatus.error}')) AS done, "
            "extract(epoch FROM max(graded_at)) AS last FROM submission_attempt WHERE id = ANY($1::int[])",
            ids,
        )
        done = row["done"]
        if done == len(ids):
            return float(row["last"])
        time.sleep(0.25)
    raise TimeoutError(f"{len(ids) - done} attempts still not graded")
