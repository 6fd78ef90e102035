"""`python -m bench [--quick]`: every figure is a ratio measured side by side in one run, absolutes beside it."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx

from bench import product as product_module
from bench.api import api_ratios
from bench.checks import fetch, wait_all_graded
from bench.flood import combined_flood, flood_course
from bench.logins import login_burst
from bench.longpolls import longpoll_flood
from bench.lti import passback
from bench.report import table
from bench.sandbox import language_overhead, sandbox_overhead
from bench.scales import COUNTS, LTI_STUDENTS
from bench.scenarios import Setup, setup_course
from tables.enums import AttemptStatus, Verdict

RESULTS = Path(__file__).parent / "results"
SOLUTION = "def add(a, b):\n    return a + b\n"
CALLS = ["add(1, 2)", "add(-5, 5)", "add(10**6, 1)"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _submit(client: httpx.Client, setup: Setup, token: str, code: str) -> int:
    response = client.post(
        setup.submit_path,
        json={"code": code},
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex},
    )
    response.raise_for_status()
    return response.json()["id"]


def latency(base: str, setup: Setup, count: int) -> dict:
    times = []
    with httpx.Client(base_url=base, timeout=60) as client:
        token = setup.tokens[0]
        for i in range(count):
            time.sleep(0.1)  # idle between submissions
            started = time.perf_counter()
            attempt = _submit(client, setup, token, SOLUTION + f"# latency {i}\n")
            body = client.get(f"/api/submissions/{attempt}?wait=10", headers={"Authorization": f"Bearer {token}"})
            assert body.json()["status"] == AttemptStatus.graded, body.text
            times.append(time.perf_counter() - started)
    return {"count": count, "p50_ms": percentile(times, 0.5) * 1000, "p95_ms": percentile(times, 0.95) * 1000}


def post_many(base: str, setup: Setup, count: int, threads: int) -> tuple[list[int], float]:
    """Several students post at once, each over a kept-alive connection as a browser would."""
    local = threading.local()
    clients: list[httpx.Client] = []

    def post(i: int) -> int:
        if not hasattr(local, "client"):
            # a client per thread: creating one costs ~20 ms of CPU (its TLS context), more than the API spends
            local.client = httpx.Client(base_url=base, timeout=120)
            clients.append(local.client)
        return _submit(local.client, setup, setup.tokens[i % len(setup.tokens)], SOLUTION + f"# {i} {uuid.uuid4()}\n")

    started = time.time()
    try:
        with ThreadPoolExecutor(threads) as pool:
            ids = list(pool.map(post, range(count)))
    finally:
        for client in clients:
            client.close()
    return ids, started


def bare_ceiling(count: int) -> tuple[float, float]:
    """The same test programs run bare, as many in parallel as there are cores: submissions per second, and the CPU
    milliseconds one of them takes."""
    program = SOLUTION + "".join(f"print({call})\n" for call in CALLS)
    before = os.times()
    started = time.perf_counter()
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        list(
            pool.map(
                lambda _: subprocess.run(["/usr/bin/python3", "-c", program], check=True, capture_output=True),
                range(count),
            )
        )
    rate = count / (time.perf_counter() - started)
    after = os.times()
    cpu = (after.children_user + after.children_system - before.children_user - before.children_system) / count
    return rate, cpu * 1000


def cpu_by_component(product) -> dict[str, float]:
    """CPU seconds so far, by component: every process the launcher started (the sandboxes are the workers' reaped
    children), this benchmark's own client, and the whole machine (kernel threads and anything else included)."""
    import psutil

    totals: dict[str, float] = {}

    def add(name: str, seconds: float) -> None:
        totals[name] = totals.get(name, 0.0) + seconds

    for process in psutil.Process(product.process.pid).children(recursive=True):
        try:
            line = " ".join(process.cmdline())
            times = process.cpu_times()
        except psutil.Error:
            continue
        if "jobs.worker" in line:
            add("workers", times.user + times.system)
            add("sandboxes", times.children_user + times.children_system)
            continue
        keys = (("api", "uvicorn"), ("postgres", "postgres"), ("redis", "redis-server"), ("s3", "weed"))
        add(next((name for name, key in keys if key in line), "other"), sum(times[:4]))
    mine = os.times()
    add("benchmark client", mine.user + mine.system)
    machine = psutil.cpu_times()
    add("whole machine", machine.user + machine.system + machine.irq + machine.softirq + machine.nice)
    return totals


def throughput(base: str, database_url: str, setup: Setup, count: int, product) -> dict:
    before = cpu_by_component(product)
    ids, started = post_many(base, setup, count, threads=8)
    last = wait_all_graded(database_url, ids)
    wait_idle(product)
    after = cpu_by_component(product)
    verdicts = {
        row["verdict"]: row["n"]
        for row in fetch(
            database_url,
            "SELECT verdict, count(*) AS n FROM submission_attempt WHERE id = ANY($1::int[]) GROUP BY verdict",
            ids,
        )
    }
    assert verdicts == {Verdict.accepted: count}, verdicts  # fast because it failed would not count
    rate = count / (last - started)
    ceiling, bare_cpu_ms = bare_ceiling(count)
    cpu_ms = {name: round((after.get(name, 0) - before.get(name, 0)) * 1000 / count, 2) for name in after}
    cores = os.cpu_count() or 1
    return {
        "submissions": count,
        "per_second": rate,
        "bare_ceiling_per_second": ceiling,
        "ratio": rate / ceiling,
        "cpu_ms_per_submission": cpu_ms,
        "bare_cpu_ms_per_submission": bare_cpu_ms,
        # what bounds the ratio: were every core busy with sandboxes alone, and nothing else ran
        "sandbox_only_ratio_bound": cores * 1000 / max(cpu_ms["sandboxes"], 0.001) / ceiling,
        # and were the sandboxes free: everything else (API, worker, queue, database, storage, client, kernel)
        "rest_only_ratio_bound": cores * 1000 / max(cpu_ms["whole machine"] - cpu_ms["sandboxes"], 0.001) / ceiling,
        # every core busy, at the CPU this run spent per submission on the whole machine
        "cpu_bound_per_second": cores * 1000 / max(cpu_ms["whole machine"], 0.001),
    }


