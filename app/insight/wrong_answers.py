"""Wrong-answer clusters of one assignment question, read from what the analytics job keeps (jobs/wrong_answers.py).

Per test: the most common wrong outputs (normalized by the test's compare mode) with their students, attempts, an
example attempt and the share of students whose first failing test it was; per question, the tests failed first and
the attempts and time until a first pass. The class's staff only; anyone else gets 404.
"""

from __future__ import annotations

from app.common import access, sql
from app.errors import NotFound
from app.insight.schemas import QuestionInsight, TestInsight, WrongAnswer
from tables.users import User

TOP_OUTPUTS = 10

TESTS_SQL = """
SELECT t.id, t.name, coalesce(f.failing_students, 0) AS failing_students,
       coalesce(f.failing_attempts, 0) AS failing_attempts,
       coalesce(f.first_failure_students, 0) AS first_failure_students
FROM assignment_question aq JOIN test_cases t ON t.question = aq.question
LEFT JOIN test_failure f ON f.assignment = aq.assignment AND f.question = aq.question AND f.test_case = t.id
WHERE aq.assignment = :assignment AND aq.question = :question ORDER BY t.order_index, t.id
"""
CLUSTERS_SQL = """
SELECT test_case, verdict, output, students, attempts, example_attempt, first_failure_students FROM (
    SELECT *, row_number() OVER (PARTITION BY test_case ORDER BY students DESC, attempts DESC, output_key) AS n
    FROM wrong_answer_cluster WHERE assignment = :assignment AND question = :question
) ranked WHERE n <= :top ORDER BY test_case, n
"""
SUMMARY_SQL = """
SELECT distinct_students, solved_students, avg_attempts_to_first_pass, avg_seconds_to_first_pass, updated_at
FROM problem_analytics WHERE assignment = :assignment AND question = :question
"""
IN_ASSIGNMENT_SQL = "SELECT 1 FROM assignment_question WHERE assignment = :assignment AND question = :question"


def _share(count: int, students: int) -> float:
    return round(count / students, 4) if students else 0.0


async def for_question(user: User, item_id: int, question_id: int) -> QuestionInsight:
    context = await access.assignment_context(user, item_id)
    where = {"assignment": context.assignment_id, "question": question_id}
    if context.role not in access.STAFF or not await sql.rows(IN_ASSIGNMENT_SQL, **where):
        raise NotFound("question not found in this assignment")
    found = await sql.rows(SUMMARY_SQL, **where)
    summary = found[0] if found else {"distinct_students": 0, "solved_students": 0}
    students = summary["distinct_students"]
    clusters: dict[int, list[WrongAnswer]] = {}
    for row in await sql.rows(CLUSTERS_SQL, **where, top=TOP_OUTPUTS):
        test_id = row.pop("test_case")
        share = _share(row["first_failure_students"], students)
        clusters.setdefault(test_id, []).append(WrongAnswer(**row, first_failure_share=share))
    tests = [
        TestInsight(
            test_id=row["id"],
            name=row["name"],
            failing_students=row["failing_students"],
            failing_attempts=row["failing_attempts"],
            first_failure_students=row["first_failure_students"],
            first_failure_share=_share(row["first_failure_students"], students),
            wrong_answers=clusters.get(row["id"], []),
        )
        for row in await sql.rows(TESTS_SQL, **where)
    ]
    failed_first = sorted(
        (test for test in tests if test.first_failure_students), key=lambda t: -t.first_failure_students
    )
    return QuestionInsight(
        item_id=item_id,
        question_id=question_id,
        students=students,
        solved_students=summary["solved_students"],
        avg_attempts_to_first_pass=summary.get("avg_attempts_to_first_pass"),
        avg_seconds_to_first_pass=summary.get("avg_seconds_to_first_pass"),
        tests=tests,
        fails_first=[test.test_id for test in failed_first],
        updated_at=summary.get("updated_at"),
    )
