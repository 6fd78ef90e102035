"""The gradebook: per student and assignment question, the best (or last, by class setting) graded score.

Scores are stored with the late penalty already applied, so the gradebook only picks and sums them. An attempt's
newest score override replaces its score (an overridden attempt counts even if grading failed), and "best" picks by
that counted score. Students with an extension carry their own dates.
"""

from __future__ import annotations

from typing import Any

import msgspec

from app.schemas.content import AssignmentConfig
from app.schemas.staff import Gradebook, GradebookColumn, GradebookRow, StudentDates
from app.services import access, effective, sql
from app.services.jsonb import as_dict, as_struct
from tables.courses import Class
from tables.enums import GradebookPolicy
from tables.users import User

COLUMNS_SQL = """
SELECT ci.id AS assignment_id, a.id AS assignment_pk, ci.title AS assignment_title, q.id AS question_id, q.slug,
       coalesce(aq.custom_points, q.default_points) AS points, q.title AS question_title, a.mode, a.config,
       ci.due_date, a.results_released_at
FROM content_item ci
JOIN modules m ON m.id = ci.module
JOIN assignment a ON a.content_item = ci.id
JOIN assignment_question aq ON aq.assignment = a.id
JOIN questions q ON q.id = aq.question
WHERE m.class_id = {} AND ci.is_published
ORDER BY m.order_index, ci.order_index, ci.id, aq.order_index
"""

SCORES_SQL = """
SELECT DISTINCT ON (s.user_id, s.assignment, s.question) s.user_id, s.assignment, s.question,
       coalesce(o.new_score, s.score) AS score, o.new_score IS NOT NULL AS overridden
FROM submission_attempt s
JOIN enrollments e ON e.user_id = s.user_id AND e.class_id = {} AND e.role = 'student'
LEFT JOIN LATERAL (SELECT new_score FROM score_override WHERE attempt = s.id
                   ORDER BY created_at DESC, id DESC LIMIT 1) o ON true
WHERE (s.status = 'graded' OR o.new_score IS NOT NULL) AND s.assignment = ANY({}::int[])
  AND ({}::int IS NULL OR s.user_id = {})
ORDER BY s.user_id, s.assignment, s.question, {order}
"""

EXTENSIONS_SQL = """
SELECT x.student, ci.id AS assignment_id, x.extra_minutes, x.due_date, x.available_until
FROM extension x JOIN assignment a ON a.id = x.assignment JOIN content_item ci ON ci.id = a.content_item
JOIN modules m ON m.id = ci.module
WHERE m.class_id = {} AND ({}::int IS NULL OR x.student = {})
ORDER BY x.student, ci.id
"""

STUDENTS_SQL = """
SELECT u.id, u.email, u.display_name, e.student_id FROM enrollments e JOIN users u ON u.id = e.user_id
WHERE e.class_id = {} AND e.role = 'student' ORDER BY u.email, u.id
"""


async def class_policy(class_id: int) -> str:
    klass = await Class.select(Class.settings).where(Class.id == class_id).first()
    return as_dict(klass["settings"]).get("gradebook_score", GradebookPolicy.best)


async def counted_scores(
    class_id: int, policy: str, columns: list[dict[str, Any]], student_id: int | None = None
) -> dict[tuple[int, int, int], dict[str, Any]]:
    """(student, assignment pk, question) -> the counted score and whether an override set it."""
    assignment_pks = sorted({c["assignment_pk"] for c in columns}) or [0]
    # the ORDER BY decides which attempt DISTINCT ON keeps; it is one of two fixed strings, never user input
    order = (
        "coalesce(o.new_score, s.score) DESC NULLS LAST, s.id"
        if policy == GradebookPolicy.best
        else "s.submitted_at DESC, s.id DESC"
    )
    scores = await sql.rows(SCORES_SQL.replace("{order}", order), class_id, assignment_pks, student_id, student_id)
    return {(s["user_id"], s["assignment"], s["question"]): s for s in scores}


async def extensions(class_id: int, student_id: int | None = None) -> list[dict[str, Any]]:
    return await sql.rows(EXTENSIONS_SQL, class_id, student_id, student_id)


def student_dates(column: dict[str, Any], extension: dict[str, Any] | None) -> StudentDates:
    config = as_struct(column["config"], AssignmentConfig)
    dates = effective.dates(config, column["due_date"], extension)
    return StudentDates(assignment_id=column["assignment_id"], **msgspec.structs.asdict(dates))


async def build(user: User, class_id: int) -> Gradebook:
    await access.require_class(user, class_id, access.STAFF)
    policy = await class_policy(class_id)
    columns = await sql.rows(COLUMNS_SQL, class_id)
    students = await sql.rows(STUDENTS_SQL, class_id)
    by_key = await counted_scores(class_id, policy, columns)
    first_column = {c["assignment_id"]: c for c in reversed(columns)}
    extended: dict[int, list[StudentDates]] = {}
    for extension in await extensions(class_id):
        if column := first_column.get(extension["assignment_id"]):
            extended.setdefault(extension["student"], []).append(student_dates(column, extension))
    rows = []
    for student in students:
        found = [by_key.get((student["id"], c["assignment_pk"], c["question_id"])) for c in columns]
        cells = [cell["score"] if cell else None for cell in found]
        rows.append(
            GradebookRow(
                **student,
                scores=cells,
                total=round(sum(c or 0 for c in cells), 4),
                extensions=extended.get(student["id"], []),
            )
        )
    return Gradebook(
        class_id=class_id,
        policy=policy,
        columns=[GradebookColumn(**{k: c[k] for k in GradebookColumn.__struct_fields__}) for c in columns],
        max_total=round(sum(c["points"] for c in columns), 4),
        rows=rows,
    )
