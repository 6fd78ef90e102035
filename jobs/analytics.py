"""Analytics: submission_analysis per attempt and problem_analytics per question (overall and per assignment).

Each update recomputes the aggregates of the keys an attempt touches from the attempts themselves, so running it
twice for one attempt counts it once, and a rebuild from scratch gives the same numbers. Wrong-answer clusters
(jobs/wrong_answers.py) are kept in the same transaction.
`autograder analytics rebuild` rebuilds everything.
"""

from __future__ import annotations

import asyncpg

from app.adapters.queue import enqueue, redis_connection
from app.common.sql import named
from app.grading.contract import ANALYTICS_LANE
from app.grading.messages import RecordQuestion
from app.settings import get_settings
from jobs import wrong_answers
from jobs.db import run_job
from tables.enums import AttemptStatus, Verdict

ANALYSIS_SQL = f"""
INSERT INTO submission_analysis (attempt, tests_total, tests_passed, first_failed_test, is_first_pass,
                                 seconds_since_first_attempt, updated_at)
SELECT s.id,
       (SELECT count(*) FROM test_result r WHERE r.attempt = s.id),
       (SELECT count(*) FROM test_result r WHERE r.attempt = s.id AND r.passed),
       (SELECT t.name FROM test_result r JOIN test_cases t ON t.id = r.test_case
         WHERE r.attempt = s.id AND NOT r.passed ORDER BY t.order_index, t.id LIMIT 1),
       s.verdict = '{Verdict.accepted}' AND NOT EXISTS (
         SELECT 1 FROM submission_attempt p WHERE p.user_id = s.user_id AND p.assignment = s.assignment
         AND p.question = s.question AND p.verdict = '{Verdict.accepted}' AND p.attempt_number < s.attempt_number),
       coalesce(extract(epoch FROM s.submitted_at - (SELECT min(p.submitted_at) FROM submission_attempt p
         WHERE p.user_id = s.user_id AND p.assignment = s.assignment AND p.question = s.question))::int, 0),
       now()
FROM submission_attempt s WHERE s.id = :attempt AND s.status = '{AttemptStatus.graded}'
ON CONFLICT (attempt) DO UPDATE SET tests_total = excluded.tests_total, tests_passed = excluded.tests_passed,
    first_failed_test = excluded.first_failed_test, is_first_pass = excluded.is_first_pass,
    seconds_since_first_attempt = excluded.seconds_since_first_attempt, updated_at = now()
"""

PROBLEM_SQL = f"""
WITH graded AS (
    SELECT user_id, verdict, submitted_at,
           row_number() OVER (PARTITION BY user_id ORDER BY submitted_at, id) AS n,
           min(submitted_at) OVER (PARTITION BY user_id) AS first_at
    FROM submission_attempt
    WHERE question = :question AND (:assignment::int IS NULL OR assignment = :assignment)
      AND status = '{AttemptStatus.graded}'
), firsts AS (
    SELECT DISTINCT ON (user_id) user_id, n, extract(epoch FROM submitted_at - first_at) AS seconds
    FROM graded WHERE verdict = '{Verdict.accepted}' ORDER BY user_id, n
), totals AS (
    SELECT (SELECT count(*) FROM graded) AS attempts,
           (SELECT count(DISTINCT user_id) FROM graded) AS students,
           (SELECT count(*) FROM firsts) AS solved,
           (SELECT count(*) FROM graded WHERE verdict = '{Verdict.accepted}') AS accepted,
           (SELECT avg(n) FROM firsts) AS avg_n,
           (SELECT avg(seconds) FROM firsts) AS avg_seconds,
           (SELECT coalesce(jsonb_object_agg(verdict, c), '{{}}'::jsonb)
              FROM (SELECT verdict, count(*) AS c FROM graded GROUP BY verdict) h) AS histogram
)
INSERT INTO problem_analytics (question, assignment, attempts, distinct_students, solved_students, pass_rate,
                               avg_attempts_to_first_pass, avg_seconds_to_first_pass, verdict_histogram, updated_at)
SELECT :question, :assignment, attempts, students, solved,
       CASE WHEN attempts = 0 THEN 0 ELSE accepted::float / attempts END, avg_n, avg_seconds, histogram, now()
FROM totals
ON CONFLICT ON CONSTRAINT problem_analytics_key DO UPDATE SET attempts = excluded.attempts,
    distinct_students = excluded.distinct_students, solved_students = excluded.solved_students,
    pass_rate = excluded.pass_rate, avg_attempts_to_first_pass = excluded.avg_attempts_to_first_pass,
    avg_seconds_to_first_pass = excluded.avg_seconds_to_first_pass, verdict_histogram = excluded.verdict_histogram,
    updated_at = now()
"""


