"""Faults end with nothing lost: a worker killed mid-grading, Redis down at submit (S3: tests/test_blob_outbox.py).

Each test runs its own API and workers on a Redis of its own, so the session's workers cannot help out.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from jobs.devserver.stack import start_redis
from tests.grading_support import wait_graded, world_with
from tests.support import auth, isolated, python_process, sql

SLOW = "import time\ntime.sleep(2)\nprint('ok')\n"
ECHO = [{"name": "ok", "kind": "io", "input": "", "expected": "ok\n"}]


def start_worker(stack: dict) -> subprocess.Popen:
    worker = python_process(["-m", "jobs.worker"], stack["env"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stack["processes"].append(worker)
    return worker


def _submit(stack: dict, world, code: str) -> int:
    item, question = world.extra["item"], world.extra["question"]
    response = stack["client"].post(
        f"/api/assignments/{item.id}/questions/{question.id}/submissions",
        json={"code": code},
        headers=auth(world.student.id),
    )
    assert response.status_code == 202, response.text
    return response.json()["id"]


def _status(attempt_id: int) -> str:
    return sql("SELECT status FROM submission_attempt WHERE id = $1", attempt_id)[0][0]


def test_sigkilled_worker_mid_grading_is_graded_exactly_once(service_env, tmp_path: Path) -> None:
    world = world_with(ECHO)
    with isolated(service_env, tmp_path) as stack:
        doomed = start_worker(stack)
        attempt_id = _submit(stack, world, SLOW)
        deadline = time.monotonic() + 30
        while _status(attempt_id) != "running":
            assert time.monotonic() < deadline, "the worker never claimed the attempt"
            time.sleep(0.05)
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(10)
        assert _status(attempt_id) == "running"
        start_worker(stack)  # a survivor: its sweeper finds the expired lease
        result = wait_graded(stack["client"], attempt_id, world.student.id, timeout=60)
    assert (result["status"], result["verdict"]) == ("graded", "accepted")
    row = sql("SELECT tries FROM submission_attempt WHERE id = $1", attempt_id)[0]
    assert row["tries"] == 2
    assert sql("SELECT count(*) FROM test_result WHERE attempt = $1", attempt_id)[0][0] == 1
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 1


def test_redis_down_at_submit_keeps_the_attempt_and_grades_it_later(service_env, tmp_path: Path) -> None:
    world = world_with(ECHO)
    with isolated(service_env, tmp_path) as stack:
        stack["redis"].stop()
        attempt_id = _submit(stack, world, "print('ok')\n")
        assert _status(attempt_id) == "queued"
        port = int(stack["redis"].url.rsplit(":", 1)[1].split("/")[0])
        stack["redis"] = start_redis(tmp_path, port, tmp_path / "redis2.log")
        start_worker(stack)
        result = wait_graded(stack["client"], attempt_id, world.student.id, timeout=60)
    assert result["verdict"] == "accepted"


@pytest.mark.parametrize("concurrency", [8])
def test_worker_count_does_not_change_results(service_env, tmp_path: Path, concurrency: int) -> None:
    """Several workers on one Redis just add capacity: every attempt graded once."""
    world = world_with(ECHO)
    with isolated(service_env, tmp_path) as stack:
        for _ in range(3):
            start_worker(stack)
        ids = [_submit(stack, world, f"print('ok')  # {i}\n") for i in range(concurrency)]
        results = [wait_graded(stack["client"], attempt_id, world.student.id) for attempt_id in ids]
    logs = "\n".join(p.read_text()[-3000:] for p in tmp_path.glob("worker-*.log"))
    assert [r["verdict"] for r in results] == ["accepted"] * concurrency, logs
    assert sql("SELECT max(tries) FROM submission_attempt")[0][0] == 1, logs


def test_long_polls_leave_redis_connections_to_every_other_request(api, services: dict[str, str]) -> None:
    """80 students wait on their results at once: their subscriptions have connections of their own, so a failed
    login meanwhile is still counted by the throttle (it would be let through uncounted for want of a connection)."""
    import asyncio

    import httpx
    from redis import Redis

    from tests.factories import make_attempt, make_world

    world = make_world()
    attempt = make_attempt(world, status="running", tries=1)

    async def scenario() -> tuple[list[int], int]:
        limits = httpx.Limits(max_connections=100)
        async with httpx.AsyncClient(base_url=str(api.base_url), timeout=30, limits=limits) as client:
            path = f"/api/submissions/{attempt}?wait=8"  # longer than a login could wait for a connection
            polls = [asyncio.create_task(client.get(path, headers=auth(world.student.id))) for _ in range(80)]
            await asyncio.sleep(1.5)  # every long-poll is subscribed and waiting
            login = await client.post(
                "/api/auth/login", json={"email": world.instructor.email, "password": "not-the-password"}
            )
            return [r.status_code for r in await asyncio.gather(*polls)], login.status_code

    statuses, login_status = asyncio.run(scenario())
    assert statuses == [200] * 80 and login_status == 401
    redis = Redis.from_url(services["redis"])
    try:
        assert int(redis.get(f"ratelimit:login:email:{world.instructor.email}") or 0) == 1
    finally:
        redis.close()
