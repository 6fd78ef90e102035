"""The gradebook: per student and assignment question, the counted grade the ledger keeps (`question_grade`: the
best or last attempt by class setting, an override in force counting as the attempt's score, late penalty already
applied), summed. Students with an extension carry their own dates.
"""

from __future__ import annotations

from typing import Any

import msgspec

from app.common import access, sql
from app.common.jsonb import as_dict, as_struct
from app.content import effective
from app.content.schemas import AssignmentConfig
from app.grades.schemas import Gradebook, GradebookColumn, GradebookRow, StudentDates
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
WHERE m.class_id = :class_id AND ci.is_published
ORDER BY m.order_index, ci.order_index, ci.id, aq.order_index
"""

# the counted grades the ledger keeps (app/grading/ledger.py): read, never recomputed here
SCORES_SQL = """
SELECT g.student AS user_id, g.assignment, g.question, g.score, g.overridden
FROM question_grade g
JOIN enrollments e ON e.user_id = g.student AND e.class_id = :class_id AND e.role = 'student'
WHERE g.score IS NOT NULL AND g.assignment = ANY(:assignments::int[])
  AND (:student::int IS NULL OR g.student = :student)
"""

EXTENSIONS_SQL = """
SELECT x.student, ci.id AS assignment_id, x.extra_minutes, x.due_date, x.available_until
FROM extension x JOIN assignment a ON a.id = x.assignment JOIN content_item ci ON ci.id = a.content_item
JOIN modules m ON m.id = ci.module
WHERE m.class_id = :class_id AND (:student::int IS NULL OR x.student = :student)
ORDER BY x.student, ci.id
"""

STUDENTS_SQL = """
SELECT u.id, u.email, u.display_name, e.student_id, e.active FROM enrollments e JOIN users u ON u.id = e.user_id
WHERE e.class_id = :class_id AND e.role = 'student' ORDER BY u.email, u.id
"""


async def class_policy(class_id: int) -> str:
    klass = await Class.select(Class.settings).where(Class.id == class_id).first()
    return as_dict(klass["settings"]).get("gradebook_score", GradebookPolicy.best)


async def counted_scores(
    class_id: int, columns: list[dict[str, Any]], student_id: int | None = None
) -> dict[tuple[int, int, int], dict[str, Any]]:
    """(student, assignment pk, question) -> the counted score and whether an override set it."""
    assignment_pks = sorted({c["assignment_pk"] for c in columns}) or [0]
    scores = await sql.rows(SCORES_SQL, class_id=class_id, assignments=assignment_pks, student=student_id)
    return {(s["user_id"], s["assignment"], s["question"]): s for s in scores}


async def extensions(class_id: int, student_id: int | None = None) -> list[dict[str, Any]]:
    return await sql.rows(EXTENSIONS_SQL, class_id=class_id, student=student_id)


def student_dates(column: dict[str, Any], extension: dict[str, Any] | None) -> StudentDates:
    config = as_struct(column["config"], AssignmentConfig)
    dates = effective.dates(config, column["due_date"], extension)
    return StudentDates(assignment_id=column["assignment_id"], **msgspec.structs.asdict(dates))


async def build(user: User, class_id: int) -> Gradebook:
    await access.require_class(user, class_id, access.STAFF)
    policy = await class_policy(class_id)
    columns = await sql.rows(COLUMNS_SQL, class_id=class_id)
    students = await sql.rows(STUDENTS_SQL, class_id=class_id)
    by_key = await counted_scores(class_id, columns)
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
