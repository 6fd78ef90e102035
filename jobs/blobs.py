"""The workers' side of the blob outbox (app/submissions/blob_outbox.py): grade from it while S3 has not taken the
code, and move it to S3 (the outbox sweeper's pass) once S3 answers again."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import asyncpg

from app.adapters.blobstore import BlobStore, BlobStoreUnavailable
from app.common.sql import named
from jobs.db import connect

log = logging.getLogger("outbox")
DRAIN_BATCH = 100
HELD_SQL = "SELECT code FROM blob_outbox WHERE sha256 = :sha256"


async def fetch_code(store: BlobStore, row: dict[str, Any]) -> str:
    """The attempt's code: its S3 object, else the outbox row of the same sha256 (S3 down, or not drained yet)."""
    try:
        blob = await asyncio.to_thread(store.get, row["code_blob_ref"])
    except BlobStoreUnavailable:
        connection = await connect()
        try:
            query, args = named(HELD_SQL, sha256=row["code_sha256"])
            held = await connection.fetchval(query, *args)
        finally:
            await connection.close()
        if held is None:
            raise
        blob = bytes(held)
    return blob.decode("utf-8", "replace")


async def drain(store: BlobStore, connection: asyncpg.Connection) -> int:
    """Store the outbox's code in S3, oldest first, deleting each row S3 took; stops at the first refusal."""
    stored = 0
    query, args = named("SELECT sha256, code FROM blob_outbox ORDER BY id LIMIT :limit", limit=DRAIN_BATCH)
    for row in await connection.fetch(query, *args):
        try:
            _, sha256 = await asyncio.to_thread(store.put_code, bytes(row["code"]))
        except BlobStoreUnavailable as exc:
            log.warning("blob outbox: S3 still unavailable (%s); %s kept", exc, row["sha256"])
            break
        if sha256 == row["sha256"]:  # a row whose bytes are not its address stays for an operator to see
            query, args = named("DELETE FROM blob_outbox WHERE sha256 = :sha256", sha256=sha256)
            await connection.execute(query, *args)
            stored += 1
    return stored
