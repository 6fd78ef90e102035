"""One student floods everything at once (50 slow submissions across ten questions of a practice assignment and an
exam, 1500 long-polls, 500 autosaves) while a classmate submits to the exam and to the practice assignment, one
after another, and a third user reads `GET /api/classes`. Reported as ratios to the same requests on the idle
product, measured in the same run: the classmate's time from submit to graded (p50/p95, exam and practice) and the
third user's p95. `python -m bench.flood` runs this row (and the long-poll flood's) alone.

The product runs with the benchmark's lifted submit and autosave limits (bench/product.py), so all 500 autosaves
and 50 submissions are written: a harder flood than the default limits let through.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import cycle

import httpx

from bench.checks import fetch, wait_all_graded
from bench.longpolls import _probe, flood_process, percentile
from bench.scenarios import STUDENTS, _login
from tables.enums import AttemptStatus, Language

FLOOD_SECONDS = 1.5  # each flooded submission sleeps this long: one grading slot
SLOW = "import time\ntime.sleep({})\n\ndef add(a, b):\n    return a + b\n# {}\n"
FAST = "def add(a, b):\n    return a + b\n# {}\n"
SUBMISSIONS, AUTOSAVES = 50, 500


@dataclass
class FloodCourse:
    targets: list[tuple[int, int]]  # (assignment item, question): five practice, then five exam
    flooder: str
    classmate: str
    reader: str


def flood_course(base: str) -> FloodCourse:
    """A class of its own: a practice assignment and an open exam of five one-test questions each."""
    admin = {"Authorization": f"Bearer {_login(base, 'admin@example.edu')}"}
    now = datetime.now(UTC)
    exam_config = {
        "available_from": (now - timedelta(minutes=5)).isoformat(),
        "available_until": (now + timedelta(hours=3)).isoformat(),
        "exam_time_limit_minutes": 150,
    }
    with httpx.Client(base_url=base, headers=admin, timeout=30) as api:
        klass = api.post("/api/classes", json={"code": "FLOOD", "title": "Flood"}).raise_for_status().json()
        api.post(f"/api/classes/{klass['id']}/enrollments/bulk", json={"emails": STUDENTS}).raise_for_status()
        module = api.post(f"/api/classes/{klass['id']}/modules", json={"title": "Flood"}).raise_for_status().json()
        targets = []
        for mode, config in (("practice", {}), ("exam", exam_config)):
            body = {"title": f"Flood {mode}", "mode": mode, "config": config}
            item = api.post(f"/api/modules/{module['id']}/assignments", json=body).raise_for_status().json()["id"]
            for i in range(5):
                question = {
                    "slug": f"flood-{mode}-{i}",
                    "title": f"flood {mode} {i}",
                    "language": Language.python,
                    "tests": [{"name": "t", "kind": "call", "input": "add(1, 2)", "expected": "3"}],
                }
                qid = api.post("/api/questions", json=question).raise_for_status().json()["id"]
                api.post(f"/api/assignments/{item}/questions", json={"question_id": qid}).raise_for_status()
                targets.append((item, qid))
            api.post(f"/api/items/{item}/publish", json={"published": True}).raise_for_status()
    flooder, classmate, reader = (_login(base, email) for email in STUDENTS[-3:])
    exam_item = targets[-1][0]
    for token in (flooder, classmate):
        httpx.post(f"{base}/api/assignments/{exam_item}/start", headers=_bearer(token), timeout=30).raise_for_status()
    return FloodCourse(targets, flooder, classmate, reader)


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _submit(client: httpx.Client, token: str, target: tuple[int, int], code: str) -> int:
    item, question = target
    response = client.post(
        f"/api/assignments/{item}/questions/{question}/submissions",
        json={"code": code},
        headers={**_bearer(token), "Idempotency-Key": uuid.uuid4().hex},
    )
    response.raise_for_status()
    return response.json()["id"]


def _time_to_graded(client: httpx.Client, token: str, target: tuple[int, int]) -> float:
    started = time.perf_counter()
    attempt = _submit(client, token, target, FAST.format(uuid.uuid4()))
    while True:
        body = client.get(f"/api/submissions/{attempt}?wait=30", headers=_bearer(token)).json()
        if body["status"] in (AttemptStatus.graded, AttemptStatus.error):
            # the exam's verdict is held from its student: not checked
            assert body["status"] == AttemptStatus.graded, body
            return time.perf_counter() - started


def classmate_times(base: str, course: FloodCourse, rounds: int, more=lambda: True) -> dict[str, list[float]]:
    """The classmate's exam and practice submissions, one after another, each waited for until graded."""
    times: dict[str, list[float]] = {"exam": [], "practice": []}
    with httpx.Client(base_url=base, timeout=60) as client:
        for _ in range(rounds):
            if not more():
                break
            time.sleep(0.1)
            times["exam"].append(_time_to_graded(client, course.classmate, course.targets[5]))
            times["practice"].append(_time_to_graded(client, course.classmate, course.targets[0]))
    return times


