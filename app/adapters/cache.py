"""The async Redis client the API uses for its stores (rate limits, login throttling, the auth cache)."""

from __future__ import annotations

from redis.asyncio import BlockingConnectionPool, Redis

# connections a process keeps to Redis; a command holds one only for its round trip, so a burst of requests waits a
# moment for one instead of failing: redis-py's default pool answers "Too many connections" past 100 at once, and
# login throttling and rate limits, which fail open when Redis is unreachable, would then not count (a burst of
# guesses would go unthrottled)
MAX_CONNECTIONS = 64
WAIT_FOR_CONNECTION_SECONDS = 2.0


def async_redis(url: str) -> Redis:
    # driver_info=None: no CLIENT SETINFO on each new connection, for which redis-py reads its version from the
    # package metadata (~0.6 ms of CPU each)
    pool = BlockingConnectionPool.from_url(
        url,
        max_connections=MAX_CONNECTIONS,
        timeout=WAIT_FOR_CONNECTION_SECONDS,
        socket_connect_timeout=1.0,
        socket_timeout=2.0,
        driver_info=None,
    )
    return Redis.from_pool(pool)  # the client owns the pool: closing it closes the connections


# long-polls each hold a subscription for up to their wait: they get a pool of their own, so they can never take the
# connections every other request needs; past this many at once a long-poll falls back to polling the database
MAX_SUBSCRIPTIONS = 1000


def async_pubsub_redis(url: str) -> Redis:
    """The client long-polls subscribe through (see app/submissions/longpoll.py)."""
    return Redis.from_url(
        url, max_connections=MAX_SUBSCRIPTIONS, socket_connect_timeout=1.0, socket_timeout=5.0, driver_info=None
    )
