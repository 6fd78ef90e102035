"""The exam clock in the workers: the outbox sweeper calls it on every pass, so a session past its end gets its
automatic submission within one sweep interval. The work is `app.exams.exams.finish_expired`, the same submit
service as the API's (rules, S3 and enqueueing alike)."""

from __future__ import annotations

from functools import cache

from app.adapters.blobstore import BlobStore
from app.adapters.cache import async_redis
from app.common.infra import Infra
from app.exams.exams import finish_expired
from app.settings import Settings


@cache
def blobstore_for(settings: Settings) -> BlobStore:
    return BlobStore(settings)


async def finish_expired_sessions(settings: Settings) -> dict[str, int]:
    redis = async_redis(settings.redis_address)
    try:
        return await finish_expired(
            Infra(settings=settings, redis=redis, blobstore=blobstore_for(settings), pubsub=redis)
        )
    finally:
        await redis.aclose()
