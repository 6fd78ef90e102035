"""Helpers shared by tests: one event loop for direct database work, token minting, process helpers."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import httpx
from litestar.security.jwt import Token

from app.settings import PROJECT_ROOT
from jobs.devserver.child_process import free_port
from jobs.devserver.stack import start_redis

T = TypeVar("T")
# The test process's own loop lives on a thread of its own, so tests that run another loop (Playwright) can use it.
_loop = asyncio.new_event_loop()
threading.Thread(target=_loop.run_forever, name="test-db-loop", daemon=True).start()

# answer without a session by design (a one-time token in the body proves the token routes' callers); every other
# operation of the OpenAPI document needs a rule in tests/authorization_routes.py and documents 401
PUBLIC_OPERATIONS = {
    ("GET", "/health"),
    ("GET", "/ready"),
    ("POST", "/api/auth/login"),
    ("POST", "/api/auth/password-reset"),
    ("POST", "/api/auth/password-reset/confirm"),
    ("POST", "/api/auth/invitations/accept"),
    # LTI: the platform's browser posts (the id_token, the one-time codes are the credentials) and the public keys
    ("GET", "/api/lti/jwks"),
    ("GET", "/api/lti/login"),
    ("POST", "/api/lti/login"),
    ("POST", "/api/lti/launch"),
    ("POST", "/api/lti/deep-link"),
    ("POST", "/api/lti/exchange"),
    ("GET", "/api/lti/landing"),
    ("GET", "/api/lti/register/{token}"),  # Dynamic Registration: the admin's one-time token in the path admits it
}

TEST_JWT_SECRET = "test-secret-not-for-production-0123456789"
TEST_METRICS_TOKEN = "test-metrics-token-0123456789abcdef"
METRICS_AUTH = {"Authorization": f"Bearer {TEST_METRICS_TOKEN}"}


def run(awaitable: Awaitable[T]) -> T:
    """Run a coroutine or a Piccolo query on the test session's single event loop (Piccolo's pool lives on it)."""

    async def wrapper() -> T:
        return await awaitable

    return asyncio.run_coroutine_threadsafe(wrapper(), _loop).result()


def sql(query: str, *args: Any) -> list[asyncpg.Record]:
    """Run raw SQL through Piccolo's engine, bypassing every service: for setup and for checking the database."""
    from piccolo.engine import engine_finder

    async def go() -> list[asyncpg.Record]:
        engine = engine_finder()
        async with engine.pool.acquire() as connection:
            return await connection.fetch(query, *args)

    return run(go())


def token_for(
    user_id: int, *, secret: str = TEST_JWT_SECRET, ttl: timedelta = timedelta(hours=1), version: int | None = None
) -> str:
    """A token as login issues it: a fresh id, and the user's current token version unless one is given."""
    if version is None:
        rows = sql("SELECT token_version FROM users WHERE id = $1", user_id)
        version = rows[0][0] if rows else 0
    token = Token(sub=str(user_id), exp=datetime.now(UTC) + ttl, jti=uuid.uuid4().hex, extras={"tv": version})
    return token.encode(secret, "HS256")


def auth(user_id: int) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(user_id)}"}


def problem(response: httpx.Response, status: int) -> dict:
    """The answer is an RFC 9457 problem with this status; answers its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body = response.json()
    assert body["status"] == status and body.get("title")
    # one shape everywhere: type, title, status, detail, and errors (the fields at fault, maybe none)
    assert {"type", "detail"} <= body.keys() and isinstance(body["errors"], list), body
    assert all({"field", "message"} <= error.keys() for error in body["errors"]), body
    return body


def problem_field(response: httpx.Response, status: int) -> str:
    """The field a problem names first (in `errors`)."""
    errors = problem(response, status)["errors"]
    assert errors, "the problem names the field at fault"
    return errors[0]["field"]


def python_process(args: list[str], env: dict[str, str], **kwargs: Any) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], env=env, cwd=PROJECT_ROOT, **kwargs)


def start_api(env: dict[str, str], output: Any = subprocess.DEVNULL) -> tuple[subprocess.Popen, str]:
    """The API in a process of its own on a free port (not waited for: callers wait for /health or /ready)."""
    port = free_port()
    process = python_process(
        ["-m", "uvicorn", "app.asgi:serve", "--factory", "--host", "127.0.0.1", "--port", str(port)]
        + ["--no-access-log", "--log-level", "warning"],
        env,
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    return process, f"http://127.0.0.1:{port}"


@contextmanager
def running_api(env: dict[str, str]) -> Iterator[httpx.Client]:
    """An API process of its own (other settings, same services), answering /health, and a client of it."""
    process, url = start_api(env)
    try:
        wait_http(f"{url}/health", timeout=60)
        with httpx.Client(base_url=url, timeout=30) as client:
            yield client
    finally:
        process.terminate()
        process.wait(20)


def wait_http(url: str, timeout: float = 30, expect: int = 200) -> httpx.Response:
    deadline = time.monotonic() + timeout
    last: Exception | httpx.Response | None = None
    while time.monotonic() < deadline:
        try:
            response = httpx.get(url, timeout=2)
            if response.status_code == expect:
                return response
            last = response
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer {expect}: {last!r}")


def base_env(urls: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=urls["database"],
        REDIS_URL=urls["redis"],
        S3_ENDPOINT_URL=urls["s3"],
        S3_ACCESS_KEY=urls["s3_access_key"],
        S3_SECRET_KEY=urls["s3_secret_key"],
        S3_BUCKET=urls["s3_bucket"],
        SMTP_URL=urls["smtp"],
        JWT_SECRET=TEST_JWT_SECRET,
        METRICS_TOKEN=TEST_METRICS_TOKEN,
        PICCOLO_CONF="piccolo_conf",
        PYTHONPATH=str(PROJECT_ROOT),
        PYTHONUNBUFFERED="1",
        APP_ENV="test",
        QUERY_COUNT_HEADER="true",
        LOG_LEVEL="INFO",
    )
    return env


def start_of_a_rate_window(seconds_needed: float = 15.0) -> None:
    """Rate limits count per fixed window: wait for the next one if this one ends before a test's burst would."""
    from app.common.ratelimit import WINDOW_SECONDS

    left = WINDOW_SECONDS - time.time() % WINDOW_SECONDS
    if left < seconds_needed:
        time.sleep(left + 0.2)


def seed_demo(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "piccolo.main", "seeds", "demo"],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@contextmanager
def isolated(service_env: dict[str, str], tmp_path: Path, **overrides: str) -> Iterator[dict]:
    """An API on its own port and Redis, with settings for quick recovery; workers are started by the test."""
    redis = start_redis(tmp_path, free_port(), tmp_path / "redis.log")
    env = {
        **service_env,
        "REDIS_URL": redis.url,
        "GRADING_LEASE_SECONDS": "3",
        "SWEEP_INTERVAL_SECONDS": "1",
        **overrides,
    }
    api, url = start_api(env)
    stack: dict = {"env": env, "redis": redis, "processes": [api], "tmp": tmp_path}
    try:
        wait_http(f"{url}/health", timeout=60)
        with httpx.Client(base_url=url, timeout=30) as client:
            stack["client"] = client
            yield stack
    finally:
        for process in stack["processes"]:
            if process.poll() is None:
                process.kill()
            process.wait(10)
        redis.stop()
        stack["redis"].stop()  # a test may have replaced it with a restarted server
