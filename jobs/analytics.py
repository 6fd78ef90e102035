"""Analytics: submission_analysis per attempt and problem_analytics per question (overall and per assignment).

Each update recomputes the aggregates of the keys an attempt touches from the attempts themselves, so running it
twice for one attempt counts it once, and a rebuild from scratch gives the same numbers.
`python -m jobs.analytics rebuild` rebuilds everything.
"""

from __future__ import annotations

import asyncio
import sys

import asyncpg

from jobs.db import connect

ANALYSIS_SQL = """
INSERT INTO submission_analysis (attempt, tests_total, tests_passed, first_failed_test, is_first_pass,
                                 seconds_since_first_attempt, updated_at)
SELECT s.id,
       (SELECT count(*) FROM test_result r WHERE r.attempt = s.id),
       (SELECT count(*) FROM test_result r WHERE r.attempt = s.id AND r.passed),
       (SELECT t.name FROM test_result r JOIN test_cases t ON t.id = r.test_case
         WHERE r.attempt = s.id AND NOT r.passed ORDER BY t.order_index, t.id LIMIT 1),
       s.verdict = 'accepted' AND NOT EXISTS (
         SELECT 1 FROM submission_attempt p WHERE p.user_id = s.user_id AND p.assignment = s.assignment
         AND p.question = s.question AND p.verdict = 'accepted' AND p.attempt_number < s.attempt_number),
       coalesce(extract(epoch FROM s.submitted_at - (SELECT min(p.submitted_at) FROM submission_attempt p
         WHERE p.user_id = s.user_id AND p.assignment = s.assignment AND p.question = s.question))::int, 0),
       now()
FROM submission_attempt s WHERE s.id = $1 AND s.status = 'graded'
ON CONFLICT (attempt) DO UPDATE SET tests_total = excluded.tests_total, tests_passed = excluded.tests_passed,
    first_failed_test = excluded.first_failed_test, is_first_pass = excluded.is_first_pass,
    seconds_since_first_attempt = excluded.seconds_since_first_attempt, updated_at = now()
"""

PROBLEM_SQL = """
WITH graded AS (
    SELECT user_id, verdict, submitted_at,
           row_number() OVER (PARTITION BY user_id ORDER BY submitted_at, id) AS n,
           min(submitted_at) OVER (PARTITION BY user_id) AS first_at
    FROM submission_attempt
    WHERE question = $1 AND ($2::int IS NULL OR assignment = $2) AND status = 'graded'
), firsts AS (
    SELECT DISTINCT ON (user_id) user_id, n, extract(epoch FROM submitted_at - first_at) AS seconds
    FROM graded WHERE verdict = 'accepted' ORDER BY user_id, n
), totals AS (
    SELECT (SELECT count(*) FROM graded) AS attempts,
           (SELECT count(DISTINCT user_id) FROM graded) AS students,
           (SELECT count(*) FROM firsts) AS solved,
           (SELECT count(*) FROM graded WHERE verdict = 'accepted') AS accepted,
           (SELECT avg(n) FROM firsts) AS avg_n,
           (SELECT avg(seconds) FROM firsts) AS avg_seconds,
           (SELECT coalesce(jsonb_object_agg(verdict, c), '{}'::jsonb)
              FROM (SELECT verdict, count(*) AS c FROM graded GROUP BY verdict) h) AS histogram
)
INSERT INTO problem_analytics (question, assignment, attempts, distinct_students, solved_students, pass_rate,
                               avg_attempts_to_first_pass, avg_seconds_to_first_pass, verdict_histogram, updated_at)
SELECT $1, $2, attempts, students, solved, CASE WHEN attempts = 0 THEN 0 ELSE accepted::float / attempts END,
       avg_n, avg_seconds, histogram, now()
FROM totals
ON CONFLICT ON CONSTRAINT problem_analytics_key DO UPDATE SET attempts = excluded.attempts,
    distinct_students = excluded.distinct_students, solved_students = excluded.solved_students,
    pass_rate = excluded.pass_rate, avg_attempts_to_first_pass = excluded.avg_attempts_to_first_pass,
    avg_seconds_to_first_pass = excluded.avg_seconds_to_first_pass, verdict_histogram = excluded.verdict_histogram,
    updated_at = now()
"""


async def _record(connection: asyncpg.Connection, attempt_id: int) -> None:
    row = await connection.fetchrow("SELECT question, assignment FROM submission_attempt WHERE id = $1", attempt_id)
    if row is None:
        return
    async with connection.transaction():
        await connection.execute(ANALYSIS_SQL, attempt_id)
        await connection.execute(PROBLEM_SQL, row["question"], row["assignment"])
        await connection.execute(PROBLEM_SQL, row["question"], None)


def record_attempt(attempt_id: int) -> None:
    """RQ job, enqueued after an attempt is graded."""

    async def run() -> None:
        connection = await connect()
        try:
            await _record(connection, int(attempt_id))
        finally:
            await connection.close()

    asyncio.run(run())


async def rebuild_all(progress=print) -> int:
    connection = await connect()
    try:
        async with connection.transaction():
            await connection.execute("DELETE FROM submission_analysis")
            await connection.execute("DELETE FROM problem_analytics")
            ids = [
                r["id"]
                for r in await connection.fetch("SELECT id FROM submission_attempt WHERE status = 'graded' ORDER BY id")
            ]
            for index, attempt_id in enumerate(ids, start=1):
                await connection.execute(ANALYSIS_SQL, attempt_id)
                if index % 500 == 0:
                    progress(f"  analyses: {index}/{len(ids)}")
            keys = await connection.fetch(
                "SELECT DISTINCT question, assignment FROM submission_attempt WHERE status = 'graded'"
            )
            for row in keys:
                await connection.execute(PROBLEM_SQL, row["question"], row["assignment"])
            for question in {row["question"] for row in keys}:
                await connection.execute(PROBLEM_SQL, question, None)
        progress(f"rebuilt analytics for {len(ids)} attempts and {len(keys)} assignment questions")
        return len(ids)
    finally:
        await connection.close()


if __name__ == "__main__":
    if sys.argv[1:] != ["rebuild"]:
        raise SystemExit("usage: python -m jobs.analytics rebuild")
    asyncio.run(rebuild_all())
