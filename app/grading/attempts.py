"""The attempt contract: an attempt's whole life between the API and the workers, and the only writer of
`submission_attempt.status` (and of the columns that go with it).

    insert (API, `queued`) -> dispatch (a place in its lane, at most `grading_inflight_per_student` per student)
    -> claim with a lease (worker, `running`) -> finish (`graded`, with the grade ledger's recount)
    ... or release (back to `queued`, for a retry) ... or give up (`error`, the sweeper after too many tries)
    rejudge: a published preview's outcome written over a finished attempt.

Fairness: a student's attempts beyond the cap in flight in a lane wait undispatched (still `queued`, nothing lost)
and are dispatched oldest first as that student's earlier ones finish, so one student's flood occupies at most the
cap's places in a lane's queue while every other student's work goes straight in. The state is in PostgreSQL
(`dispatched_at`), so a Redis restart loses nothing: the sweeper dispatches what no job carries.

Every function takes the connection of the caller's transaction (asyncpg's: a worker's, or the API's through
`app.common.sql.transaction`), so the change commits with whatever else the caller writes.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager, nullcontext
from typing import Any

import msgspec

from app.common.sql import named, named_many
from app.grading import contract, ledger
from tables.enums import AssignmentMode, AttemptStatus, GradeCause, Verdict
from tables.submissions import SubmissionAttempt

S = AttemptStatus


class Inserted(msgspec.Struct):
    id: int
    attempt_number: int
    status: AttemptStatus


class Dispatch(msgspec.Struct, frozen=True):
    """An attempt given a place in its lane: enqueue its grading job after the transaction commits."""

    attempt_id: int
    mode: AssignmentMode


class Stuck(msgspec.Struct):
    id: int
    status: AttemptStatus
    tries: int
    mode: AssignmentMode


# HAVING keeps the attempt limit without races: a concurrent insert takes the same number and retries
INSERT_SQL = """
INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, code_sha256,
    code_size, idempotency_key, is_late, late_penalty, auto_submitted, submitted_at, status, tries)
SELECT :user_id, :assignment, :question, coalesce(max(attempt_number), 0) + 1, :language, :blob_key, :sha256, :size,
       :idempotency_key, :is_late, :late_penalty, :auto_submitted, now(), :queued, 0
