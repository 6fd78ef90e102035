"""Which questions a staff member reaches: the questions they own, those shared with a class they staff, and those
attached to an assignment of a class they staff; the admin reaches all. The owner, the admin and the instructors of
the class a question is shared with may change it; TAs only read. Reference solutions never leave that circle."""

from __future__ import annotations

from typing import Any

from app.common import access, sql
from app.errors import Forbidden, NotFound
from tables.users import User

VISIBLE_SQL = """
SELECT q.*, q.owner AS owner_id, q.shared_with_class AS shared_with_class_id, (
    q.owner = :viewer OR EXISTS (
        SELECT 1 FROM enrollments e WHERE e.user_id = :viewer AND e.role = 'instructor' AND e.active
        AND e.class_id = q.shared_with_class)
) AS can_edit
FROM questions q
WHERE (:admin OR q.owner = :viewer
   OR EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = :viewer AND e.role IN ('instructor', 'ta') AND e.active
              AND e.class_id = q.shared_with_class)
   OR EXISTS (SELECT 1 FROM assignment_question aq JOIN assignment a ON a.id = aq.assignment
              JOIN content_item ci ON ci.id = a.content_item JOIN modules m ON m.id = ci.module
              JOIN enrollments e ON e.class_id = m.class_id AND e.user_id = :viewer AND e.role IN ('instructor', 'ta')
                   AND e.active
              WHERE aq.question = q.id))
"""


def visible_params(user: User) -> dict[str, Any]:
    """VISIBLE_SQL's parameters for this viewer."""
    return {"viewer": user.id, "admin": access.is_admin(user)}


async def find(user: User, where_sql: str, **values: Any) -> dict[str, Any]:
    """The visible question `where_sql` picks (its `:name` parameters in `values`; `:viewer` is the caller), or 404."""
    rows = await sql.rows(VISIBLE_SQL + f" AND {where_sql}", **visible_params(user), **values)
    if not rows:
        raise NotFound("question not found")
    row = rows[0]
    row["can_edit"] = row["can_edit"] or access.is_admin(user)
    return row


async def require_usable_question(user: User, question_id: int) -> None:
    """A staff member may attach a question they can see; 404 otherwise."""
    await find(user, "q.id = :question", question=question_id)


async def require_editable(user: User, question_id: int) -> dict[str, Any]:
    row = await find(user, "q.id = :question", question=question_id)
    if not row["can_edit"]:
        raise Forbidden("only the question's owner, an instructor it is shared with, or an admin may change it")
    return row
