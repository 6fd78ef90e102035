"""The outbox sweeper: nothing stays stuck (and the exam clock: see jobs/exam_clock.py).

An attempt still `queued` with no live job (Redis was down at submit), or `running` past its lease (its worker
died), is enqueued again; after MAX_GRADING_TRIES claims it ends as `error`. A question whose tests stay `pending`
with no validation job (Redis was down when it changed) is enqueued again, and so is a similarity report left queued
without a job or running past its lease. Runs are short-lived: one not done within RUN_GIVE_UP_SECONDS ends as
`error`, and runs older than a day are deleted. Code kept in the blob outbox while S3 was down is stored in S3
(jobs/blobs.py). Runs in every worker, at start
and then periodically; a Redis lock lets one sweeper at a time do the work.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time

from rq.exceptions import NoSuchJobError
from rq.job import Job
from rq.serializers import JSONSerializer

from app.adapters.queue import redis_connection
from app.common.sql import named
from app.grading import attempts, ledger
from app.grading.contract import enqueue_grading, enqueue_validation, grade_job_id, validate_job_id
from app.settings import Settings
from jobs import blobs
from jobs.db import connect
from jobs.exam_clock import blobstore_for, finish_expired_sessions
from jobs.grading import enqueue_dispatched
from jobs.similarity_report import sweep_reports
from tables.enums import AttemptStatus, RunStatus

log = logging.getLogger("outbox")
QUEUED_GRACE_SECONDS = 10
PENDING_GRACE_SECONDS = 60
RUN_GIVE_UP_SECONDS = 600
RUN_KEEP_HOURS = 24
LIVE = ("queued", "started", "deferred", "scheduled")

PENDING_SQL = """
SELECT DISTINCT q.id, q.revision FROM questions q JOIN test_cases t ON t.question = q.id
WHERE t.validation = 'pending' AND q.updated_at < now() - make_interval(secs => :grace)
ORDER BY q.id LIMIT 1000
"""

RUNS_GIVE_UP_SQL = f"""
UPDATE code_run SET status = '{RunStatus.error}', finished_at = now()
WHERE status IN ('queued', '{RunStatus.running}') AND created_at < now() - make_interval(secs => :grace)
"""

RUNS_DELETE_SQL = "DELETE FROM code_run WHERE created_at < now() - make_interval(hours => :hours)"


def _job_status(settings: Settings, job_id: str) -> str | None:
    try:
        job = Job.fetch(job_id, connection=redis_connection(settings.redis_address), serializer=JSONSerializer)
    except NoSuchJobError:
        return None
    return job.get_status(refresh=False)


def _job_is_live(settings: Settings, attempt_id: int) -> bool:
    return _job_status(settings, grade_job_id(attempt_id)) in LIVE


async def sweep_authoring(settings: Settings, connection) -> dict[str, int]:
    """Validations whose job never reached Redis are enqueued (a failed one stays in RQ's failed registry); runs
    that never finished end as `error`, and runs older than a day go."""
    counts = {"validations": 0}
    query, args = named(PENDING_SQL, grace=float(PENDING_GRACE_SECONDS))
    for row in await connection.fetch(query, *args):
        if _job_status(settings, validate_job_id(row["id"], row["revision"])) is None:
            counts["validations"] += enqueue_validation(settings, row["id"], row["revision"])
    query, args = named(RUNS_GIVE_UP_SQL, grace=float(RUN_GIVE_UP_SECONDS))
    given_up = await connection.execute(query, *args)
    counts["runs_given_up"] = int(given_up.split()[-1])
    query, args = named(RUNS_DELETE_SQL, hours=float(RUN_KEEP_HOURS))
    deleted = await connection.execute(query, *args)
    counts["runs_deleted"] = int(deleted.split()[-1])
    return counts


async def sweep_once(settings: Settings) -> dict[str, int]:
    """One pass; answers how many attempts were re-enqueued and how many were given up."""
    counts = {"requeued": 0, "given_up": 0}
    connection = await connect(settings)
    try:
        cap = settings.grading_inflight_per_student
        for row in await attempts.stuck(connection, QUEUED_GRACE_SECONDS):
            if row.tries >= settings.max_grading_tries:
                if await attempts.give_up(connection, row.id, f"gave up after {row.tries} grading tries"):
                    counts["given_up"] += 1
                    enqueue_dispatched(settings, await attempts.dispatch(connection, row.id, cap))  # its place is free
                continue
            if row.status == AttemptStatus.queued and not await attempts.is_dispatched(connection, row.id):
                # waiting behind its student's earlier attempts, or its dispatch was lost: a place if one is free
                dispatched = await attempts.dispatch(connection, row.id, cap)
                enqueue_dispatched(settings, dispatched)
                counts["requeued"] += len(dispatched)
                continue
            # a running attempt past its lease has a dead worker: its job looks started forever, so enqueue anyway
            if row.status == AttemptStatus.queued and _job_is_live(settings, row.id):
                continue
            if enqueue_grading(settings, row.id, row.mode):
                counts["requeued"] += 1
        # exams whose feedback_release_at passed: the ledger records their release once
        counts["released_grades"] = await ledger.release_due(connection)
        counts.update(await sweep_authoring(settings, connection))
        counts["blobs_stored"] = await blobs.drain(blobstore_for(settings), connection)
        counts["similarity_requeued"] = await sweep_reports(
            settings, connection, lambda job_id: _job_status(settings, job_id) in LIVE
        )
    finally:
        await connection.close()
    if any(counts.values()):
        log.info("outbox sweep: %s", counts)
    return counts


def _locked_sweep(settings: Settings) -> None:
    redis = redis_connection(settings.redis_address)
    if not redis.set("autograder:sweeper-lock", "1", nx=True, ex=max(5, settings.sweep_interval_seconds - 1)):
        return
    try:
        asyncio.run(finish_expired_sessions(settings))
    finally:
        asyncio.run(sweep_once(settings))


def start_sweeper(settings: Settings) -> threading.Thread:
    def loop() -> None:
        while True:
            try:
                _locked_sweep(settings)
            except Exception as exc:
                log.warning("outbox sweep failed: %s", exc)
            time.sleep(settings.sweep_interval_seconds)

    thread = threading.Thread(target=loop, name="outbox-sweeper", daemon=True)
    thread.start()
    return thread
