"""The API's request rates beside /health's, measured in turns so a change in the machine's load falls on all."""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from bench.scenarios import Setup

API_THREADS = 8  # one per benchmark student


def requests_per_second(base: str, tokens: list[str], seconds: float, request) -> float:
    """`request(client, thread)` in a loop on one kept-alive client per thread, thread i as student i."""
    deadline = time.perf_counter() + seconds

    def loop(thread: int) -> int:
        done = 0
        headers = {"Authorization": f"Bearer {tokens[thread % len(tokens)]}"}
        with httpx.Client(base_url=base, timeout=30, headers=headers) as client:
            while True:  # at least one request each: on a loaded machine making the clients can outlast a tiny window
                request(client, thread)
                done += 1
                if time.perf_counter() >= deadline:
                    return done

    started = time.perf_counter()
    with ThreadPoolExecutor(API_THREADS) as pool:
        total = sum(pool.map(loop, range(API_THREADS)))
    return total / (time.perf_counter() - started)


def _get(path: str):
    def request(client: httpx.Client, _: int) -> None:
        client.get(path).raise_for_status()

    return request


def _autosave(path: str):
    """Each student saves on top of the revision the last save answered, as the editor does: every save is written."""
    revisions = [0] * API_THREADS

    def request(client: httpx.Client, thread: int) -> None:
        body = {"code": f"x = {time.perf_counter_ns()}", "time_spent": 1, "base_revision": revisions[thread]}
        response = client.put(path, json=body)
        if response.status_code == 409:  # saved before this run: carry on from the stored revision
            revisions[thread] = response.json()["stored"]["revision"]
            return
        response.raise_for_status()
        revisions[thread] = response.json()["revision"]

    return request


def api_ratios(base: str, setup: Setup, seconds: float, rounds: int = 3) -> dict:
    """The three request kinds take turns, `rounds` times, so a change in the machine's load falls on all three."""
    kinds = {
        "health": _get("/health"),
        "nested": _get(setup.nested_paths[10]),
        "autosave": _autosave(setup.progress_path),
    }
    rates: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(rounds):
        for kind, request in kinds.items():
            rates[kind].append(requests_per_second(base, setup.tokens, seconds / rounds, request))
    health, nested, autosave = (statistics.fmean(rates[kind]) for kind in kinds)
    queries = {}
    headers = {"Authorization": f"Bearer {setup.tokens[0]}"}
    with httpx.Client(base_url=base, timeout=30, headers=headers) as client:
        for size, path in setup.nested_paths.items():
            # the route's own queries: the first request may also load the caller into the API's 5 s user cache
            client.get(path).raise_for_status()
            queries[size] = int(client.get(path).headers["x-query-count"])
    return {
        "health_rps": health,
        "nested_get_rps": nested,
        "autosave_put_rps": autosave,
        "nested_ratio": nested / health,
        "autosave_ratio": autosave / health,
        "queries_by_questions": queries,
    }
