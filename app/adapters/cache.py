"""The async Redis client the API uses for its stores (rate limits and response caches)."""

from __future__ import annotations

from redis.asyncio import Redis


def async_redis(url: str) -> Redis:
    return Redis.from_url(url, socket_connect_timeout=1.0, socket_timeout=2.0)