FROM submission_attempt WHERE user_id = :user_id AND assignment = :assignment AND question = :question
HAVING :attempts_limit::int IS NULL OR count(*) < :attempts_limit::int
RETURNING id, attempt_number, status
"""


def atomic(connection: Any) -> AbstractAsyncContextManager[Any]:
    """A transaction for a step that must be whole: the caller's own when it has one (a nested one would cost a
    SAVEPOINT and a RELEASE round trip, and no caller recovers from a step's failure inside its transaction), else
    a new one."""
    return nullcontext() if connection.is_in_transaction() else connection.transaction()


def penalized(raw_score: float, penalty: float) -> float:
    """The score an attempt counts: what its tests gave less its late penalty (the one rounding, everywhere)."""
    return round(raw_score * (1 - penalty), 4)


async def insert(connection: Any, *, attempts_limit: int | None, **values: Any) -> Inserted | None:
    """A new `queued` attempt numbered without races (a concurrent insert ends in a unique violation); None when
    the student already has `attempts_limit` attempts. `values`: user_id, assignment, question, language, blob_key,
    sha256, size, idempotency_key, is_late, late_penalty, auto_submitted."""
    query, args = named(INSERT_SQL, queued=S.queued.value, attempts_limit=attempts_limit, **values)
    found = await connection.fetchrow(query, *args)
    return msgspec.convert(dict(found), Inserted) if found else None


# the student's attempts in flight in the lane (dispatched, not finished) are counted; the oldest undispatched ones
# take the free places
# The cap counts a student's attempts in flight across the grading lanes: counted per lane, a flood of exam attempts
# kept two places in the exam lane, which workers always take first, and every classmate's practice grading waited
# for that whole backlog. The student's own attempts go in the order they were sent, whichever their lane.
# The statuses are constants, not parameters, so even a generic plan uses the index of unfinished attempts (a
# student has few of those, however long their history).
UNFINISHED = f"('{S.queued.value}', '{S.running.value}')"
DISPATCH_SQL = f"""
WITH target AS (SELECT user_id FROM submission_attempt WHERE id = :attempt),
unfinished AS (
    SELECT s.id, s.assignment, s.status, s.dispatched_at FROM submission_attempt s, target t
    WHERE s.user_id = t.user_id AND s.status IN {UNFINISHED}
),
in_flight AS (SELECT count(*) AS n FROM unfinished WHERE dispatched_at IS NOT NULL),
next AS (
    SELECT u.id, a.mode FROM unfinished u JOIN assignment a ON a.id = u.assignment
    WHERE u.status = '{S.queued.value}' AND u.dispatched_at IS NULL
    ORDER BY u.id LIMIT greatest(:cap - (SELECT n FROM in_flight), 0)
)
UPDATE submission_attempt s SET dispatched_at = now() FROM next
WHERE s.id = next.id
RETURNING s.id AS attempt_id, next.mode
"""
# one student's dispatches one at a time: (LOCK_SPACE, student id), held to the end of the transaction. Taken by a
# statement of its own so the counting statement's snapshot sees what the previous holder committed.
LOCK_SQL = "SELECT pg_advisory_xact_lock(:space, user_id) FROM submission_attempt WHERE id = :attempt"
LOCK_SPACE = 1_617


async def lock_student(connection: Any, student_id: int) -> None:
    """The same per-student lock, taken before an insert: concurrent submits of one student then take their attempt
    numbers one after another instead of colliding on the unique number (held to the transaction's end)."""
    query, args = named("SELECT pg_advisory_xact_lock(:space, :student)", space=LOCK_SPACE, student=student_id)
    await connection.execute(query, *args)


async def dispatch(connection: Any, attempt_id: int, cap: int, *, student_locked: bool = False) -> list[Dispatch]:
    """Give the student of `attempt_id` as many places in its lane as the cap allows, oldest waiting first (it may
    be `attempt_id` itself, an older one, or none); enqueue each after the transaction commits. `student_locked`:
    the caller's transaction took `lock_student` already (by an earlier statement), so it is not taken twice."""
    query, args = named(DISPATCH_SQL, attempt=attempt_id, cap=cap)
    async with atomic(connection):
        if not student_locked:
            lock, lock_args = named(LOCK_SQL, space=LOCK_SPACE, attempt=attempt_id)
            await connection.execute(lock, *lock_args)
        found = await connection.fetch(query, *args)
    return [Dispatch(row["attempt_id"], AssignmentMode(row["mode"])) for row in found]


CLAIM_SQL = """
UPDATE submission_attempt SET status = :running, tries = tries + 1, lease_until = now() + make_interval(secs => :lease),
       dispatched_at = coalesce(dispatched_at, now())
WHERE id = :attempt AND (status = :queued OR (status = :running AND lease_until < now()))
RETURNING tries
"""


async def claim(connection: Any, attempt_id: int, lease_seconds: float) -> int | None:
    """`queued` (or `running` past its lease: its worker died) -> `running` for us; answers our try number."""
    query, args = named(
        CLAIM_SQL, attempt=attempt_id, lease=float(lease_seconds), queued=S.queued.value, running=S.running.value
    )
    return await connection.fetchval(query, *args)


RELEASE_SQL = """
UPDATE submission_attempt SET status = :queued, lease_until = NULL
WHERE id = :attempt AND status = :running AND tries = :tries
"""


async def release(connection: Any, attempt_id: int, tries: int) -> None:
    """Our infrastructure failed: back to `queued` (still dispatched) for RQ's retry or the sweeper."""
    query, args = named(RELEASE_SQL, attempt=attempt_id, tries=tries, queued=S.queued.value, running=S.running.value)
    await connection.execute(query, *args)


OUTCOME_SQL = """
UPDATE submission_attempt SET status = :graded, verdict = :verdict, score = :score, raw_score = :raw_score,
       max_score = :max_score, execution_time_ms = :execution_time_ms, error_reason = :reason, graded_at = now(),
       lease_until = NULL
WHERE id = :attempt AND (:tries::int IS NULL OR (status = :running AND tries = :tries::int))
RETURNING user_id, assignment, question, late_penalty
"""

TEST_RESULTS_SQL = (
    "INSERT INTO test_result (attempt, test_case, passed, verdict, score, time_ms, output_excerpt) "
    "VALUES (:attempt, :test_case, :passed, :verdict, :score, :time_ms, :output_excerpt)"
)


async def finish(connection: Any, attempt_id: int, outcome: Any, *, tries: int | None, actor: int | None) -> bool:
    """The outcome (`jobs.verdicts.Outcome`: verdict, scores, time, reason and per-test results), the attempt
    `graded` and the grade it moves, in one transaction. With `tries` (a grading): only while our claim holds
    (False: lost to another worker, nothing written); without (a published rejudge): over the finished attempt."""
    async with atomic(connection):
        query, args = named("DELETE FROM test_result WHERE attempt = :attempt", attempt=attempt_id)
        await connection.execute(query, *args)
        if outcome.tests:
            rows = [
                {
                    "attempt": attempt_id,
                    "test_case": t.test_id,
                    "passed": t.passed,
                    "verdict": t.verdict,
                    "score": t.score,
                    "time_ms": t.time_ms,
                    "output_excerpt": t.excerpt,
                }
                for t in outcome.tests
            ]
            await connection.executemany(*named_many(TEST_RESULTS_SQL, rows))
        query, args = named(
            OUTCOME_SQL,
            attempt=attempt_id,
            tries=tries,
            graded=S.graded.value,
            running=S.running.value,
            verdict=outcome.verdict,
            score=outcome.score,
            raw_score=outcome.raw_score,
            max_score=outcome.max_score,
            execution_time_ms=outcome.execution_time_ms,
            reason=outcome.reason,
        )
        key = await connection.fetchrow(query, *args)
        if key is None:
            if tries is not None:
                raise LeaseLost()
            return False
        await _penalty_in_force(connection, attempt_id, outcome, key["late_penalty"])
        await ledger.recount(
            connection,
            student=key["user_id"],
            assignment=key["assignment"],
            question=key["question"],
            cause=GradeCause.graded if tries is not None else GradeCause.rejudged,
            actor=actor,
        )
    return True


async def _penalty_in_force(connection: Any, attempt_id: int, outcome: Any, penalty: float) -> None:
    """The outcome was scored with the penalty read when grading began; when the rules changed the attempt's
    lateness meanwhile (app/content/lateness.py), the score follows the penalty now stored (the row is ours)."""
    if outcome.raw_score is None or (score := penalized(outcome.raw_score, penalty)) == outcome.score:
        return
    query, args = named("UPDATE submission_attempt SET score = :score WHERE id = :id", id=attempt_id, score=score)
    await connection.execute(query, *args)


class LeaseLost(Exception):
    """Someone else took the attempt over after our lease expired: our results are discarded."""


GIVE_UP_SQL = """
UPDATE submission_attempt SET status = :error, verdict = :internal_error, graded_at = now(), lease_until = NULL,
       error_reason = :reason
WHERE id = :attempt AND (status = :queued OR (status = :running AND lease_until < now()))
"""


async def give_up(connection: Any, attempt_id: int, reason: str) -> bool:
    """After too many tries the attempt ends as `error` (the student's grade does not move: it has no score)."""
    query, args = named(
        GIVE_UP_SQL,
        attempt=attempt_id,
        reason=reason,
        error=S.error.value,
        internal_error=Verdict.internal_error.value,
        queued=S.queued.value,
        running=S.running.value,
    )
    return await connection.execute(query, *args) != "UPDATE 0"


# dispatched but not finished after the grace (Redis lost its job), running past the lease (its worker died), or
# never dispatched although its student has a free place (a dispatch lost between commit and enqueue)
STUCK_SQL = """
SELECT s.id, s.status, s.tries, a.mode FROM submission_attempt s JOIN assignment a ON a.id = s.assignment
WHERE (s.status = :queued AND s.submitted_at < now() - make_interval(secs => :grace))
   OR (s.status = :running AND s.lease_until < now())
ORDER BY s.id LIMIT 1000
"""


async def stuck(connection: Any, grace_seconds: float) -> list[Stuck]:
    query, args = named(STUCK_SQL, grace=float(grace_seconds), queued=S.queued.value, running=S.running.value)
    return [msgspec.convert(dict(row), Stuck) for row in await connection.fetch(query, *args)]


async def is_dispatched(connection: Any, attempt_id: int) -> bool:
    query, args = named(
        "SELECT dispatched_at IS NOT NULL FROM submission_attempt WHERE id = :attempt", attempt=attempt_id
    )
    return bool(await connection.fetchval(query, *args))


async def attempts_to_rejudge(
    *, question_id: int | None = None, item_id: int | None = None, class_ids: list[int] | None = None
) -> list[int]:
    """Finished attempts of a question, or of the assignment whose content item is `item_id`, oldest first;
    only in `class_ids` when given (a question is used by many classes, a rejudge reaches only the caller's)."""
    finished = SubmissionAttempt.status.is_in(list(contract.REJUDGEABLE))
    if question_id is not None:
        scope = SubmissionAttempt.question == question_id
    else:
        scope = SubmissionAttempt.assignment.content_item == item_id
    if class_ids is not None:
        scope &= SubmissionAttempt.assignment.content_item.module.class_id.is_in(class_ids or [0])
    rows = await SubmissionAttempt.select(SubmissionAttempt.id).where(finished & scope).order_by(SubmissionAttempt.id)
    return [row["id"] for row in rows]
