"""The grading job: claim the attempt, run it in the sandbox, write every result in one transaction.

Claiming is a conditional UPDATE (`queued` -> `running` with a lease), so an attempt enqueued twice is graded once;
the outcome is written only while our claim still holds. Infrastructure failures release the claim and raise, for
RQ's Retry; the student's own failures are verdicts, never retries.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from functools import cache
from typing import Any

import asyncpg

from app.adapters.blobstore import BlobStore
from app.adapters.queue import redis_connection
from app.common.sql import named
from app.grading import attempts
from app.grading.contract import BACKLOG_LANE, enqueue_places, result_channel
from app.grading.messages import GradeAttempt
from app.settings import Settings, get_settings
from jobs import metrics
from jobs.blobs import fetch_code
from jobs.db import run_job
from jobs.sandbox import Judgement, Limits, SandboxUnavailable, Slot, judge
from jobs.verdicts import Outcome, score_run, test_cases

log = logging.getLogger("grading")


class InfrastructureError(RuntimeError):
    """Ours, not the student's: retried, then the attempt ends as `error`."""


@cache
def slot() -> Slot:
    settings = get_settings()
    return Slot(settings.sandbox_base_uid, settings.sandbox_slots)


@cache
def blobstore() -> BlobStore:
    return BlobStore(get_settings())


LOAD_SQL = """
SELECT s.id, s.user_id, s.assignment, s.question, s.code_blob_ref, s.code_sha256, s.language, s.late_penalty,
       q.time_limit_ms, q.memory_limit_mb, q.output_limit_kb, q.checker,
       coalesce(aq.custom_points, q.default_points) AS points
FROM submission_attempt s
JOIN questions q ON q.id = s.question
LEFT JOIN assignment_question aq ON aq.assignment = s.assignment AND aq.question = s.question
WHERE s.id = :attempt
"""

TESTS_SQL = """
SELECT id, name, visibility, kind, input, expected, compare_mode, tolerance, weight FROM test_cases
WHERE question = :question ORDER BY order_index, id
"""


def limits_for(row: dict[str, Any]) -> Limits:
    default = Limits()
    cpu = row["time_limit_ms"] or default.cpu_ms
    return Limits(
        cpu_ms=cpu,
        wall_ms=max(default.wall_ms, cpu * 2 + 1000),
        memory_mb=row["memory_limit_mb"] or default.memory_mb,
        output_bytes=(row["output_limit_kb"] * 1024) if row["output_limit_kb"] else default.output_bytes,
    )


async def _claim(connection: asyncpg.Connection, attempt_id: int, lease_seconds: int):
    async with connection.transaction():
        claimed = await attempts.claim(connection, attempt_id, lease_seconds)
        if claimed is None:
            return None, None, None
        row, tests = await load_attempt(connection, attempt_id)
    return claimed, row, tests


async def write_outcome(
    connection: asyncpg.Connection,
    attempt_id: int,
    outcome: Outcome,
    tries: int | None = None,
    *,
    actor: int | None = None,
) -> list[attempts.Dispatch]:
    """The outcome and the grade it moves (the attempt contract); after a grading, the student's next waiting
    attempts take the freed place in the lane: answers them, to enqueue once this commits."""
    async with connection.transaction():
        await attempts.finish(connection, attempt_id, outcome, tries=tries, actor=actor)
        if tries is None:
            return []
        return await attempts.dispatch(connection, attempt_id, get_settings().grading_inflight_per_student)


def enqueue_dispatched(settings: Settings, dispatched: list[attempts.Dispatch]) -> None:
    """Attempts that waited behind their student's earlier ones, given the place one of those freed: the backlog
    lane (below practice: a student's flood never goes before anyone's first submission)."""
    enqueue_places(settings, dispatched, lane=BACKLOG_LANE)


def announce(settings: Settings, attempt_id: int, analytics_key: tuple[int, int] | None = None) -> None:
    """Wake long-polls and ask for the analytics of (question, assignment) to catch up; Redis trouble here loses
    nothing: the row is written, and a later update or `python -m jobs.analytics rebuild` counts it."""
    from jobs.analytics import request_update

    try:
        redis_connection(settings.redis_address).publish(result_channel(attempt_id), "done")
        if analytics_key is not None:
            request_update(settings, *analytics_key)
    except Exception as exc:
        log.warning("attempt %s graded but not announced: %s", attempt_id, exc)


async def run_sandbox(row: dict[str, Any], language: str, source: str, tests: list[dict[str, Any]]) -> Judgement:
    """Run `source` against the test rows under the limits and with the checker of the question `row` holds."""
    try:
        return await asyncio.to_thread(
            judge,
            slot(),
            language=language,
            source=source,
            tests=test_cases(tests),
            limits=limits_for(row),
            checker=row["checker"],
        )
    except SandboxUnavailable as exc:
        raise InfrastructureError(str(exc)) from exc


async def evaluate(row: dict[str, Any], tests: list[dict[str, Any]], sent_code: str | None = None) -> Outcome:
    """Fetch the code, run it in the sandbox, score it: the same for grading and for a rejudge preview.

    `sent_code`, the code the submit put in the job, saves reading S3 when it is byte for byte the stored object
    (its sha256 is the attempt's); anything else (a job from the sweeper, a mismatch) reads the stored object."""
    if sent_code is not None and hashlib.sha256(sent_code.encode()).hexdigest() == row["code_sha256"]:
        source = sent_code
    else:
        source = await fetch_code(blobstore(), row)
    judgement = await run_sandbox(row, row["language"], source, tests)
    return score_run(judgement, tests, points=row["points"], late_penalty=row["late_penalty"])


async def load_attempt(connection: asyncpg.Connection, attempt_id: int) -> tuple[dict[str, Any] | None, list[dict]]:
    """The attempt and its question's tests; (None, []) when the attempt no longer exists."""
    query, args = named(LOAD_SQL, attempt=attempt_id)
    found = await connection.fetchrow(query, *args)
    if found is None:
        return None, []
    row = dict(found)
    query, args = named(TESTS_SQL, question=row["question"])
    tests = [dict(t) for t in await connection.fetch(query, *args)]
    return row, tests


async def _grade(connection: asyncpg.Connection, attempt_id: int, sent_code: str | None) -> str:
    settings = get_settings()
    tries, row, tests = await _claim(connection, attempt_id, settings.grading_lease_seconds)
    if tries is None:
        return "not claimed: graded already or held by another worker"
    started = time.perf_counter()
    try:
        outcome = await evaluate(row, tests, sent_code)
    except Exception:
        await attempts.release(connection, attempt_id, tries)
        raise
    try:
        dispatched = await write_outcome(connection, attempt_id, outcome, tries)
    except attempts.LeaseLost:
        return "lease lost: another worker owns this attempt now"
    enqueue_dispatched(settings, dispatched)
    metrics.observe_grading(outcome.verdict, time.perf_counter() - started)
    announce(settings, attempt_id, (row["question"], row["assignment"]))
    slot().prestart()  # the next submission finds its sandbox already started
    return outcome.verdict


def grade_attempt(job: GradeAttempt) -> str:
    """The `GradeAttempt` job (job id `grade_job_id(attempt id)`)."""
    return run_job(lambda connection: _grade(connection, job.attempt_id, job.code))
