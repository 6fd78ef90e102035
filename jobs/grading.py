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
from app.grading import ledger
from app.grading_contract import result_channel
from app.settings import Settings, get_settings
from jobs import metrics
from jobs.db import run_job
from jobs.sandbox import Judgement, Limits, SandboxUnavailable, Slot, judge
from jobs.verdicts import Outcome, score_run, test_cases
from tables.enums import GradeCause

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


CLAIM_SQL = """
UPDATE submission_attempt SET status = 'running', tries = tries + 1,
       lease_until = now() + make_interval(secs => $2)
WHERE id = $1 AND (status = 'queued' OR (status = 'running' AND lease_until < now()))
RETURNING tries
"""

LOAD_SQL = """
SELECT s.id, s.user_id, s.assignment, s.question, s.code_blob_ref, s.code_sha256, s.language, s.late_penalty,
       q.time_limit_ms, q.memory_limit_mb, q.output_limit_kb, q.checker,
       coalesce(aq.custom_points, q.default_points) AS points
FROM submission_attempt s
JOIN questions q ON q.id = s.question
LEFT JOIN assignment_question aq ON aq.assignment = s.assignment AND aq.question = s.question
WHERE s.id = $1
"""

TESTS_SQL = """
SELECT id, name, visibility, kind, input, expected, compare_mode, tolerance, weight FROM test_cases
WHERE question = $1 ORDER BY order_index, id
"""

FINISH_SQL = """
UPDATE submission_attempt SET status = $3, verdict = $4, score = $5, max_score = $6, execution_time_ms = $7,
       graded_at = now(), lease_until = NULL, error_reason = $8
WHERE id = $1 AND status = 'running' AND tries = $2
RETURNING user_id, assignment, question
"""


REJUDGE_SQL = """
UPDATE submission_attempt SET status = 'graded', verdict = $2, score = $3, max_score = $4, execution_time_ms = $5,
       error_reason = $6, graded_at = now()
WHERE id = $1
RETURNING user_id, assignment, question
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
        claimed = await connection.fetchval(CLAIM_SQL, attempt_id, float(lease_seconds))
        if claimed is None:
            return None, None, None
        row, tests = await load_attempt(connection, attempt_id)
    return claimed, row, tests


async def _release(connection: asyncpg.Connection, attempt_id: int, tries: int) -> None:
    await connection.execute(
        "UPDATE submission_attempt SET status = 'queued', lease_until = NULL WHERE id = $1 AND status = 'running' "
        "AND tries = $2",
        attempt_id,
        tries,
    )


async def write_outcome(
    connection: asyncpg.Connection,
    attempt_id: int,
    outcome: Outcome,
    tries: int | None = None,
    *,
    actor: int | None = None,
) -> None:
    """Test results, the attempt's outcome and the grade it moves, in one transaction; with `tries` (a grading),
    only while our claim holds; without (a published rejudge), by `actor`."""
    async with connection.transaction():
        await connection.execute("DELETE FROM test_result WHERE attempt = $1", attempt_id)
        if outcome.tests:
            await connection.executemany(
                "INSERT INTO test_result (attempt, test_case, passed, verdict, score, time_ms, output_excerpt) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                [
                    (attempt_id, t.test_id, t.passed, t.verdict, t.score, t.time_ms, t.excerpt.replace("\x00", ""))
                    for t in outcome.tests
                ],
            )
        values = (outcome.verdict, outcome.score, outcome.max_score, outcome.execution_time_ms, outcome.reason)
        if tries is None:
            key = await connection.fetchrow(REJUDGE_SQL, attempt_id, *values)
        elif (key := await connection.fetchrow(FINISH_SQL, attempt_id, tries, "graded", *values)) is None:
            raise _LeaseLost()
        if key is not None:
            await ledger.recount(
                connection,
                student=key["user_id"],
                assignment=key["assignment"],
                question=key["question"],
                cause=GradeCause.graded if tries is not None else GradeCause.rejudged,
                actor=actor,
            )


class _LeaseLost(Exception):
    """Someone else took the attempt over after our lease expired: our results are discarded."""


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
        source = (await asyncio.to_thread(blobstore().get, row["code_blob_ref"])).decode("utf-8", "replace")
    judgement = await run_sandbox(row, row["language"], source, tests)
    return score_run(judgement, tests, points=row["points"], late_penalty=row["late_penalty"])


async def load_attempt(connection: asyncpg.Connection, attempt_id: int) -> tuple[dict[str, Any] | None, list[dict]]:
    """The attempt and its question's tests; (None, []) when the attempt no longer exists."""
    found = await connection.fetchrow(LOAD_SQL, attempt_id)
    if found is None:
        return None, []
    row = dict(found)
    tests = [dict(t) for t in await connection.fetch(TESTS_SQL, row["question"])]
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
        await _release(connection, attempt_id, tries)
        raise
    try:
        await write_outcome(connection, attempt_id, outcome, tries)
    except _LeaseLost:
        return "lease lost: another worker owns this attempt now"
    metrics.observe_grading(outcome.verdict, time.perf_counter() - started)
    announce(settings, attempt_id, (row["question"], row["assignment"]))
    slot().prestart()  # the next submission finds its sandbox already started
    return outcome.verdict


def grade_attempt(attempt_id: int, code: str | None = None) -> str:
    """RQ entry point (enqueued as `grading_contract.GRADE_JOB` with job id `grade_job_id(attempt id)`)."""
    sent_code = code if isinstance(code, str) else None
    return run_job(lambda connection: _grade(connection, int(attempt_id), sent_code))
