"""Readiness: does each backing service answer right now?"""

from __future__ import annotations

import asyncio

import anyio
from redis.asyncio import Redis

from app.adapters.blobstore import BlobStore
from app.common import sql

CHECK_TIMEOUT_SECONDS = 2.0


async def _postgres() -> None:
    await sql.rows("SELECT 1")


async def check_services(*, redis: Redis, blobstore: BlobStore) -> dict[str, str]:
    """Answer {service: "ok" | error text} for postgres, redis and s3, checked concurrently."""

    async def run(name: str, check) -> tuple[str, str]:
        try:
            await asyncio.wait_for(check(), CHECK_TIMEOUT_SECONDS)
        except Exception as exc:
            return name, f"{type(exc).__name__}: {exc}"[:200] or type(exc).__name__
        return name, "ok"

    results = await asyncio.gather(
        run("postgres", _postgres),
        run("redis", redis.ping),
        run("s3", lambda: anyio.to_thread.run_sync(blobstore.ping)),
    )
    return dict(results)
