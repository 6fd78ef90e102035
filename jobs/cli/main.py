"""The `autograder` command line: run the product, serve, work, migrate, seed, rejudge, rebuild, bench.

The README's command table is generated from these commands (`python -m jobs.cli.readme_commands --write`),
and a test keeps the two equal.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from jobs.cli.grades import grades
from jobs.cli.lti import lti
from jobs.cli.users import users

UNREACHABLE = (
    "cannot reach the services ({error}); start them with `./manage up` (commands beside it find its URLs in "
    "{stack}) or set DATABASE_URL, REDIS_URL and S3_ENDPOINT_URL"
)


class _Commands(click.Group):
    """Connection failures end in one line saying what to set, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from redis.exceptions import ConnectionError as RedisConnectionError

        try:
            return super().invoke(ctx)
        except (OSError, RedisConnectionError) as exc:
            # asyncio words a refusal on several addresses as a plain OSError; other OSErrors are not ours to word
            refused = isinstance(exc, (ConnectionError, RedisConnectionError)) or "Connect call failed" in str(exc)
            if not refused:
                raise
            from app.adapters import stack_file
            from app.settings import get_settings

            stack = get_settings().data_path / stack_file.NAME
            raise click.ClickException(UNREACHABLE.format(error=exc, stack=stack)) from None


@click.group(cls=_Commands)
@click.pass_context
def main(ctx: click.Context) -> None:
    """Autograder operations."""
    # Piccolo warns (in colour) before the connection error that _Commands words in one line
    warnings.filterwarnings("ignore", message=".*Unable to connect to database")
    if ctx.invoked_subcommand != "run":  # the launcher starts (or finds) the services itself
        _use_running_stack()


def _use_running_stack() -> None:
    """The URLs a running `./manage up` wrote under DATA_DIR, for each service no setting names."""
    from app.adapters import stack_file
    from app.settings import get_settings, load_settings

    for name, url in stack_file.running_urls(load_settings().data_path).items():
        if not os.environ.get(name):
            os.environ[name] = url
    get_settings.cache_clear()


@main.command()
def run() -> None:
    """Everything, as `./manage up` does: embedded services for unset URLs, migrations, bucket, demo seed (not in
    production), the API and WORKERS grading workers; Ctrl-C stops it all within 10 s."""
    from app.settings import PROJECT_ROOT

    os.chdir(PROJECT_ROOT)
    os.execv(
        sys.executable, [sys.executable, "-m", "jobs.devserver.launcher"]
    )  # the same process: Ctrl-C and SIGTERM reach it


@main.command()
@click.option("--host", help="address to listen on (default HOST)")
@click.option("--port", type=int, help="port (default PORT)")
@click.option("--workers", type=int, default=1, show_default=True, help="API processes; /metrics sums them all")
def api(host: str | None, port: int | None, workers: int) -> None:
    """Serve the HTTP API with uvicorn: JSON logs, one access line per request."""
    import uvicorn

    from app.logs import configure_logging

    settings = _settings()
    configure_logging(settings.log_level)
    prepare_metrics_dir(settings.data_path / "prometheus" if workers > 1 else None)
    uvicorn.run(
        "app.asgi:serve",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        access_log=False,  # the app writes the access line (with the request id); uvicorn's would be a second one
        log_config=None,
        timeout_graceful_shutdown=3,  # long-polls end; a stop never waits on a client
        proxy_headers=True,
    )


