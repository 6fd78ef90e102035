"""Staff analytics, read from problem_analytics only (the workers keep it up to date)."""

from __future__ import annotations

from typing import Any

from app.schemas.staff import AssignmentStats, QuestionStats
from app.services import access
from app.services.jsonb import as_dict
from app.services.questions import require_usable_question
from tables.users import User

COLUMNS = (
    "question AS question_id, assignment AS assignment_pk, attempts, distinct_students, solved_students, pass_rate, "
    "avg_attempts_to_first_pass, avg_seconds_to_first_pass, verdict_histogram, updated_at"
)


def _view(row: dict[str, Any]) -> QuestionStats:
    fields = {k: row[k] for k in QuestionStats.__struct_fields__ if k != "verdict_histogram"}
    return QuestionStats(**fields, verdict_histogram=as_dict(row["verdict_histogram"]))


async def for_question(user: User, question_id: int) -> QuestionStats:
    await require_usable_question(user, question_id)
    rows = await User.raw(
        f"SELECT {COLUMNS} FROM problem_analytics WHERE question = {{}} AND assignment IS NULL",
        question_id,
    )
    if not rows:
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
    return _view(rows[0])


async def for_assignment(user: User, item_id: int) -> AssignmentStats:
    context = await access.assignment_context(user, item_id, allowed=access.STAFF)
    rows = await User.raw(
        f"SELECT {COLUMNS} FROM problem_analytics WHERE assignment = {{}} ORDER BY question",
        context["assignment_id"],
    )
    return AssignmentStats(assignment_id=item_id, questions=[_view(row) for row in rows])