def wait_idle(product, timeout: float = 600) -> None:
    """Let every queue drain (analytics runs after grading) so one measurement does not load the next."""
    from redis import Redis

    from app.grading.contract import WORKER_LANES

    redis = Redis.from_url(product.redis_url)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not sum(redis.llen(f"rq:queue:{lane}") for lane in WORKER_LANES):
            time.sleep(1)
            return
        time.sleep(0.25)


def burst(base: str, database_url: str, setup: Setup, count: int, steady_rate: float) -> dict:
    ids, started = post_many(base, setup, count, threads=16)
    last = wait_all_graded(database_url, ids)
    (rows,) = fetch(
        database_url,
        "SELECT count(*) AS rows, count(DISTINCT (user_id, assignment, question, attempt_number)) AS distinct,"
        f" count(*) FILTER (WHERE status = '{AttemptStatus.graded}') AS graded"
        " FROM submission_attempt WHERE id = ANY($1::int[])",
        ids,
    )
    drain = last - started
    expected = count / steady_rate
    return {
        "submissions": count,
        "accepted_202": len(ids),
        "lost": count - rows[AttemptStatus.graded],
        "duplicates": rows["rows"] - rows["distinct"],
        "drain_seconds": drain,
        "expected_seconds_at_steady_rate": expected,
        "ratio": drain / expected,
    }


def memory(product) -> dict:
    api, workers = product.processes()
    return {"api_rss_mb": api.memory_info().rss / 2**20, "worker_rss_mb": workers[0].memory_info().rss / 2**20}


def save_and_print(results: dict, scale: str) -> None:
    """The run's JSON under bench/results/, and its table."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    results.update(commit=commit, measured_at=datetime.now(UTC).isoformat(timespec="seconds"))
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{scale}-{commit or 'nocommit'}.json"
    out.write_text(json.dumps(results, indent=2, default=str))
    print()
    print(f"measured {results['measured_at']} on {results['cores']} cores, commit {commit}, {scale} run")
    print(table(results))
    cpu = results["throughput"]["cpu_ms_per_submission"]
    print(
        "\nCPU ms per submission during the throughput run (the whole machine includes the kernel's own threads): "
        + ", ".join(f"{name} {ms}" for name, ms in sorted(cpu.items(), key=lambda kv: -kv[1]))
    )
    print(f"\nresults: {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small counts: a smoke run")
    parser.add_argument("--tiny", action="store_true", help="tiny counts, for the test suite's smoke test")
    args = parser.parse_args()
    scale = "tiny" if args.tiny else "quick" if args.quick else "full"
    counts, lti_students = COUNTS[scale], LTI_STUDENTS[scale]
    workers = os.cpu_count() or 1
    print(f"starting the product with {workers} workers ({scale} run) ...", flush=True)
    product = product_module.start(workers)
    try:
        setup = setup_course(product.url)
        results: dict = {"scale": scale, "cores": os.cpu_count(), "workers": workers}
        results["memory"] = memory(product)
        print("sandbox overhead ...", flush=True)
        results["sandbox"] = sandbox_overhead(counts["sandbox"])
        print("languages ...", flush=True)
        results["languages"] = language_overhead(max(3, counts["sandbox"] // 10))
        print("latency ...", flush=True)
        results["latency"] = latency(product.url, setup, counts["latency"])
        print("throughput ...", flush=True)
        results["throughput"] = throughput(product.url, product.database_url, setup, counts["throughput"], product)
        print("deadline burst ...", flush=True)
        results["burst"] = burst(
            product.url, product.database_url, setup, counts["burst"], results["throughput"]["per_second"]
        )
        wait_idle(product)
        print("API ratios ...", flush=True)
        results["api"] = api_ratios(product.url, setup, counts["seconds"])
        print("long-poll flood ...", flush=True)
        results["longpolls"] = longpoll_flood(product.url, setup, counts["longpolls"], max(1.0, counts["seconds"]))
        wait_idle(product)
        print("one student's flood ...", flush=True)
        course = flood_course(product.url)
        results["flood"] = combined_flood(
            product.url, product.database_url, course, counts["flood"], counts["longpolls"], *counts["flooders"]
        )
        wait_idle(product)
        print("login burst ...", flush=True)
        results["logins"] = login_burst(product.url, product.database_url, product.processes()[0], counts["logins"])
        print("LTI score passback after a rejudge ...", flush=True)
        results["lti"] = passback(product.database_url, product.url, lti_students)
    finally:
        product.stop()
    save_and_print(results, scale)


if __name__ == "__main__":
    sys.exit(main())