def prepare_metrics_dir(default: Path | None) -> None:
    """Prometheus multiprocess mode: a fresh directory shared by the API processes (PROMETHEUS_MULTIPROC_DIR, or
    `default` when several processes will serve); must be set before any of them imports prometheus_client."""
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or (str(default) if default else None)
    if directory is None:
        return
    shutil.rmtree(directory, ignore_errors=True)
    Path(directory).mkdir(parents=True, exist_ok=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory


@main.command()
def worker() -> None:
    """A grading worker: lanes exam, practice, rejudge, analytics in that order. SIGTERM finishes the current job,
    then exits."""
    from jobs.worker import main as work

    work()


@main.command()
def migrate() -> None:
    """Apply every database migration, then create the S3 bucket if it is missing."""
    _settings()
    _python("-m", "piccolo.main", "migrations", "forwards", "all")
    _python("-m", "app.bucket")
    click.echo("migrated; bucket ready")


@main.command()
def seed() -> None:
    """Load the demo seed (inserts what is missing, never overwrites); refused with APP_ENV=production."""
    if _settings().is_production:
        raise click.ClickException("the demo seed is not loaded with APP_ENV=production")
    _python("-m", "piccolo.main", "seeds", "demo")


@main.command()
@click.option("--question", "question_id", type=int, help="rejudge every finished attempt of this question")
@click.option("--assignment", "item_id", type=int, help="... or of this assignment (its content item id)")
@click.option("--publish", is_flag=True, help="apply the new scores when the preview is done")
def rejudge(question_id: int | None, item_id: int | None, publish: bool) -> None:
    """Grade attempts again in the rejudge lane (workers must run), show old -> new scores, optionally publish."""
    from app.grading.messages import PublishBatch
    from jobs import rejudge as jobs_rejudge

    if (question_id is None) == (item_id is None):
        raise click.UsageError("give exactly one of --question or --assignment")
    with _progress("graded again") as progress:
        batch_id, batch = jobs_rejudge.run(question_id=question_id, item_id=item_id, progress=progress)
    click.echo(f"rejudge {batch_id}: {batch['total']} attempts")
    for item in batch["items"]:
        mark = "*" if item["changed"] else " "
        click.echo(
            f"{mark} attempt {item['attempt_id']} (user {item['user_id']}): "
            f"{item['old_score']} {item['old_verdict']} -> {item['new_score']} {item['new_verdict']}"
        )
    if publish:
        click.echo(f"published: {jobs_rejudge.publish_batch(PublishBatch(batch_id=batch_id))} scores changed")


@main.group()
def analytics() -> None:
    """Staff analytics kept by the workers."""


@analytics.command()
def rebuild() -> None:
    """Recount every analytics row from the attempts, in one transaction."""
    from jobs.analytics import rebuild_all

    with _progress("attempts analysed") as progress:
        count = rebuild_all(progress=progress)
    click.echo(f"rebuilt analytics for {count} attempts")


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bench(args: tuple[str, ...]) -> None:
    """The benchmarks on a throwaway copy of the product (`--quick` for a short run); results in bench/results/."""
    from app.settings import PROJECT_ROOT

    sys.exit(subprocess.call([sys.executable, "-m", "bench", *args], cwd=PROJECT_ROOT))


main.add_command(users)
main.add_command(lti)
main.add_command(grades)


@main.group()
def openapi() -> None:
    """The OpenAPI document and the clients generated from it (clients/)."""


@openapi.command()
def clients() -> None:
    """Regenerate clients/openapi.json, the Python client (clients/python) and the TypeScript types
    (clients/typescript/api.d.ts), then type-check clients/typescript with `tsc --noEmit`."""
    from jobs.cli import openapi_clients

    openapi_clients.generate()
    openapi_clients.type_check()
    click.echo(f"written under {openapi_clients.CLIENTS}; tsc --noEmit passed")


@main.group()
def sandbox() -> None:
    """The grading sandbox on this host."""


@sandbox.command()
def selftest() -> None:
    """Run the hostile suite on this host through the real sandbox; exit 1 when anything is not contained.

    Run it after every deploy: isolation depends on the host (kernel, cgroups, container runtime)."""
    from app.settings import get_settings
    from jobs.sandbox import cgroups
    from jobs.sandbox.host import missing_isolation
    from jobs.sandbox.runner import Slot
    from jobs.sandbox.selftest import ATTACKS, Result, run_all

    missing = missing_isolation()
    for problem in missing:
        click.echo(f"host: {problem}")
    if missing:
        sys.exit(1)
    settings = get_settings()
    slot = Slot(settings.sandbox_base_uid, settings.sandbox_slots)
    click.echo(f"slot uid {slot.uid}, cgroup v{cgroups.version()}; {len(ATTACKS)} attacks")

    def report(result: Result) -> None:
        state = "contained" if result.contained else "NOT CONTAINED"
        detail = "" if result.contained else f" (got {list(result.verdicts)}, want {list(result.attack.verdicts)})"
        click.echo(f"{state:14} {result.attack.language:7} {result.attack.name}{detail}")

    results = run_all(slot, report)
    slot.close()
    failed = [r for r in results if not r.contained]
    click.echo(f"{len(results) - len(failed)} contained, {len(failed)} not contained")
    sys.exit(1 if failed else 0)


def _settings():
    from app.settings import SettingsError, get_settings

    settings = get_settings()
    try:
        settings.require_production_secrets()
    except SettingsError as exc:
        raise click.ClickException(f"configuration error: {exc}") from exc
    return settings


def _python(*args: str) -> None:
    from app.settings import PROJECT_ROOT

    env = {**os.environ, "PICCOLO_CONF": os.environ.get("PICCOLO_CONF", "piccolo_conf")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run([sys.executable, *args], env=env, cwd=PROJECT_ROOT)
    if result.returncode:
        raise click.ClickException(f"{' '.join(args)} failed (exit {result.returncode})")


@contextmanager
def _progress(what: str) -> Iterator[Callable[[int, int], None]]:
    """A rich progress bar on a terminal (plain lines elsewhere): yields `update(done, total)`."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task(what, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


if __name__ == "__main__":
    main()
