"""Logging in at an exam's start: N logins from N clients at once (each its own connection), first as accounts that
still hold the earlier PBKDF2-SHA256 600k hashes (each login also upgrades the hash to argon2id, as it would on the
first exam after an upgrade), then as accounts with argon2id hashes; the API process's CPU per login, side by side.
The hashes alone are timed in this process too, so the request's own cost is visible."""

from __future__ import annotations

import asyncio
import time

import asyncpg
import httpx
import psutil

from tables import passwords

PASSWORD = "exam-morning-passphrase"

INSERT_USERS = """
INSERT INTO users (username, password, first_name, last_name, email, active, admin, superuser, display_name, role,
                   settings, token_version, created_at, updated_at)
SELECT '', $1, '', '', $2 || g || '@bench.edu', true, false, false, '', 'student', '{}', 0, now(), now()
FROM generate_series(1, $3) g
"""


async def _create(database_url: str, prefix: str, password_hash: str, count: int) -> None:
    connection = await asyncpg.connect(database_url)
    try:
        await connection.execute(INSERT_USERS, password_hash, prefix, count)
    finally:
        await connection.close()


async def _burst(base: str, prefix: str, count: int) -> float:
    async def one(i: int) -> int:
        async with httpx.AsyncClient(base_url=base, timeout=300) as client:  # its own connection, as a student's
            response = await client.post(
                "/api/auth/login", json={"email": f"{prefix}{i}@bench.edu", "password": PASSWORD}
            )
            return response.status_code

    started = time.perf_counter()
    statuses = await asyncio.gather(*(one(i) for i in range(1, count + 1)))
    assert statuses == [200] * count, sorted(set(statuses))
    return time.perf_counter() - started


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def _hash_cpu_ms(verify, rounds: int) -> float:
    started = time.process_time()
    for _ in range(rounds):
        verify()
    return (time.process_time() - started) / rounds * 1000


def login_burst(base: str, database_url: str, api: psutil.Process, count: int) -> dict:
    legacy = passwords.legacy_hash(PASSWORD, "bench-salt-0123456789abcdef")
    modern = passwords.hash_password(PASSWORD)
    asyncio.run(_create(database_url, "burst-old-", legacy, count))
    asyncio.run(_create(database_url, "burst-new-", modern, count))
    result: dict = {"logins": count}
    for name, prefix in (("old", "burst-old-"), ("new", "burst-new-")):
        before = _cpu(api)
        seconds = asyncio.run(_burst(base, prefix, count))
        result[f"{name}_cpu_ms_per_login"] = (_cpu(api) - before) / count * 1000
        result[f"{name}_seconds"] = seconds
    result["ratio"] = result["old_cpu_ms_per_login"] / result["new_cpu_ms_per_login"]
    result["pbkdf2_hash_ms"] = _hash_cpu_ms(lambda: passwords.verify(legacy, PASSWORD), 5)
    result["argon2id_hash_ms"] = _hash_cpu_ms(lambda: passwords.verify(modern, PASSWORD), 20)
    result["hash_ratio"] = result["pbkdf2_hash_ms"] / result["argon2id_hash_ms"]
    return result
