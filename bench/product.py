"""Start the product as the README does (the launcher, embedded services) on a throwaway data directory."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil

from app.settings import PROJECT_ROOT
from jobs.devserver.child_process import free_port


@dataclass
class Product:
    url: str
    database_url: str
    redis_url: str
    process: subprocess.Popen
    data_dir: Path

    def processes(self) -> tuple[psutil.Process, list[psutil.Process]]:
        children = psutil.Process(self.process.pid).children(recursive=True)
        api = next(p for p in children if "uvicorn" in " ".join(p.cmdline()))
        workers = [p for p in children if "jobs.worker" in " ".join(p.cmdline())]
        return api, workers

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def start(workers: int, root: Path = PROJECT_ROOT, launcher: str = "jobs.devserver.launcher") -> Product:
    """`root` is the source tree the launcher, and every process it starts, imports from (bench.before_after starts an
    older commit's tree this way); `launcher` is that tree's launcher module."""
    data_dir = Path(tempfile.mkdtemp(prefix="autograder-bench-"))
    ports = {name: free_port() for name in ("api", "postgres", "redis", "s3", "smtp")}
    env = {
        **os.environ,
        "DATA_DIR": str(data_dir),
        "PORT": str(ports["api"]),
        "WORKERS": str(workers),
        "EMBEDDED_POSTGRES_PORT": str(ports["postgres"]),
        "EMBEDDED_REDIS_PORT": str(ports["redis"]),
        "EMBEDDED_S3_PORT": str(ports["s3"]),
        "EMBEDDED_SMTP_PORT": str(ports["smtp"]),
        # the benchmark posts and saves far faster than any student: it lifts the per-user submit and autosave
        # limits, and says so (the long-poll cap stays: the long-poll flood measures it)
        "SUBMIT_RATE_PER_MINUTE": "1000000",
        "SUBMIT_TOTAL_RATE_PER_MINUTE": "1000000",
        "AUTOSAVE_RATE_PER_MINUTE": "1000000",
        "QUERY_COUNT_HEADER": "true",
        "LOG_LEVEL": "WARNING",
        "APP_ENV": "development",
        "PYTHONPATH": str(root),
    }
    for name in ("DATABASE_URL", "REDIS_URL", "S3_ENDPOINT_URL", "SMTP_URL"):
        env.pop(name, None)
    log = open(data_dir / "launcher.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", launcher],
        env=env,
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{ports['api']}"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the launcher exited: see {data_dir / 'launcher.log'}")
        try:
            if httpx.get(f"{url}/ready", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    else:
        raise TimeoutError("the product did not become ready")
    database_url = f"postgresql://postgres@127.0.0.1:{ports['postgres']}/autograder"
    return Product(
        url=url,
        database_url=database_url,
        redis_url=f"redis://127.0.0.1:{ports['redis']}/0",
        process=process,
        data_dir=data_dir,
    )
