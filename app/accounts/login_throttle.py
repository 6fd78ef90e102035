"""Failed-login throttling that cannot be turned against other accounts.

Per (email, address) and per email: a few free failures, then each further failure locks that key for a delay that
doubles (2 s, 4 s, 8 s ... up to LOGIN_MAX_DELAY_SECONDS). Per address: a hard limit per 15 minutes, far above what
one account can reach under its own delays (5 free + ~10 delayed failures in that time), so a lab behind one NAT
address is only blocked when many of its accounts fail at once. A success clears its (email, address) failures.

These locks hold only logins from unknown devices. A login presenting a valid device token of the account
(app/accounts/devices.py) is checked and counted by that device alone, with the per-(email, address) schedule: no one
else's failures lock it, and its own failures lock only it (OWASP's device cookies). A password reset clears the
account's counters. Every lock expires (its key has a TTL); the keys live in Redis under `ratelimit:`; like every
limit here it fails open when Redis is down.
"""

from __future__ import annotations

import logging

from redis.asyncio import Redis
from redis.exceptions import RedisError

from app.errors import RateLimited
from app.settings import Settings

log = logging.getLogger(__name__)
FAILURE_MEMORY_SECONDS = 900


def _keys(email: str, address: str, device: str | None) -> dict[str, str]:
    """The counters a login is held by: its trusted device's alone, else (email, address), email and address."""
    if device is not None:
        return {"pair": f"ratelimit:login:device:{device}"}
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


async def check(redis: Redis, settings: Settings, *, email: str, address: str, device: str | None = None) -> int:
    """Refuse (429) while a lock of this login's counters is in force (for an unknown device: of this email, of
    this (email, address) or the address limit); else answer how many failures its first counter has on record."""
    keys = _keys(email, address, device)
    try:
        async with redis.pipeline(transaction=False) as pipe:
            pipe.pttl(f"{keys['pair']}:lock")
            pipe.get(keys["pair"])
            if device is None:
                pipe.pttl(f"{keys['email']}:lock")
                pipe.get(keys["address"])
                pipe.pttl(keys["address"])
            pair_lock, pair_failures, *unknown_device = await pipe.execute()
    except (RedisError, OSError) as exc:
        log.warning("login throttling not checked: Redis unavailable (%s)", exc)
        return 0
    email_lock, address_failures, address_ttl = unknown_device or (0, 0, 0)
    longest = max(pair_lock, email_lock)
    if longest > 0:
        raise _refuse(longest / 1000)
    if int(address_failures or 0) >= settings.login_address_failures:
        raise _refuse(max(address_ttl, 1000) / 1000)
    return int(pair_failures or 0)


def _delay(failures: int, free: int, cap: int) -> int:
    return 0 if failures < free else min(cap, 2 ** min(failures - free + 1, 20))


async def record_failure(
    redis: Redis, settings: Settings, *, email: str, address: str, device: str | None = None
) -> None:
    keys = _keys(email, address, device)
    try:
        async with redis.pipeline(transaction=True) as pipe:
            for key in keys.values():
                pipe.incr(key)
                pipe.expire(key, FAILURE_MEMORY_SECONDS)
            counts = (await pipe.execute())[::2]
        cap = settings.login_max_delay_seconds
        locks = {f"{keys['pair']}:lock": _delay(counts[0], settings.login_free_failures, cap)}
        if device is None:
            locks[f"{keys['email']}:lock"] = _delay(counts[1], settings.login_email_free_failures, cap)
        for key, seconds in locks.items():
            if seconds:
                await redis.set(key, 1, ex=seconds)
    except (RedisError, OSError) as exc:
        log.warning("failed login not counted: Redis unavailable (%s)", exc)


async def record_success(redis: Redis, *, email: str, address: str, device: str | None = None) -> None:
    pair = _keys(email, address, device)["pair"]
    try:
        await redis.delete(pair, f"{pair}:lock")
    except (RedisError, OSError) as exc:
        log.warning("login throttle not reset: Redis unavailable (%s)", exc)


async def clear_account(redis: Redis, *, email: str) -> None:
    """After a password reset: the account's failures and locks from unknown devices are forgotten."""
    escaped = "".join(f"\\{char}" if char in "*?[]\\" else char for char in email)
    try:
        pairs = [key async for key in redis.scan_iter(f"ratelimit:login:pair:{escaped}:*", count=1000)]
        email_key = f"ratelimit:login:email:{email}"
        await redis.delete(email_key, f"{email_key}:lock", *pairs)
    except (RedisError, OSError) as exc:
        log.warning("login throttle of a reset account not cleared: Redis unavailable (%s)", exc)
