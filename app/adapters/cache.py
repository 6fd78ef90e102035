"""The async Redis client the API uses for its stores (rate limits and response caches)."""

from __future__ import annotations

from redis.asyncio import Redis


def async_redis(url: str) -> Redis:
    # driver_info=None: no CLIENT SETINFO on each new connection, for which redis-py reads its version from the
    # package metadata (~0.6 ms of CPU each; a login burst opens dozens of connections)
    return Redis.from_url(url, socket_connect_timeout=1.0, socket_timeout=2.0, driver_info=None)
