"""The blob outbox: code S3 could not take at submit waits in PostgreSQL under its sha256, so a submission never
depends on S3 being up. The workers grade from here meanwhile (jobs/blobs.py) and the outbox sweeper moves each
row to S3, then deletes it; the object's key is the same content address either way (code/<sha256>)."""

from __future__ import annotations

from tables.submissions import BlobOutbox


async def keep(sha256: str, code: bytes) -> None:
    """Idempotent: the same code is the same row."""
    await BlobOutbox.insert(BlobOutbox(sha256=sha256, code=code)).on_conflict(
        target=BlobOutbox.sha256, action="DO NOTHING"
    )


async def held(sha256: str) -> bytes | None:
    """The code of this sha256 while S3 has not taken it yet."""
    found = await BlobOutbox.select(BlobOutbox.code).where(BlobOutbox.sha256 == sha256).first()
    return None if found is None else bytes(found["code"])
