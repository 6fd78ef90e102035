"""RQ worker entry point (`autograder worker`): listens to the lanes in priority order (exam, practice, backlog,
runs, rejudge, analytics, integrations).

A non-forking SimpleWorker: the bubblewrap sandbox, not a fork, isolates student code, and skipping the fork saves
~8 ms a job (measured in bench/). The outbox sweeper runs beside it in a thread.

Logs are JSON lines; each job's lines carry its id and the request id of the API request that enqueued it.
SIGTERM or SIGINT is a warm stop: the current job finishes (a job is bounded by RQ's timeout, the compose stop grace
is above it), then the worker exits; an idle worker exits at once.
"""

from __future__ import annotations

import logging
import os
import socket

from rq import SimpleWorker
from rq.serializers import JSONSerializer

from app.adapters.queue import queue, redis_connection
from app.grading.contract import LANGUAGE_VERSIONS_KEY, WORKER_LANES
from app.logs import configure_logging, job_id, request_id
from app.settings import Settings, get_settings
from jobs.sandbox import languages

log = logging.getLogger("worker")


class GradingWorker(SimpleWorker):
    """Runs each job under its own id and its request's id, so every line it logs names both."""

    def execute_job(self, job, queue):
        tokens = (request_id.set((job.meta or {}).get("request_id")), job_id.set(job.id))
        try:
            return super().execute_job(job, queue)
        finally:
            request_id.reset(tokens[0])
            job_id.reset(tokens[1])


def publish_language_versions(settings: Settings, versions: dict[str, str]) -> None:
    """A worker at start: the versions of the toolchains it has installed, for `GET /api/languages`."""
    if versions:
        redis_connection(settings.redis_address).hset(LANGUAGE_VERSIONS_KEY, mapping=versions)


def main() -> None:
    settings = get_settings()
    configure_logging(settings.log_level)
    redis_url = settings.redis_address
    worker = GradingWorker(
        [queue(redis_url, lane) for lane in WORKER_LANES],
        connection=redis_connection(redis_url),
        serializer=JSONSerializer,
        name=f"grader-{socket.gethostname()}-{os.getpid()}",
    )
    _refuse_without_isolation()
    _start_background_tasks(settings)
    _warm_up()
    log.info("worker %s listening on lanes %s", worker.name, ", ".join(WORKER_LANES))
    # no scheduler: retries are immediate, and a scheduler is a forked child that a SIGKILL would orphan
    worker.work(logging_level=settings.log_level, with_scheduler=False)


def _refuse_without_isolation() -> None:
    """No student code runs on a host that cannot contain it: say what is missing and stop."""
    from jobs.grading import slot
    from jobs.sandbox.host import missing_isolation

    missing = missing_isolation()
    if not missing:
        try:
            slot().prestart()
            if not slot().wait_ready():
                missing.append("a sandbox did not start (bubblewrap refused: user namespaces may be disabled)")
        except (RuntimeError, OSError) as exc:
            missing.append(str(exc))
    if missing:
        for problem in missing:
            log.critical("sandbox isolation unavailable: %s", problem)
        raise SystemExit("the worker will not grade without sandbox isolation: " + "; ".join(missing))


def _warm_up() -> None:
    """What the first job would otherwise pay for (~160 ms here): RQ imports a job's module on first use, and the
    grading module brings in the S3 client; the slot's first sandbox is started ahead like every later one."""
    import jobs.analytics
    import jobs.grading
    import jobs.rejudge
    import jobs.runs
    import jobs.validation

    jobs.grading.blobstore()
    jobs.grading.slot().prestart()
    publish_language_versions(get_settings(), languages.installed_versions())


def _start_background_tasks(settings) -> None:
    try:
        from jobs.lti import start_poller
        from jobs.outbox import start_sweeper
    except ImportError:
        return
    start_sweeper(settings)
    start_poller(settings)


if __name__ == "__main__":
    main()