PENDING_ANALYSES_SQL = f"""
SELECT s.id FROM submission_attempt s LEFT JOIN submission_analysis a ON a.attempt = s.id
WHERE s.question = :question AND s.assignment = :assignment AND s.status = '{AttemptStatus.graded}'
  AND (a.id IS NULL OR a.updated_at < s.graded_at)
"""


def pending_key(question_id: int, assignment_id: int) -> str:
    return f"analytics-pending:{question_id}:{assignment_id}"


async def _record_key(connection: asyncpg.Connection, question_id: int, assignment_id: int) -> None:
    async with connection.transaction():
        query, args = named(PENDING_ANALYSES_SQL, question=question_id, assignment=assignment_id)
        found = await connection.fetch(query, *args)
        pending = [row["id"] for row in found]
        for attempt_id in pending:
            query, args = named(ANALYSIS_SQL, attempt=attempt_id)
            await connection.execute(query, *args)
        await wrong_answers.recount(connection, await wrong_answers.record(connection, pending))
        query, args = named(PROBLEM_SQL, question=question_id, assignment=assignment_id)
        await connection.execute(query, *args)
        query, args = named(PROBLEM_SQL, question=question_id, assignment=None)
        await connection.execute(query, *args)


def record_question(job: RecordQuestion) -> None:
    """The `RecordQuestion` job: bring one assignment question's analytics up to date (every graded attempt
    counted once).

    A burst of gradings on one question queues one of these, not one per attempt: the pending mark is cleared as
    the job starts, so an attempt graded after that start queues the next run.
    """
    redis_connection(get_settings().redis_address).delete(pending_key(job.question_id, job.assignment_id))
    run_job(lambda connection: _record_key(connection, job.question_id, job.assignment_id))


def request_update(settings, question_id: int, assignment_id: int) -> None:
    """Queue `record_question` unless one is already waiting for this assignment question."""
    redis = redis_connection(settings.redis_address)
    if redis.set(pending_key(question_id, assignment_id), "1", nx=True, ex=3600):
        enqueue(
            settings.redis_address, ANALYTICS_LANE, RecordQuestion(question_id=question_id, assignment_id=assignment_id)
        )


def record_attempt(attempt_id: int) -> None:
    """Bring the analytics of one attempt's assignment question up to date now (commands and tests)."""

    async def work(connection: asyncpg.Connection) -> None:
        query, args = named(
            "SELECT question, assignment FROM submission_attempt WHERE id = :attempt", attempt=int(attempt_id)
        )
        row = await connection.fetchrow(query, *args)
        if row is not None:
            await _record_key(connection, row["question"], row["assignment"])

    run_job(work)


def rebuild_all(progress=None) -> int:
    """Recount every analytics row from the attempts, in one transaction.

    `progress(done, total)` is called as attempts are analysed and once more at the end."""
    progress = progress or (lambda done, total: None)

    async def work(connection: asyncpg.Connection) -> int:
        async with connection.transaction():
            await connection.execute("DELETE FROM submission_analysis")
            await connection.execute("DELETE FROM problem_analytics")
            await connection.execute("DELETE FROM wrong_output")
            await connection.execute("DELETE FROM wrong_answer_cluster")
            await connection.execute("DELETE FROM test_failure")
            ids = [
                r["id"]
                for r in await connection.fetch(
                    f"SELECT id FROM submission_attempt WHERE status = '{AttemptStatus.graded}' ORDER BY id"
                )
            ]
            progress(0, len(ids))
            for index, attempt_id in enumerate(ids, start=1):
                query, args = named(ANALYSIS_SQL, attempt=attempt_id)
                await connection.execute(query, *args)
                if index % 50 == 0:
                    progress(index, len(ids))
            await wrong_answers.recount(connection, await wrong_answers.record(connection, ids))
            keys = await connection.fetch(
                f"SELECT DISTINCT question, assignment FROM submission_attempt WHERE status = '{AttemptStatus.graded}'"
            )
            for row in keys:
                query, args = named(PROBLEM_SQL, question=row["question"], assignment=row["assignment"])
                await connection.execute(query, *args)
            for question in {row["question"] for row in keys}:
                query, args = named(PROBLEM_SQL, question=question, assignment=None)
                await connection.execute(query, *args)
        progress(len(ids), len(ids))
        return len(ids)

    return run_job(work)
