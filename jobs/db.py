"""Jobs open their own connection: an async RQ job runs on a new event loop, so no pool is shared across jobs."""

from __future__ import annotations

import asyncpg

from app.settings import Settings, get_settings


async def connect(settings: Settings | None = None) -> asyncpg.Connection:
    return await asyncpg.connect((settings or get_settings()).database_address, timeout=5)
