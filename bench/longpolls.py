"""One student opens many long-polls at once (`GET /api/submissions/{id}?wait=30` on an attempt still grading) while
another user reads `GET /api/classes`: that user's p95 during the flood as a ratio of the same reads on the idle
product. Each user holds at most LONGPOLLS_PER_USER waits; the others answer at once with the current state."""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import httpx

from bench.scenarios import Setup

SLOW = "import time\ntime.sleep(4.5)\n\ndef add(a, b):\n    return a + b\n"
PROBE_GAP_SECONDS = 0.02


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _probe(base: str, token: str, more: Callable[[], bool]) -> list[float]:
    """Another user's reads, one after another on a kept-alive connection, while `more()`: each one's time."""
    times = []
    with httpx.Client(base_url=base, timeout=60, headers={"Authorization": f"Bearer {token}"}) as client:
        while more():
            started = time.perf_counter()
            client.get("/api/classes").raise_for_status()
            times.append(time.perf_counter() - started)
            time.sleep(PROBE_GAP_SECONDS)
    return times


def _for(seconds: float) -> Callable[[], bool]:
    deadline = time.perf_counter() + seconds
    return lambda: time.perf_counter() < deadline


def flood_process(base: str, token: str, path: str, polls: int) -> tuple[list[int], list[float]]:
    """The flood in a process of its own: in a thread of the probe's process, its client's work (1500 connections'
    answers) held the GIL the probe's timer runs under, and counted as the API's delay."""
    return asyncio.run(_flood(base, token, path, polls))


async def _flood(base: str, token: str, path: str, polls: int) -> tuple[list[int], list[float]]:
    limits = httpx.Limits(max_connections=polls, max_keepalive_connections=polls)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits, headers=headers) as client:

        async def poll() -> tuple[int, float]:
            started = time.perf_counter()
            response = await client.get(path)
            return response.status_code, time.perf_counter() - started

        answers = await asyncio.gather(*(poll() for _ in range(polls)))
    return [status for status, _ in answers], [seconds for _, seconds in answers]


def longpoll_flood(base: str, setup: Setup, polls: int, probe_seconds: float) -> dict:
    """`probe_seconds` of the other user's reads on the idle product, then the same reads for as long as the flood
    lasts (its event loop in a thread of its own)."""
    flooder, other = setup.tokens[0], setup.tokens[1]
    with httpx.Client(base_url=base, timeout=60) as client:
        submitted = client.post(
            setup.submit_path, json={"code": SLOW}, headers={"Authorization": f"Bearer {flooder}"}
        ).raise_for_status()
    path = f"/api/submissions/{submitted.json()['id']}?wait=30"
    idle = _probe(base, other, _for(probe_seconds))
    started = time.perf_counter()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        flood = pool.submit(flood_process, base, flooder, path, polls)
        time.sleep(0.5)  # the polls are going in
        loaded = _probe(base, other, lambda: not flood.done())  # for as long as the flood lasts
        statuses, waits = flood.result()
    return {
        "polls": polls,
        "answered": sum(1 for status in statuses if status == 200),
        "waited": sum(1 for seconds in waits if seconds >= 1.0),
        "flood_seconds": time.perf_counter() - started,
        "idle_p50_ms": percentile(idle, 0.5) * 1000,
        "idle_p95_ms": percentile(idle, 0.95) * 1000,
        "flood_p50_ms": percentile(loaded, 0.5) * 1000,
        "flood_p95_ms": percentile(loaded, 0.95) * 1000,
        "p95_ratio": percentile(loaded, 0.95) / percentile(idle, 0.95),
    }
