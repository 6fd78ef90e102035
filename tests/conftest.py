"""Real PostgreSQL, Redis and S3, started once per test session (or the TEST_*_URL services when configured).

The API and grading workers run as separate processes and are driven over HTTP; each test starts from empty tables.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest

from app.settings import PROJECT_ROOT, get_settings
from jobs.devserver.child_process import free_port
from jobs.devserver.stack import start_stack
from tests.mailbox import Mailbox
from tests.support import base_env, python_process, run, sql, start_api, wait_http

S3_KEYS = {"s3_access_key": "test-access", "s3_secret_key": "test-secret-key", "s3_bucket": "test-submissions"}


@pytest.fixture(scope="session")
def services() -> Iterator[dict[str, str]]:
    data_dir = Path(tempfile.mkdtemp(prefix="autograder-test-"))
    stack = start_stack(
        data_dir,
        database_url=os.environ.get("TEST_DATABASE_URL"),
        redis_url=os.environ.get("TEST_REDIS_URL"),
        s3_endpoint_url=os.environ.get("TEST_S3_ENDPOINT_URL"),
        s3_access_key=S3_KEYS["s3_access_key"],
        s3_secret_key=S3_KEYS["s3_secret_key"],
        smtp_url=os.environ.get("TEST_SMTP_URL"),
        ports={"postgres": free_port(), "redis": free_port(), "s3": free_port(), "smtp": free_port()},
    )
    urls = {**stack.urls, **S3_KEYS, "data_dir": str(data_dir)}
    env = base_env(urls)
    os.environ.update({k: v for k, v in env.items() if k != "PYTHONPATH"})
    get_settings.cache_clear()
    migrate = subprocess.run(
        [sys.executable, "-m", "piccolo.main", "migrations", "forwards", "all"],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
    )
    if migrate.returncode != 0:
        stack.stop()  # a failed session leaves no servers behind
        pytest.fail(migrate.stdout + migrate.stderr)
    subprocess.run([sys.executable, "-m", "app.bucket"], env=env, cwd=PROJECT_ROOT, check=True)
    from piccolo.engine import engine_finder

    run(engine_finder().start_connection_pool(min_size=1, max_size=4))
    try:
        yield urls
    finally:
        run(engine_finder().close_connection_pool())
        stack.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def service_env(services: dict[str, str]) -> dict[str, str]:
    return base_env(services)


@pytest.fixture(scope="session")
def api_log(services: dict[str, str]) -> Path:
    return Path(services["data_dir"]) / "api.log"


@pytest.fixture(scope="session")
def api_url(service_env: dict[str, str], api_log: Path) -> Iterator[str]:
    log = open(api_log, "wb")  # noqa: SIM115
    process, url = start_api(service_env, log)
    try:
        wait_http(f"{url}/health", timeout=60)
        yield url
    finally:
        process.terminate()
        process.wait(10)
        log.close()


@pytest.fixture(scope="session")
def workers_log(services: dict[str, str]) -> Path:
    return Path(services["data_dir"]) / "workers.log"


@pytest.fixture(scope="session")
def workers(service_env: dict[str, str], workers_log: Path) -> Iterator[list[subprocess.Popen]]:
    log = open(workers_log, "ab")  # noqa: SIM115 - the workers write to it for the whole session
    processes = [
        python_process(["-m", "jobs.worker"], service_env, stdout=log, stderr=subprocess.STDOUT) for _ in range(2)
    ]
    try:
        yield processes
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def api(api_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api_url, timeout=30) as client:
        yield client


TABLES = (
    "audit_event, grade_event, question_grade, "
    "code_run, problem_analytics, submission_analysis, test_result, submission_attempt, assignment_progress, "
    "assignment_question, test_cases, questions, page, assignment, content_item, modules, enrollments, "
    "classes, sessions, users, blob_outbox"
)


@pytest.fixture(autouse=True)
def clean_state(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test that touches the services starts from empty tables and no rate-limit history."""
    if "services" not in request.fixturenames and not _uses_services(request):
        yield
        return
    services = request.getfixturevalue("services")
    from redis import Redis

    redis = Redis.from_url(services["redis"])
    _wait_for_idle_workers(redis)
    for attempt in range(5):
        try:
            sql(f"TRUNCATE {TABLES} CASCADE")
            break
        except asyncpg.DeadlockDetectedError:
            if attempt == 4:
                raise
            time.sleep(0.2)
    for key in redis.scan_iter("ratelimit:*"):
        redis.delete(key)
    redis.close()
    yield


def _wait_for_idle_workers(redis, timeout: float = 20) -> None:
    """A job of the previous test may still be writing: let queues drain before truncating under it."""
    from rq import Worker

    from app.grading.contract import WORKER_LANES

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        workers = Worker.all(connection=redis)
        queued = sum(redis.llen(f"rq:queue:{lane}") for lane in WORKER_LANES) if workers else 0
        busy = [w for w in workers if w.get_state() == "busy"]
        if not queued and not busy:
            return  # with no worker running, queued jobs wait for one: nothing is writing under us
        time.sleep(0.05)


def _uses_services(request: pytest.FixtureRequest) -> bool:
    return any(name in request.fixturenames for name in ("api", "api_url", "workers", "service_env", "world"))


@pytest.fixture
def mailbox(services: dict[str, str]) -> Iterator[Mailbox]:
    """The local SMTP server's messages (files under DATA_DIR/mail), emptied for the test."""
    box = Mailbox(Path(services["data_dir"]) / "mail")
    box.clear()
    yield box
