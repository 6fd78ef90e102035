"""Dependency providers: the current user, settings, Redis, the blob store, and the three together as `infra`."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.datastructures import State
from litestar.di import Provide
from redis.asyncio import Redis

from app.adapters.blobstore import BlobStore
from app.common.infra import Infra
from app.settings import Settings
from tables.users import User


def provide_user(request: Request[User, Any, Any]) -> User:
    return request.user


def provide_settings(state: State) -> Settings:
    return state.settings


def provide_redis(state: State) -> Redis:
    return state.redis


def provide_blobstore(state: State) -> BlobStore:
    return state.blobstore


def provide_infra(state: State) -> Infra:
    return Infra(settings=state.settings, redis=state.redis, blobstore=state.blobstore, pubsub=state.pubsub)


DEPENDENCIES = {
    "user": Provide(provide_user, sync_to_thread=False),
    "settings": Provide(provide_settings, sync_to_thread=False),
    "redis": Provide(provide_redis, sync_to_thread=False),
    "blobstore": Provide(provide_blobstore, sync_to_thread=False),
    "infra": Provide(provide_infra, sync_to_thread=False),
}
