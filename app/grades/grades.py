"""A student's own grades: per assignment and question, the counted score as the gradebook counts it (best or
last per the class, newest override, late penalty applied), attempts used and left, and the student's own dates.
An exam's scores stay null while its results are held."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import groupby

from piccolo.query.functions.aggregate import Count

from app.common import access
from app.common.jsonb import as_struct
from app.common.sql import rows
from app.content import effective
from app.content.schemas import AssignmentConfig
from app.grades import gradebook
from app.grades.schemas import AssignmentGrades, MyGrades, QuestionGrade
from tables.enums import AssignmentMode
from tables.submissions import SubmissionAttempt
from tables.users import User


async def _attempts_used(user_id: int, assignment_pks: list[int]) -> dict[tuple[int, int], int]:
    """(assignment pk, question) -> how many attempts the student made."""
    counts = (
        await SubmissionAttempt.select(SubmissionAttempt.assignment, SubmissionAttempt.question, Count(alias="used"))
        .where((SubmissionAttempt.user_id == user_id) & SubmissionAttempt.assignment.is_in(assignment_pks))
        .group_by(SubmissionAttempt.assignment, SubmissionAttempt.question)
    )
    return {(row["assignment"], row["question"]): row["used"] for row in counts}


async def mine(user: User, class_id: int) -> MyGrades:
    await access.require_class(user, class_id, access.STUDENTS)
    policy = await gradebook.class_policy(class_id)
    columns = await rows(gradebook.COLUMNS_SQL, class_id=class_id)
    scores = await gradebook.counted_scores(class_id, columns, user.id)
    pks = sorted({c["assignment_pk"] for c in columns}) or [0]
    used = await _attempts_used(user.id, pks)
    own = {e["assignment_id"]: e for e in await gradebook.extensions(class_id, user.id)}
    now = datetime.now(UTC)
    assignments = []
    for _, group in groupby(columns, key=lambda c: c["assignment_pk"]):
        questions = list(group)
        first = questions[0]
        config = as_struct(first["config"], AssignmentConfig)
        dates = effective.dates(config, first["due_date"], own.get(first["assignment_id"]))
        if first["mode"] == AssignmentMode.exam and dates.available_from is not None and now < dates.available_from:
            continue  # an exam not yet open: its title, questions and points are not the student's to see yet
        released = effective.released(first["mode"], config, first["results_released_at"], now)
        grades = []
        for q in questions:
            counted = scores.get((user.id, q["assignment_pk"], q["question_id"])) if released else None
            n = used.get((q["assignment_pk"], q["question_id"]), 0)
            grades.append(
                QuestionGrade(
                    question_id=q["question_id"],
                    slug=q["slug"],
                    title=q["question_title"],
                    points=q["points"],
                    score=counted["score"] if counted else None,
                    overridden=bool(counted and counted["overridden"]),
                    attempts_used=n,
                    attempts_left=None if config.max_attempts is None else max(0, config.max_attempts - n),
                )
            )
        counted_scores = [g.score for g in grades if g.score is not None]
        assignments.append(
            AssignmentGrades(
                assignment_id=first["assignment_id"],
                title=first["assignment_title"],
                mode=first["mode"],
                results_released=released,
                dates=dates,
                score=round(sum(counted_scores), 4) if counted_scores else None,
                max_score=round(sum(g.points for g in grades), 4),
                questions=grades,
            )
        )
    return MyGrades(
        class_id=class_id,
        policy=policy,
        total=round(sum(a.score or 0 for a in assignments), 4),
        max_total=round(sum(a.max_score for a in assignments), 4),
        assignments=assignments,
    )
