"""What a service needs of the outside world, handed over as one object instead of three arguments."""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis

from app.adapters.blobstore import BlobStore
from app.settings import Settings


@dataclass(frozen=True)
class Infra:
    settings: Settings
    redis: Redis
    blobstore: BlobStore
    pubsub: Redis  # long-polls' subscriptions, on connections of their own (app/adapters/cache.py)
