"""Staff analytics, read from problem_analytics only (the workers keep it up to date)."""

from __future__ import annotations

import msgspec

from app.common import access
from app.common.jsonb import as_dict
from app.common.sql import rows as sql_rows
from app.insight.schemas import AssignmentStats, QuestionStats
from app.questions.question_access import require_usable_question
from tables.analytics import ProblemAnalytics
from tables.enums import AttemptStatus
from tables.users import User

STATS = (
    ProblemAnalytics.question.as_alias("question_id"),
    ProblemAnalytics.attempts,
    ProblemAnalytics.distinct_students,
    ProblemAnalytics.solved_students,
    ProblemAnalytics.pass_rate,
    ProblemAnalytics.avg_attempts_to_first_pass,
    ProblemAnalytics.avg_seconds_to_first_pass,
    ProblemAnalytics.verdict_histogram,
    ProblemAnalytics.updated_at,
)


# The same numbers as the workers' overall row (jobs/analytics.py), over the assignments of some classes only
SCOPED_SQL = f"""
WITH graded AS (
    SELECT s.user_id, s.verdict, s.submitted_at,
           row_number() OVER (PARTITION BY s.user_id ORDER BY s.submitted_at, s.id) AS n,
           min(s.submitted_at) OVER (PARTITION BY s.user_id) AS first_at
    FROM submission_attempt s
    JOIN assignment a ON a.id = s.assignment
    JOIN content_item ci ON ci.id = a.content_item
    JOIN modules m ON m.id = ci.module
    WHERE s.question = :question AND s.status = '{AttemptStatus.graded}' AND s.verdict IS NOT NULL
      AND m.class_id = ANY(:classes)
), firsts AS (
    SELECT DISTINCT ON (user_id) user_id, n, extract(epoch FROM submitted_at - first_at) AS seconds
    FROM graded WHERE verdict = 'accepted' ORDER BY user_id, n
)
SELECT (SELECT count(*) FROM graded) AS attempts,
       (SELECT count(DISTINCT user_id) FROM graded) AS distinct_students,
       (SELECT count(*) FROM firsts) AS solved_students,
       (SELECT count(*) FROM graded WHERE verdict = 'accepted') AS accepted,
       (SELECT avg(n)::float FROM firsts) AS avg_attempts_to_first_pass,
       (SELECT avg(seconds)::float FROM firsts) AS avg_seconds_to_first_pass,
       (SELECT coalesce(jsonb_object_agg(verdict, c), '{{}}'::jsonb)
          FROM (SELECT verdict, count(*) AS c FROM graded GROUP BY verdict) h) AS verdict_histogram,
       (SELECT max(submitted_at) FROM graded) AS updated_at
"""


async def _scoped(question_id: int, class_ids: list[int]) -> QuestionStats:
    row = (await sql_rows(SCOPED_SQL, question=question_id, classes=class_ids))[0]
    attempts = row.pop("attempts")
    accepted = row.pop("accepted")
    row["verdict_histogram"] = as_dict(row["verdict_histogram"])
    return QuestionStats(
        question_id=question_id, attempts=attempts, pass_rate=accepted / attempts if attempts else 0.0, **row
    )


async def for_question(user: User, question_id: int) -> QuestionStats:
    """An admin reads the overall row; anyone else the attempts of the classes where they are staff only."""
    await require_usable_question(user, question_id)
    class_ids = await access.classes_with_role(user, access.STAFF)
    if class_ids is not None:
        return await _scoped(question_id, class_ids)
    overall = (
        await ProblemAnalytics.select(*STATS)
        .where((ProblemAnalytics.question == question_id) & ProblemAnalytics.assignment.is_null())
        .output(load_json=True)
        .first()
    )
    if overall is None:
        return QuestionStats(
            question_id=question_id,
            attempts=0,
            distinct_students=0,
            solved_students=0,
            pass_rate=0.0,
            avg_attempts_to_first_pass=None,
            avg_seconds_to_first_pass=None,
            verdict_histogram={},
            updated_at=None,
        )
    return msgspec.convert(overall, QuestionStats)


async def for_assignment(user: User, item_id: int) -> AssignmentStats:
    context = await access.assignment_context(user, item_id, allowed=access.STAFF)
    questions = (
        await ProblemAnalytics.select(*STATS)
        .where(ProblemAnalytics.assignment == context.assignment_id)
        .order_by(ProblemAnalytics.question)
        .output(load_json=True)
    )
    return AssignmentStats(assignment_id=item_id, questions=msgspec.convert(questions, list[QuestionStats]))
