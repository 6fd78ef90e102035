"""Failed-login throttling that cannot be turned against other accounts.

Per (email, address) and per email: a few free failures, then each further failure locks that key for a delay that
doubles (2 s, 4 s, 8 s ... up to LOGIN_MAX_DELAY_SECONDS). Per address: a hard limit per 15 minutes, far above what
one account can reach under its own delays (5 free + ~10 delayed failures in that time), so a lab behind one NAT
address is only blocked when many of its accounts fail at once. A success clears its (email, address) failures.
The keys live in Redis under `ratelimit:`; like every limit here it fails open when Redis is down.
"""

from __future__ import annotations

import logging

from redis.asyncio import Redis
from redis.exceptions import RedisError

from app.errors import RateLimited
from app.settings import Settings

log = logging.getLogger(__name__)
FAILURE_MEMORY_SECONDS = 900


def _keys(email: str, address: str) -> dict[str, str]:
    return {
        "pair": f"ratelimit:login:pair:{email}:{address}",
        "email": f"ratelimit:login:email:{email}",
        "address": f"ratelimit:login:address:{address}",
    }


def _refuse(seconds: float) -> RateLimited:
    wait = max(1, int(seconds + 0.999))
    return RateLimited(
        f"too many failed logins; try again in {wait} s", headers={"Retry-After": str(wait)}, retry_after=wait
    )


async def check(redis: Redis, settings: Settings, *, email: str, address: str) -> int:
    """Refuse (429) while a lock of this email, of this (email, address) or the address limit is in force;
    else answer how many failures this (email, address) has on record."""
    keys = _keys(email, address)
    try:
        async with redis.pipeline(transaction=False) as pipe:
            pipe.pttl(f"{keys['pair']}:lock")
            pipe.pttl(f"{keys['email']}:lock")
            pipe.get(keys["address"])
            pipe.pttl(keys["address"])
            pipe.get(keys["pair"])
            pair_lock, email_lock, address_failures, address_ttl, pair_failures = await pipe.execute()
    except (RedisError, OSError) as exc:
        log.warning("login throttling not checked: Redis unavailable (%s)", exc)
        return 0
    longest = max(pair_lock, email_lock)
    if longest > 0:
        raise _refuse(longest / 1000)
    if int(address_failures or 0) >= settings.login_address_failures:
        raise _refuse(max(address_ttl, 1000) / 1000)
    return int(pair_failures or 0)


def _delay(failures: int, free: int, cap: int) -> int:
    return 0 if failures < free else min(cap, 2 ** min(failures - free + 1, 20))


async def record_failure(redis: Redis, settings: Settings, *, email: str, address: str) -> None:
    keys = _keys(email, address)
    try:
        async with redis.pipeline(transaction=True) as pipe:
            for key in keys.values():
                pipe.incr(key)
                pipe.expire(key, FAILURE_MEMORY_SECONDS)
            pair, _, per_email, _, _, _ = await pipe.execute()
        cap = settings.login_max_delay_seconds
        locks = {
            f"{keys['pair']}:lock": _delay(pair, settings.login_free_failures, cap),
            f"{keys['email']}:lock": _delay(per_email, settings.login_email_free_failures, cap),
        }
        for key, seconds in locks.items():
            if seconds:
                await redis.set(key, 1, ex=seconds)
    except (RedisError, OSError) as exc:
        log.warning("failed login not counted: Redis unavailable (%s)", exc)


async def record_success(redis: Redis, *, email: str, address: str) -> None:
    keys = _keys(email, address)
    try:
        await redis.delete(keys["pair"], f"{keys['pair']}:lock")
    except (RedisError, OSError) as exc:
        log.warning("login throttle not reset: Redis unavailable (%s)", exc)
