"""The embedded stack and the launcher: data survives a restart, configured URLs are used as given, no orphans."""

from __future__ import annotations

import asyncio
import io
import signal
import subprocess
from pathlib import Path

import asyncpg
import httpx
import psutil
from minio import Minio
from redis import Redis

from jobs.devserver.child_process import free_port
from jobs.devserver.stack import start_stack
from tests.support import python_process, wait_http


def _start(data_dir: Path, ports: dict[str, int]):
    return start_stack(
        data_dir,
        database_url=None,
        redis_url=None,
        s3_endpoint_url=None,
        s3_access_key="restart-key",
        s3_secret_key="restart-secret",
        ports=ports,
    )


def _minio(url: str) -> Minio:
    return Minio(url.removeprefix("http://"), access_key="restart-key", secret_key="restart-secret", secure=False)


def test_embedded_data_survives_a_restart(tmp_path: Path) -> None:
    ports = {"postgres": free_port(), "redis": free_port(), "s3": free_port(), "smtp": free_port()}
    stack = _start(tmp_path, ports)
    try:

        async def write() -> None:
            connection = await asyncpg.connect(stack.urls["database"])
            await connection.execute("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('row survives')")
            await connection.close()

        asyncio.run(write())
        Redis.from_url(stack.urls["redis"]).set("kept", "key survives")
        store = _minio(stack.urls["s3"])
        store.make_bucket("kept-bucket")
        store.put_object("kept-bucket", "kept.txt", io.BytesIO(b"blob survives"), 13)
    finally:
        stack.stop()
    assert all(service.process.poll() is not None for service in stack.started)

    stack = _start(tmp_path, ports)
    try:

        async def read() -> str:
            connection = await asyncpg.connect(stack.urls["database"])
            value = await connection.fetchval("SELECT value FROM kept")
            await connection.close()
            return value

        assert asyncio.run(read()) == "row survives"
        assert Redis.from_url(stack.urls["redis"]).get("kept") == b"key survives"
        assert _minio(stack.urls["s3"]).get_object("kept-bucket", "kept.txt").read() == b"blob survives"
    finally:
        stack.stop()


def test_configured_urls_start_nothing_embedded(services: dict[str, str], tmp_path: Path) -> None:
    stack = start_stack(
        tmp_path,
        database_url=services["database"],
        redis_url=services["redis"],
        s3_endpoint_url=services["s3"],
        s3_access_key="unused",
        s3_secret_key="unused",
        smtp_url=services["smtp"],
    )
    assert stack.started == []
    assert stack.urls == {key: services[key] for key in ("database", "redis", "s3", "smtp")}


def test_launcher_uses_configured_services_and_ctrl_c_leaves_no_orphans(
    service_env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    env = {**service_env, "PORT": str(port), "WORKERS": "1", "DATA_DIR": str(tmp_path), "APP_ENV": "development"}
    log_path = tmp_path / "launcher.log"
    with open(log_path, "wb") as log:
        launcher = python_process(["-m", "jobs.devserver.launcher"], env, stdout=log, stderr=subprocess.STDOUT)
    children: list[psutil.Process] = []
    try:
        ready = wait_http(f"http://127.0.0.1:{port}/ready", timeout=120)
        assert ready.json()["services"] == {"postgres": "ok", "redis": "ok", "s3": "ok"}
        children = psutil.Process(launcher.pid).children(recursive=True)
        assert len(children) >= 2, "the API and one worker run as children"
        assert not (tmp_path / "postgres").exists(), "nothing embedded was started for configured URLs"
        token = httpx.post(
            f"http://127.0.0.1:{port}/api/auth/login",
            json={"email": "admin@example.edu", "password": "demo-password"},
        )
        assert token.status_code == 200, "the demo seed was loaded"
    except BaseException as exc:
        raise AssertionError(f"{exc!r}\n--- launcher output ---\n{log_path.read_text()[-6000:]}") from exc
    finally:
        if launcher.poll() is None:
            launcher.send_signal(signal.SIGINT)
        try:
            launcher.wait(60)
        except subprocess.TimeoutExpired:
            launcher.kill()
            raise AssertionError(f"the launcher ignored Ctrl-C\n{log_path.read_text()[-6000:]}") from None
    output = log_path.read_text()
    assert launcher.returncode == 0, output[-2000:]
    assert "stopped" in output
    assert not any(child.is_running() and child.status() != psutil.STATUS_ZOMBIE for child in children)


def test_the_embedded_smtp_server_keeps_each_message_as_an_eml_file(tmp_path: Path) -> None:
    import smtplib
    from email.message import EmailMessage

    from jobs.devserver.stack import start_smtp

    service = start_smtp(tmp_path, free_port(), tmp_path / "smtp.log")
    try:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = "a@example.edu", "b@example.edu", "hello"
        message.set_content("kept as a file")
        port = int(service.url.rsplit(":", 1)[1])
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            client.send_message(message)
    finally:
        service.stop()
    files = list((tmp_path / "mail").glob("*.eml"))
    assert len(files) == 1 and b"kept as a file" in files[0].read_bytes()
    assert service.process.poll() is not None


def test_embedded_s3_tries_other_ports_when_one_is_taken_before_it_binds(tmp_path: Path, monkeypatch) -> None:
    """A free port can be taken between being picked and weed binding it: weed exits, and other ports are tried."""
    import socket

    from jobs.devserver import stack as devstack

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    handed: list[int] = []

    def free_port_but_first_one_taken() -> int:
        port = taken.getsockname()[1] if not handed else free_port()
        handed.append(port)
        return port

    monkeypatch.setattr(devstack, "free_port", free_port_but_first_one_taken)
    s3_port = free_port()
    try:
        service = devstack.start_s3(tmp_path, s3_port, "key-id", "secret-key-123", tmp_path / "s3.log")
    finally:
        taken.close()
    try:
        assert handed.count(handed[0]) == 1 and len(handed) > 7  # a second set of ports after the first failed
        assert b"address already in use" in (tmp_path / "s3.log").read_bytes()
        assert httpx.get(f"http://127.0.0.1:{s3_port}/", timeout=5).status_code in (200, 403)
    finally:
        service.stop()
