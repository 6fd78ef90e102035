"""Wrong-answer clusters, kept by the analytics job as attempts are graded (never computed per request).

Each analysed attempt leaves one `wrong_output` row per failed test: the verdict, the output excerpt in the normal
form of the test's compare mode (and its digest), and whether it was the attempt's first failing test. The tests an
analysis touches then get their `wrong_answer_cluster` rows (students, attempts, an example, first failures per
distinct wrong output) and their `test_failure` row recounted from those rows, in the same transaction.
"""

from __future__ import annotations

import hashlib

import asyncpg

from jobs.sandbox.compare import normal_form
from tables.enums import AttemptStatus

FAILED_SQL = f"""
SELECT r.attempt, r.test_case, r.verdict, r.output_excerpt, t.compare_mode, s.assignment, s.question, s.user_id
FROM test_result r JOIN test_cases t ON t.id = r.test_case JOIN submission_attempt s ON s.id = r.attempt
WHERE r.attempt = ANY($1::int[]) AND NOT r.passed AND s.status = '{AttemptStatus.graded}'
ORDER BY r.attempt, t.order_index, t.id
"""
INSERT_SQL = """
INSERT INTO wrong_output (attempt, assignment, question, test_case, student, verdict, output_key, output,
                          first_failure)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
"""
CLUSTERS_SQL = """
DELETE FROM wrong_answer_cluster WHERE assignment = $1 AND question = $2 AND test_case = ANY($3::int[]);
INSERT INTO wrong_answer_cluster (assignment, question, test_case, verdict, output_key, output, students, attempts,
                                  first_failure_students, example_attempt, updated_at)
SELECT assignment, question, test_case, verdict, output_key, min(output), count(DISTINCT student), count(*),
       count(DISTINCT student) FILTER (WHERE first_failure), min(attempt), now()
FROM wrong_output WHERE assignment = $1 AND question = $2 AND test_case = ANY($3::int[])
GROUP BY assignment, question, test_case, verdict, output_key;
DELETE FROM test_failure WHERE assignment = $1 AND question = $2 AND test_case = ANY($3::int[]);
INSERT INTO test_failure (assignment, question, test_case, failing_students, failing_attempts, first_failure_students,
                          updated_at)
SELECT assignment, question, test_case, count(DISTINCT student), count(*),
       count(DISTINCT student) FILTER (WHERE first_failure), now()
FROM wrong_output WHERE assignment = $1 AND question = $2 AND test_case = ANY($3::int[])
GROUP BY assignment, question, test_case
"""


def _digest(verdict: str, output: str) -> str:
    return hashlib.sha256(f"{verdict}\n{output}".encode()).hexdigest()


async def record(connection: asyncpg.Connection, attempt_ids: list[int]) -> dict[tuple[int, int], set[int]]:
    """Replace the wrong outputs of these attempts; answers the tests touched per (assignment, question)."""
    touched: dict[tuple[int, int], set[int]] = {}
    for row in await connection.fetch(
        "DELETE FROM wrong_output WHERE attempt = ANY($1::int[]) RETURNING assignment, question, test_case", attempt_ids
    ):
        touched.setdefault((row["assignment"], row["question"]), set()).add(row["test_case"])
    rows, seen = [], set()
    for row in await connection.fetch(FAILED_SQL, attempt_ids):
        output = normal_form(row["output_excerpt"] or "", row["compare_mode"])
        first = row["attempt"] not in seen
        seen.add(row["attempt"])
        rows.append(
            (
                row["attempt"],
                row["assignment"],
                row["question"],
                row["test_case"],
                row["user_id"],
                row["verdict"],
                _digest(row["verdict"], output),
                output,
                first,
            )
        )
        touched.setdefault((row["assignment"], row["question"]), set()).add(row["test_case"])
    await connection.executemany(INSERT_SQL, rows)
    return touched


async def recount(connection: asyncpg.Connection, touched: dict[tuple[int, int], set[int]]) -> None:
    """Bring the clusters and first-failure counts of the touched tests up to date from `wrong_output`."""
    for (assignment_id, question_id), tests in touched.items():
        for statement in CLUSTERS_SQL.split(";"):
            await connection.execute(statement, assignment_id, question_id, sorted(tests))
