"""The foundation: health, readiness, OpenAPI, metrics, settings, the worker round trip, docker compose."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
import yaml
from rq import Queue
from rq.serializers import JSONSerializer

from app.settings import PROJECT_ROOT, SettingsError, load_settings
from jobs.devserver.child_process import free_port
from tests.support import METRICS_AUTH, start_api, wait_http


def test_health_answers_without_touching_services(api: httpx.Client) -> None:
    response = api.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_ready_reports_every_service_ok(api: httpx.Client) -> None:
    response = api.get("/ready")
    assert response.status_code == 200
    assert response.json()["services"] == {"postgres": "ok", "redis": "ok", "s3": "ok"}


def test_openapi_document_is_served(api: httpx.Client) -> None:
    document = api.get("/schema/openapi.json").json()
    assert document["info"]["title"] == "Autograder API"
    assert "/ready" in document["paths"]


def test_metrics_count_requests_by_route_and_status(api: httpx.Client) -> None:
    api.get("/health")
    text = api.get("/metrics", headers=METRICS_AUTH).text
    assert 'path="/health"' in text and 'status_code="200"' in text
    assert "autograder_queue_depth" in text


def test_every_answer_carries_security_headers(api: httpx.Client) -> None:
    for path in ("/health", "/api/auth/me", "/does-not-exist"):
        headers = api.get(path).headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_unknown_route_is_a_problem_document(api: httpx.Client) -> None:
    response = api.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == 404


def test_ready_is_503_naming_the_service_that_is_down(service_env: dict[str, str], tmp_path: Path) -> None:
    """An API pointed at a Redis we stop, and at ports where nothing listens for S3."""

    from jobs.devserver.stack import start_redis

    redis = start_redis(tmp_path, free_port(), tmp_path / "redis.log")
    process, url = start_api({**service_env, "REDIS_URL": redis.url})
    try:
        wait_http(f"{url}/ready", timeout=60)
        redis.stop()
        response = httpx.get(f"{url}/ready", timeout=10)
        assert response.status_code == 503
        assert response.headers["content-type"].startswith("application/problem+json")
        body = response.json()
        assert body["down"] == ["redis"]
        assert "redis" in body["detail"]
        assert body["services"]["postgres"] == "ok"
    finally:
        process.terminate()
        process.wait(10)
        redis.stop()


def test_trivial_job_round_trips_through_a_worker(services: dict[str, str], workers) -> None:
    from app.adapters.queue import enqueue_call, redis_connection

    job_id = enqueue_call(services["redis"], "practice", "jobs.ping.ping", "hello")
    job = Queue("practice", connection=redis_connection(services["redis"]), serializer=JSONSerializer).fetch_job(job_id)
    deadline = time.monotonic() + 20
    while job.get_status(refresh=True) != "finished" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.return_value() == "pong:hello"


@pytest.mark.parametrize(
    "payload",
    [
        '{"job": "grade", "attempt_id": "seven"}',  # a wrong type
        '{"job": "grade"}',  # a missing field
        '{"job": "grade", "attempt_id": 1, "extra": 1}',  # an unknown field
        '{"job": "format-disk"}',  # no such job
        "not json",
    ],
)
def test_a_message_that_does_not_decode_is_refused_without_retries(
    services: dict[str, str], workers, workers_log, payload: str
) -> None:
    from app.adapters.queue import enqueue_call, redis_connection
    from app.grading.messages import DISPATCH

    job_id = enqueue_call(services["redis"], "practice", DISPATCH, payload, retry=2)
    job = Queue("practice", connection=redis_connection(services["redis"]), serializer=JSONSerializer).fetch_job(job_id)
    deadline = time.monotonic() + 20
    while job.get_status(refresh=True) != "failed" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.get_status(refresh=True) == "failed"
    assert "RejectedMessage" in (job.latest_result().exc_string or "")
    time.sleep(1.0)  # a retry would have been queued and run at once
    assert job.get_status(refresh=True) == "failed"
    assert workers_log.read_text().count(f"job {job_id} refused") == 1  # run once, never retried


def test_production_refuses_default_secret_and_names_it() -> None:
    env = {
        "APP_ENV": "production",
        "DATABASE_URL": "postgresql://x@db/x",
        "REDIS_URL": "redis://r",
        "S3_ENDPOINT_URL": "http://s3",
    }
    with pytest.raises(SettingsError, match="JWT_SECRET"):
        load_settings(env).require_production_secrets()
    settings = load_settings({**env, "JWT_SECRET": "a-real-secret-value-" * 2, "S3_SECRET_KEY": "another-real-one"})
    settings.require_production_secrets()  # does not raise


def test_production_refuses_secrets_shorter_than_32_bytes() -> None:
    env = {"APP_ENV": "production", "DATABASE_URL": "postgresql://x@db/x", "REDIS_URL": "redis://r"}
    env |= {"S3_ENDPOINT_URL": "http://s3", "S3_SECRET_KEY": "another-real-one"}
    with pytest.raises(SettingsError, match="JWT_SECRET must be at least 32 bytes"):
        load_settings({**env, "JWT_SECRET": "x" * 31}).require_production_secrets()
    with pytest.raises(SettingsError, match="METRICS_TOKEN must be at least 32 bytes"):
        load_settings({**env, "JWT_SECRET": "x" * 32, "METRICS_TOKEN": "short"}).require_production_secrets()
    load_settings({**env, "JWT_SECRET": "x" * 32}).require_production_secrets()  # does not raise


def test_development_secret_is_long_enough_for_hs256() -> None:
    assert len(load_settings({}).jwt_secret.encode()) >= 32


def test_settings_defaults_and_types() -> None:
    settings = load_settings({"PORT": "9001", "WORKERS": "3"})
    assert (settings.host, settings.port, settings.workers) == ("127.0.0.1", 9001, 3)
    with pytest.raises(SettingsError):
        load_settings({"PORT": "not-a-number"})


def test_env_example_documents_every_setting() -> None:
    from app.settings import Settings

    documented = (PROJECT_ROOT / ".env.example").read_text()
    for field in Settings.__struct_fields__:
        assert field.upper() in documented, field


def test_docker_compose_defines_the_production_stack() -> None:
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    for name in ("postgres", "redis", "seaweedfs", "api", "worker"):
        assert "healthcheck" in services[name], name
    for name in ("api", "worker"):
        depends = services[name]["depends_on"]
        for service in ("postgres", "redis", "seaweedfs"):
            assert depends[service]["condition"] == "service_healthy"
        assert depends["migrate"]["condition"] == "service_completed_successfully"
        assert services[name]["env_file"] == ".env.production"
    assert "ports" not in services["worker"], "workers scale with --scale worker=N, so they publish no port"
    assert (PROJECT_ROOT / "Dockerfile").exists()


def test_readme_starts_with_the_two_commands() -> None:
    text = (PROJECT_ROOT / "README.md").read_text()
    block = text.split("```")[1].splitlines()
    commands = [line for line in block[1:] if line.strip() and not line.startswith("#")]
    assert commands == ["./manage up", "./manage test"]
    ci = (PROJECT_ROOT / ".ci" / "run").read_text()
    assert "./manage test" in ci
