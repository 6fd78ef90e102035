"""Wrong-answer clusters, kept by the analytics job as attempts are graded (never computed per request).

Each analysed attempt leaves one `wrong_output` row per failed test: the verdict, the output excerpt in the normal
form of the test's compare mode (and its digest), and whether it was the attempt's first failing test. The tests an
analysis touches then get their `wrong_answer_cluster` rows (students, attempts, an example, first failures per
distinct wrong output) and their `test_failure` row recounted from those rows, in the same transaction.
"""

from __future__ import annotations

import hashlib

import asyncpg

from app.common.sql import named, named_many
from jobs.sandbox.compare import normal_form
from tables.enums import AttemptStatus

FAILED_SQL = f"""
SELECT r.attempt, r.test_case, r.verdict, r.output_excerpt, t.compare_mode, s.assignment, s.question, s.user_id
FROM test_result r JOIN test_cases t ON t.id = r.test_case JOIN submission_attempt s ON s.id = r.attempt
WHERE r.attempt = ANY(:attempts::int[]) AND NOT r.passed AND s.status = '{AttemptStatus.graded}'
ORDER BY r.attempt, t.order_index, t.id
"""
INSERT_SQL = """
INSERT INTO wrong_output (attempt, assignment, question, test_case, student, verdict, output_key, output,
                          first_failure)
VALUES (:attempt, :assignment, :question, :test_case, :student, :verdict, :output_key, :output, :first_failure)
"""
CLUSTERS_SQL = """
DELETE FROM wrong_answer_cluster WHERE assignment = :assignment AND question = :question
  AND test_case = ANY(:tests::int[]);
INSERT INTO wrong_answer_cluster (assignment, question, test_case, verdict, output_key, output, students, attempts,
                                  first_failure_students, example_attempt, updated_at)
SELECT assignment, question, test_case, verdict, output_key, min(output), count(DISTINCT student), count(*),
       count(DISTINCT student) FILTER (WHERE first_failure), min(attempt), now()
FROM wrong_output WHERE assignment = :assignment AND question = :question
  AND test_case = ANY(:tests::int[])
GROUP BY assignment, question, test_case, verdict, output_key;
DELETE FROM test_failure WHERE assignment = :assignment AND question = :question
  AND test_case = ANY(:tests::int[]);
INSERT INTO test_failure (assignment, question, test_case, failing_students, failing_attempts, first_failure_students,
                          updated_at)
SELECT assignment, question, test_case, count(DISTINCT student), count(*),
       count(DISTINCT student) FILTER (WHERE first_failure), now()
FROM wrong_output WHERE assignment = :assignment AND question = :question
  AND test_case = ANY(:tests::int[])
GROUP BY assignment, question, test_case
"""


def _digest(verdict: str, output: str) -> str:
    return hashlib.sha256(f"{verdict}\n{output}".encode()).hexdigest()


async def record(connection: asyncpg.Connection, attempt_ids: list[int]) -> dict[tuple[int, int], set[int]]:
    """Replace the wrong outputs of these attempts; answers the tests touched per (assignment, question)."""
    touched: dict[tuple[int, int], set[int]] = {}
    query, args = named(
        "DELETE FROM wrong_output WHERE attempt = ANY(:attempts::int[]) RETURNING assignment, question, test_case",
        attempts=attempt_ids,
    )
    for row in await connection.fetch(query, *args):
        touched.setdefault((row["assignment"], row["question"]), set()).add(row["test_case"])
    rows, seen = [], set()
    query, args = named(FAILED_SQL, attempts=attempt_ids)
    for row in await connection.fetch(query, *args):
        output = normal_form(row["output_excerpt"] or "", row["compare_mode"])
        first = row["attempt"] not in seen
        seen.add(row["attempt"])
        rows.append(
            {
                "attempt": row["attempt"],
                "assignment": row["assignment"],
                "question": row["question"],
                "test_case": row["test_case"],
                "student": row["user_id"],
                "verdict": row["verdict"],
                "output_key": _digest(row["verdict"], output),
                "output": output,
                "first_failure": first,
            }
        )
        touched.setdefault((row["assignment"], row["question"]), set()).add(row["test_case"])
    await connection.executemany(*named_many(INSERT_SQL, rows))
    return touched


async def recount(connection: asyncpg.Connection, touched: dict[tuple[int, int], set[int]]) -> None:
    """Bring the clusters and first-failure counts of the touched tests up to date from `wrong_output`."""
    for (assignment_id, question_id), tests in touched.items():
        for statement in CLUSTERS_SQL.split(";"):
            query, args = named(statement, assignment=assignment_id, question=question_id, tests=sorted(tests))
            await connection.execute(query, *args)
