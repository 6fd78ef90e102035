"""The nested assignment view (GET /assignments/{item}): three queries whatever the number of questions, and
the rule for which tests a student may see (shared with the submission views)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import msgspec

from app.common import access
from app.common.jsonb import as_dict, as_struct
from app.common.sql import rows
from app.content import effective
from app.content.schemas import AssignmentConfig, AssignmentDetail, AssignmentQuestionView, EffectiveDates, TestCaseView
from tables.enums import AssignmentMode, Visibility
from tables.users import User

QUESTIONS_SQL = """
SELECT q.id, q.slug, q.title, q.prompt, q.language, q.starter_code, q.reference_solution, q.default_points,
       aq.order_index, aq.custom_points
FROM assignment_question aq JOIN questions q ON q.id = aq.question
WHERE aq.assignment = :assignment
ORDER BY aq.order_index, q.id
"""

TESTS_SQL = """
SELECT id, question, name, kind, input, expected, compare_mode, weight, visibility, validation, validation_reason
FROM test_cases WHERE question = ANY(:questions::int[]) ORDER BY question, order_index, id
"""


# what a student sees of a revealed test: no compare mode, no weight
STUDENT_TEST_FIELDS = ("id", "name", "kind", "visibility", "input", "expected")


def test_is_revealed(visibility: str, due_date: datetime | None, now: datetime) -> bool:
    return visibility == Visibility.visible or (
        visibility == Visibility.after_due and due_date is not None and now >= due_date
    )


def exam_lock(
    context: access.ItemContext, config: AssignmentConfig, dates: EffectiveDates, now: datetime
) -> str | None:
    """Why a student may not read an exam's questions yet: before its window (`not_open`), inside it before they
    started (`not_started`), after it without having started until results are released (`closed`)."""
    if context.mode != AssignmentMode.exam or context.session_started_at is not None:
        return None
    if effective.released(context.mode, config, context.results_released_at, now):
        return None
    if dates.available_from is None or now < dates.available_from:
        return "not_open"
    if dates.available_until is not None and now > dates.available_until:
        return "closed"
    return "not_started"


async def assignment_detail(user: User, item_id: int) -> AssignmentDetail:
    context = await access.assignment_context(user, item_id)
    staff = context.role in access.STAFF
    now = datetime.now(UTC)
    config = as_struct(context.config, AssignmentConfig)
    dates = effective.of_context(context, config)
    locked = None if staff else exam_lock(context, config, dates, now)
    questions = [] if locked else await rows(QUESTIONS_SQL, assignment=context.assignment_id)
    tests = await rows(TESTS_SQL, questions=[q["id"] for q in questions]) if questions else []
    by_question: dict[int, list[dict[str, Any]]] = {}
    for test in tests:
        by_question.setdefault(test["question"], []).append(test)
    views = []
    for q in questions:
        shown, hidden = [], 0
        for test in by_question.get(q["id"], []):
            if staff:
                shown.append(msgspec.convert(test, TestCaseView))
            elif test_is_revealed(test["visibility"], dates.due_date, now):
                shown.append(msgspec.convert({k: test[k] for k in STUDENT_TEST_FIELDS}, TestCaseView))
            else:
                hidden += 1
        points = q["custom_points"] if q["custom_points"] is not None else q["default_points"]
        views.append(
            AssignmentQuestionView(
                question_id=q["id"],
                slug=q["slug"],
                title=q["title"],
                order=q["order_index"],
                points=points,
                custom_points=q["custom_points"],
                language=q["language"],
                prompt=q["prompt"],
                starter_code=q["starter_code"],
                tests=shown,
                hidden_test_count=hidden,
                reference_solution=q["reference_solution"] if staff else None,
            )
        )
    return AssignmentDetail(
        id=context.id,
        type="assignment",
        module_id=context.module_id,
        class_id=context.class_id,
        title=context.title,
        description=context.description,
        mode=context.mode,
        is_published=context.is_published,
        due_date=context.due_date,
        config=as_dict(context.config),
        total_points=sum(v.points for v in views),
        questions=views,
        questions_locked=locked,
        dates=None if staff else dates,
        session=None
        if context.session_started_at is None
        else effective.session_view(item_id, context, context.session_started_at, context.session_ends_at),
        results_released=effective.released(context.mode, config, context.results_released_at, now),
    )
