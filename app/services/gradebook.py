"""The gradebook: per student and assignment question, the best (or last, by class setting) graded score.

Scores are stored with the late penalty already applied, so the gradebook only picks and sums them.
"""

from __future__ import annotations

import csv
import io

from app.schemas.staff import Gradebook, GradebookColumn, GradebookRow
from app.services import access
from app.services.jsonb import as_dict
from tables.enums import GradebookPolicy
from tables.users import User

COLUMNS_SQL = """
SELECT ci.id AS assignment_id, a.id AS assignment_pk, ci.title AS assignment_title, q.id AS question_id, q.slug,
       coalesce(aq.custom_points, q.default_points) AS points
FROM content_item ci
JOIN modules m ON m.id = ci.module
JOIN assignment a ON a.content_item = ci.id
JOIN assignment_question aq ON aq.assignment = a.id
JOIN questions q ON q.id = aq.question
WHERE m.class_id = {} AND ci.is_published
ORDER BY m.order_index, ci.order_index, ci.id, aq.order_index
"""

SCORES_SQL = """
SELECT DISTINCT ON (s.user_id, s.assignment, s.question) s.user_id, s.assignment, s.question, s.score
FROM submission_attempt s
JOIN enrollments e ON e.user_id = s.user_id AND e.class_id = {} AND e.role = 'student'
WHERE s.status = 'graded' AND s.assignment = ANY({}::int[])
ORDER BY s.user_id, s.assignment, s.question, {order}
"""

STUDENTS_SQL = """
SELECT u.id, u.email, u.display_name, e.student_id FROM enrollments e JOIN users u ON u.id = e.user_id
WHERE e.class_id = {} AND e.role = 'student' ORDER BY u.email, u.id
"""


async def build(user: User, class_id: int) -> Gradebook:
    await access.require_class(user, class_id, access.STAFF)
    klass = await User.raw("SELECT settings FROM classes WHERE id = {}", class_id)
    policy = as_dict(klass[0]["settings"]).get("gradebook_score", GradebookPolicy.best)
    columns = await User.raw(COLUMNS_SQL, class_id)
    students = await User.raw(STUDENTS_SQL, class_id)
    assignment_pks = sorted({c["assignment_pk"] for c in columns}) or [0]
    # the ORDER BY decides which attempt DISTINCT ON keeps; it is one of two fixed strings, never user input
    order = "s.score DESC NULLS LAST, s.id" if policy == GradebookPolicy.best else "s.submitted_at DESC, s.id DESC"
    scores = await User.raw(SCORES_SQL.replace("{order}", order), class_id, assignment_pks)
    by_key = {(s["user_id"], s["assignment"], s["question"]): s["score"] for s in scores}
    rows = []
    for student in students:
        cells = [by_key.get((student["id"], c["assignment_pk"], c["question_id"])) for c in columns]
        rows.append(GradebookRow(**student, scores=cells, total=round(sum(c or 0 for c in cells), 4)))
    return Gradebook(
        class_id=class_id,
        policy=policy,
        columns=[GradebookColumn(**{k: c[k] for k in GradebookColumn.__struct_fields__}) for c in columns],
        max_total=round(sum(c["points"] for c in columns), 4),
        rows=rows,
    )


def to_csv(book: Gradebook) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["email", "name", "student_id", *[f"{c.assignment_title} / {c.slug}" for c in book.columns], "total"]
    )
    for row in book.rows:
        cells = ["" if s is None else s for s in row.scores]
        writer.writerow([row.email, row.display_name, row.student_id or "", *cells, row.total])
    return out.getvalue()
