"""`autograder run` (`./manage up`): services -> migrations -> bucket -> seed (dev only) -> API and workers.

Services whose URL is not configured are started embedded under DATA_DIR. Ctrl-C (or SIGTERM) stops every child
within STOP_SECONDS: the API and the workers first (a worker finishes its job, the API drops long-polls), then the
embedded services, which run in sessions of their own so the terminal's Ctrl-C does not pull them from under a job.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.adapters import stack_file
from app.logs import configure_logging
from app.settings import PROJECT_ROOT, Settings, SettingsError, get_settings

log = logging.getLogger("launcher")
STOP_SECONDS = 10.0
CHILDREN_STOP_SECONDS = 6.0  # what is left of STOP_SECONDS stops the embedded services


def child_env(settings: Settings, urls: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=urls["database"],
        REDIS_URL=urls["redis"],
        S3_ENDPOINT_URL=urls["s3"],
        SMTP_URL=urls["smtp"],
        PYTHONPATH=str(PROJECT_ROOT),
        PICCOLO_CONF="piccolo_conf",
        PYTHONUNBUFFERED="1",
        # the API processes sum their metrics here (prometheus multiprocess mode); emptied at every start
        PROMETHEUS_MULTIPROC_DIR=str(settings.data_path / "prometheus"),
    )
    return env


def run_step(description: str, argv: list[str], env: dict[str, str]) -> None:
    started = time.monotonic()
    log.info("%s ...", description)
    result = subprocess.run(argv, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"{description} failed (exit {result.returncode})")
    log.info("%s done in %.1fs", description, time.monotonic() - started)


def prepare(settings: Settings, env: dict[str, str]) -> None:
    """Migrate, create the bucket, and load the demo seed outside production."""
    python = sys.executable
    run_step("migrating the database", [python, "-m", "piccolo.main", "migrations", "forwards", "all"], env)
    run_step("creating the bucket", [python, "-m", "app.bucket"], env)
    if settings.is_production:
        log.info("APP_ENV=production: demo seed skipped")
    else:
        run_step("loading the demo seed", [python, "-m", "piccolo.main", "seeds", "demo"], env)


def start_children(settings: Settings, env: dict[str, str]) -> list[subprocess.Popen]:
    python = sys.executable
    metrics_dir = Path(env["PROMETHEUS_MULTIPROC_DIR"])
    shutil.rmtree(metrics_dir, ignore_errors=True)
    metrics_dir.mkdir(parents=True)
    api = subprocess.Popen(
        [python, "-m", "uvicorn", "app.asgi:serve", "--factory", "--host", settings.host]
        + ["--port", str(settings.port), "--no-access-log", "--log-level", "warning"]
        + ["--timeout-graceful-shutdown", "2"],
        env=env,
        cwd=PROJECT_ROOT,
    )
    workers = [
        subprocess.Popen([python, "-m", "jobs.worker"], env=env, cwd=PROJECT_ROOT) for _ in range(settings.workers)
    ]
    return [api, *workers]


def stop_children(children: list[subprocess.Popen], seconds: float = CHILDREN_STOP_SECONDS) -> None:
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + seconds
    for child in children:
        try:
            child.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            log.warning("pid %s did not stop within %.0f s; killing it", child.pid, seconds)
            child.kill()
            try:
                child.wait(5)
            except subprocess.TimeoutExpired:
                log.error("pid %s did not die after SIGKILL", child.pid)


def announce(settings: Settings, urls: dict[str, str]) -> None:
    base = f"http://{settings.host}:{settings.port}"
    log.info("API       %s  (OpenAPI docs %s/schema)", base, base)
    log.info("admin     %s/admin/  (admin@example.edu / demo-password in development)", base)
    log.info("workers   %d grading worker(s) on %s", settings.workers, urls["redis"])
    log.info("services  postgres %s | redis %s | s3 %s", *(urls[k] for k in ("database", "redis", "s3")))
    if not settings.smtp_url:
        log.info("mail      %s, every message kept in %s", urls["smtp"], settings.data_path / "mail")
    log.info("Ctrl-C stops everything")


def watch(children: list[subprocess.Popen], env: dict[str, str]) -> None:
    """Until a signal: the API's exit ends the launcher; a worker that exits is started again."""
    while True:
        api = children[0]
        if api.poll() is not None:
            raise SystemExit(f"the API process exited with code {api.returncode}")
        for index, worker in enumerate(children[1:], start=1):
            if worker.poll() is not None:
                log.warning("worker exited with code %s; starting a new one", worker.returncode)
                children[index] = subprocess.Popen([sys.executable, "-m", "jobs.worker"], env=env, cwd=PROJECT_ROOT)
        time.sleep(1)


def main() -> None:
    configure_logging("INFO")
    try:
        settings = get_settings()
        settings.require_production_secrets()
    except SettingsError as exc:
        raise SystemExit(f"configuration error: {exc}") from exc

    from jobs.devserver.stack import start_stack

    stopping = False

    def on_signal(signum: int, _frame) -> None:
        nonlocal stopping
        stopping = True
        raise KeyboardInterrupt

    # explicitly both: a shell that starts us in the background hands SIGINT down as ignored
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    stack = start_stack(
        Path(settings.data_path),
        database_url=settings.database_url,
        redis_url=settings.redis_url,
        s3_endpoint_url=settings.s3_endpoint_url,
        s3_access_key=settings.s3_access_key,
        s3_secret_key=settings.s3_secret_key,
        smtp_url=settings.smtp_url,
        ports={
            "postgres": settings.embedded_postgres_port,
            "redis": settings.embedded_redis_port,
            "s3": settings.embedded_s3_port,
            "smtp": settings.embedded_smtp_port,
        },
    )
    children: list[subprocess.Popen] = []
    try:
        stack_file.write(settings.data_path, {service.name: service.url for service in stack.started})
        env = child_env(settings, stack.urls)
        prepare(settings, env)
        children = start_children(settings, env)
        announce(settings, stack.urls)
        watch(children, env)
    except KeyboardInterrupt:
        log.info("stopping")
    finally:
        stop_children(children)
        stack_file.remove(settings.data_path)
        stack.stop()
        log.info("stopped")


if __name__ == "__main__":
    main()