def _autosaves(base: str, token: str, targets: list[tuple[int, int]], per_question: int) -> dict[int, int]:
    """Each question's saves one after another on the revision the last accepted one answered: statuses counted."""

    def save_all(target: tuple[int, int]) -> list[int]:
        item, question = target
        revision, statuses = 0, []
        with httpx.Client(base_url=base, timeout=60, headers=_bearer(token)) as client:
            for i in range(per_question):
                body = {"code": f"# draft {i}\n" + "x = 1\n" * 500, "base_revision": revision}
                response = client.put(f"/api/assignments/{item}/questions/{question}/progress", json=body)
                statuses.append(response.status_code)
                if response.status_code == 200:
                    revision = response.json()["revision"]
        return statuses

    counts: dict[int, int] = {}
    with ThreadPoolExecutor(len(targets)) as pool:
        for statuses in pool.map(save_all, targets):
            for status in statuses:
                counts[status] = counts.get(status, 0) + 1
    return counts


def _in_thread(results: dict, name: str, work) -> threading.Thread:
    thread = threading.Thread(target=lambda: results.__setitem__(name, work()), name=name)
    thread.start()
    return thread


def _measured(base: str, course: FloodCourse, rounds: int, more=lambda: True) -> tuple[dict, list[float]]:
    """The classmate's submissions and, at the same time, the third user's reads: idle and under the flood alike."""
    results: dict = {}
    done = threading.Event()
    reads = _in_thread(results, "reads", lambda: _probe(base, course.reader, lambda: not done.is_set()))
    try:
        times = classmate_times(base, course, rounds, more)
    finally:
        done.set()
        reads.join()
    return times, results["reads"]


def combined_flood(
    base: str,
    database_url: str,
    course: FloodCourse,
    idle_rounds: int,
    polls: int,
    submissions: int = SUBMISSIONS,
    autosaves: int = AUTOSAVES,
) -> dict:
    """The flood's clients run in processes of their own (their work would otherwise hold the GIL the measuring
    clients' timers run under); the measuring clients run the same way idle and under the flood."""

    idle, idle_reads = _measured(base, course, idle_rounds)
    with httpx.Client(base_url=base, timeout=60) as client, ThreadPoolExecutor(8) as pool:
        picks = [t for t, _ in zip(cycle(course.targets), range(submissions), strict=False)]
        codes = [SLOW.format(FLOOD_SECONDS, uuid.uuid4()) for _ in picks]
        flood = list(pool.map(lambda pc: _submit(client, course.flooder, *pc), zip(picks, codes, strict=True)))
    path = f"/api/submissions/{max(flood)}?wait=30"
    per_question = autosaves // len(course.targets)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as processes:
        polled = processes.submit(flood_process, base, course.flooder, path, polls)
        saved = processes.submit(_autosaves, base, course.flooder, course.targets, per_question)
        loaded, loaded_reads = _measured(base, course, idle_rounds * 2, lambda: _waiting(database_url, flood))
        wait_all_graded(database_url, flood)
        results = {"polls": polled.result(), "saves": saved.result()}
    (row,) = fetch(
        database_url,
        f"SELECT count(*) AS rows, count(*) FILTER (WHERE status = '{AttemptStatus.graded}' AND tries = 1) AS once, "
        "(SELECT count(*) FROM test_result WHERE attempt = ANY($1::int[])) AS results "
        "FROM submission_attempt WHERE id = ANY($1::int[])",
        flood,
    )
    row = dict(row)
    return {
        "submissions": submissions,
        "flood_seconds_each": FLOOD_SECONDS,
        "polls": polls,
        "polls_answered": sum(1 for status in results["polls"][0] if status == 200),
        "autosaves": results["saves"],
        "flood_graded_once": row["once"],
        "flood_lost": submissions - row["rows"],
        "flood_test_results": row["results"],
        **_ratios("exam", idle["exam"], loaded["exam"]),
        **_ratios("practice", idle["practice"], loaded["practice"]),
        **_ratios("reads", idle_reads, loaded_reads),
    }


def _waiting(database_url: str, ids: list[int]) -> bool:

    finished = f"'{AttemptStatus.graded}', '{AttemptStatus.error}'"
    query = f"SELECT count(*) FROM submission_attempt WHERE id = ANY($1::int[]) AND status NOT IN ({finished})"
    return fetch(database_url, query, ids)[0][0] > 0


def _ratios(name: str, idle: list[float], loaded: list[float]) -> dict:
    out = {f"{name}_count": len(loaded)}
    for q in (0.5, 0.95):
        tag = f"p{round(q * 100)}"
        out[f"{name}_idle_{tag}_ms"] = percentile(idle, q) * 1000
        out[f"{name}_flood_{tag}_ms"] = percentile(loaded, q) * 1000
        out[f"{name}_{tag}_ratio"] = percentile(loaded, q) / percentile(idle, q)
    return out


def main() -> None:
    import os

    from bench import product as product_module
    from bench.longpolls import longpoll_flood
    from bench.report import flood_rows, longpoll_row
    from bench.scenarios import setup_course

    workers = os.cpu_count() or 1
    print(f"starting the product with {workers} workers ...", flush=True)
    product = product_module.start(workers)
    try:
        setup = setup_course(product.url)
        results = {"longpolls": longpoll_flood(product.url, setup, 1500, 2.0)}
        results["flood"] = combined_flood(product.url, product.database_url, flood_course(product.url), 6, 1500)
    finally:
        product.stop()
    print(results)
    rows = [longpoll_row(results), *flood_rows(results["flood"])]
    print("\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows))


if __name__ == "__main__":
    main()
