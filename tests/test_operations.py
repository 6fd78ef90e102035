"""Running it: JSON log lines with the request id carried into grading, metrics summed across API processes, a worker
that finishes its job on SIGTERM, and Ctrl-C on the run command ending everything within 10 s under load."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import psutil
from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer

from jobs.devserver.child_process import free_port
from tests.grading_support import wait_graded, world_with
from tests.support import METRICS_AUTH, auth, python_process, wait_http

RIGHT = "def add(a, b):\n    return a + b\n"
TESTS = [{"name": "one", "kind": "call", "input": "add(1, 2)", "expected": "3"}]


def _json_lines(path: Path) -> list[dict]:
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    entries = []
    for line in lines:
        try:
            entry = json.loads(line)  # every line is one JSON object
        except ValueError:
            raise AssertionError(f"not a JSON line in {path.name}: {line!r}") from None
        assert {"ts", "level", "logger", "message"} <= set(entry), line
        entries.append(entry)
    return entries


def test_a_submissions_request_id_reaches_the_grading_jobs_log_lines(
    api: httpx.Client, workers, workers_log: Path, api_log: Path
) -> None:
    world = world_with(TESTS)
    item, question = world.extra["item"], world.extra["question"]
    submitted = api.post(
        f"/api/assignments/{item.id}/questions/{question.id}/submissions",
        json={"code": RIGHT},
        headers={**auth(world.student.id), "X-Request-ID": "req-trace-0001"},
    )
    assert submitted.status_code == 202 and submitted.headers["x-request-id"] == "req-trace-0001"
    attempt = wait_graded(api, submitted.json()["id"], world.student.id)
    time.sleep(0.5)
    job_lines = [e for e in _json_lines(workers_log) if e.get("request_id") == "req-trace-0001"]
    assert job_lines, "no worker line carries the submission's request id"
    # the grading job's lines, and those of the analytics job it queued in turn
    assert f"grade-{attempt['id']}" in {e["job_id"] for e in job_lines}, job_lines
    access = [e for e in _json_lines(api_log) if e["logger"] == "autograder.access"]
    mine = [e for e in access if e.get("request_id") == "req-trace-0001"]
    assert len(mine) == 1 and mine[0]["status"] == 202 and mine[0]["method"] == "POST"


def test_every_answer_gets_a_request_id_and_bad_ones_are_replaced(api: httpx.Client) -> None:
    made = api.get("/health").headers["x-request-id"]
    assert len(made) == 32
    replaced = api.get("/health", headers={"X-Request-ID": "bad id with spaces"}).headers["x-request-id"]
    assert replaced != "bad id with spaces" and len(replaced) == 32


def test_api_processes_sum_their_metrics_and_log_one_json_access_line_each(
    service_env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    env = {**service_env, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "prom"), "DATA_DIR": str(tmp_path)}
    log_path = tmp_path / "api.log"
    with open(log_path, "wb") as log:
        server = python_process(
            ["-m", "jobs.cli", "api", "--workers", "2", "--port", str(port)],
            env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_http(f"{base}/health", timeout=60)
        for _ in range(20):  # new connections each time: the kernel spreads them over both processes
            httpx.get(f"{base}/health", headers={"X-Request-ID": "count-me"})
        pids = set()
        for _ in range(6):
            text = httpx.get(f"{base}/metrics", headers=METRICS_AUTH).text
            counted = sum(
                float(line.rsplit(" ", 1)[1])
                for line in text.splitlines()
                if line.startswith("litestar_requests_total") and 'path="/health"' in line
            )
            assert counted >= 21, text[:2000]  # every request, whichever process answered it or the scrape
            pids |= {path.stem.rsplit("_", 1)[1] for path in (tmp_path / "prom").glob("counter_*.db")}
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(15)
    entries = _json_lines(log_path)
    counted_lines = [e for e in entries if e.get("request_id") == "count-me"]
    assert len(counted_lines) == 20, "one access line per request, not two"
    assert len(pids) >= 2, "both API processes counted requests"


def test_sigterm_lets_a_worker_finish_its_job_then_exit(service_env: dict[str, str], tmp_path: Path) -> None:
    # a Redis database of its own, so the session's workers cannot take the job
    redis_url = service_env["REDIS_URL"].rsplit("/", 1)[0] + "/7"
    redis = Redis.from_url(redis_url)
    redis.flushdb()
    log_path = tmp_path / "worker.log"
    with open(log_path, "wb") as log:
        worker = python_process(
            ["-m", "jobs.worker"], {**service_env, "REDIS_URL": redis_url}, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        lane = Queue("practice", connection=redis, serializer=JSONSerializer)
        deadline = time.monotonic() + 60
        while not redis.keys("rq:worker:*"):
            assert time.monotonic() < deadline and worker.poll() is None, log_path.read_text()[-3000:]
            time.sleep(0.1)
        job = lane.enqueue("time.sleep", 2)
        while job.get_status(refresh=True) != "started":
            assert time.monotonic() < deadline, log_path.read_text()[-3000:]
            time.sleep(0.05)
        stopped_at = time.monotonic()
        worker.send_signal(signal.SIGTERM)
        worker.wait(30)
        took = time.monotonic() - stopped_at
    finally:
        if worker.poll() is None:
            worker.kill()
    assert job.get_status(refresh=True) == "finished", log_path.read_text()[-3000:]
    assert worker.returncode == 0 and took < 10
    redis.flushdb()


def test_ctrl_c_on_the_run_command_under_load_stops_everything_within_10_seconds(tmp_path: Path) -> None:
    """As `./manage up` runs it (embedded services, demo seed), with grading in flight; Ctrl-C reaches the whole
    process group as a terminal sends it."""
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "S3_ENDPOINT_URL")},
        "PORT": str(port),
        "WORKERS": "2",
        "DATA_DIR": str(tmp_path),
        "APP_ENV": "development",
        "SUBMIT_RATE_PER_MINUTE": "10000",
        "EMBEDDED_POSTGRES_PORT": str(free_port()),
        "EMBEDDED_REDIS_PORT": str(free_port()),
        "EMBEDDED_S3_PORT": str(free_port()),
    }
    log_path = tmp_path / "run.log"
    with open(log_path, "wb") as log:
        launcher = python_process(
            ["-m", "jobs.cli", "run"], env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    everything: list[psutil.Process] = []
    try:
        base = f"http://127.0.0.1:{port}"
        wait_http(f"{base}/ready", timeout=180)
        with httpx.Client(base_url=base, timeout=30) as client:
            token = client.post("/api/auth/login", json={"email": "student1@example.edu", "password": "demo-password"})
            headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
            target = _first_practice_question(client, headers)
            for _ in range(40):
                answer = client.post(target, json={"code": RIGHT}, headers=headers)
                assert answer.status_code == 202, answer.text
        everything = psutil.Process(launcher.pid).children(recursive=True)
        assert len(everything) >= 6, "API, two workers and three services"
        started = time.monotonic()
        os.killpg(launcher.pid, signal.SIGINT)
        launcher.wait(30)
        took = time.monotonic() - started
    finally:
        if launcher.poll() is None:
            os.killpg(launcher.pid, signal.SIGKILL)
    output = log_path.read_text()
    assert took < 10, f"stopping took {took:.1f}s\n{output[-3000:]}"
    left = [p for p in everything if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert not left, f"orphans: {[p.cmdline() for p in left]}"
    assert "did not stop" not in output, output[-3000:]


def _first_practice_question(client: httpx.Client, headers: dict[str, str]) -> str:
    classes = client.get("/api/classes", headers=headers).json()["items"]
    cs101 = next(c for c in classes if c["code"] == "CS101")
    module = client.get(f"/api/classes/{cs101['id']}/modules", headers=headers).json()["items"][0]
    items = client.get(f"/api/modules/{module['id']}/items", headers=headers).json()["items"]
    for item in items:
        if item["type"] != "assignment":
            continue
        detail = client.get(f"/api/assignments/{item['id']}", headers=headers).json()
        if detail["mode"] == "practice":
            return f"/api/assignments/{item['id']}/questions/{detail['questions'][0]['question_id']}/submissions"
    raise AssertionError("no practice assignment in the demo seed")
