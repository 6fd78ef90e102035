"""Who may do what in a class: the global admin, else the caller's role in the class from the enrollment.

An inactive enrollment (gone from the platform's roster, or set inactive by the class's instructors) is no
enrollment: its member is an outsider until it is active again; their attempts and grades stay.

Outsiders get 404 (the class is invisible to them), members without the right role get 403. An archived class is
read-only: a write (`writing=True`) answers 403 `class_archived`; reading and unarchiving still work.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

from app.common import sql
from app.errors import ClassArchived, Forbidden, NotFound
from tables.courses import Enrollment
from tables.enums import ClassRole, ContentType, Role
from tables.users import User

ADMIN = Role.admin
EDITORS = frozenset({ADMIN, ClassRole.instructor})
STAFF = frozenset({ADMIN, ClassRole.instructor, ClassRole.ta})
MEMBERS = frozenset({ADMIN, *ClassRole})
STUDENTS = frozenset({ClassRole.student})


class ModuleContext(msgspec.Struct):
    """A module, its class and the caller's role in it."""

    id: int
    class_id: int
    title: str
    order_index: int
    role: str | None
    archived: bool = False  # the class's


class ItemContext(msgspec.Struct):
    """A content item with its child's fields, its class, and the caller's role, extension and exam session."""

    id: int
    module_id: int
    type: str
    title: str
    description: str | None
    is_published: bool
    due_date: datetime | None
    order_index: int
    mode: str | None = None
    config: Any = None  # stored JSON: read with jsonb.as_struct(..., AssignmentConfig)
    body: str | None = None
    class_id: int = 0
    class_archived: bool = False
    assignment_id: int | None = None
    results_released_at: datetime | None = None
    ext_extra_minutes: int | None = None
    ext_due_date: datetime | None = None
    ext_available_until: datetime | None = None
    session_id: int | None = None
    session_started_at: datetime | None = None
    session_ends_at: datetime | None = None
    role: str | None = None


def is_admin(user: User) -> bool:
    return user.role == Role.admin.value


def check(role: str | None, allowed: frozenset[str], what: str = "resource", *, archived: bool = False) -> str:
    """Answer the caller's role if it is allowed; 404 for outsiders, 403 for members without the right, and 403
    `class_archived` when `archived` (pass the class's flag for a write)."""
    if role is None:
        raise NotFound(f"{what} not found")
    if role not in allowed:
        raise Forbidden(f"your role ({role}) may not do this")
    if archived:
        raise ClassArchived("this class is archived: it is read-only until it is unarchived", reason="class_archived")
    return role


def effective_role(user: User, enrollment_role: str | None) -> str | None:
    return ADMIN if is_admin(user) else enrollment_role


async def _class_role(user: User, class_id: int) -> tuple[str | None, bool]:
    """The caller's role in a class that exists (or None) and whether the class is archived (one query)."""
    rows = await sql.rows(
        "SELECT (SELECT role FROM enrollments WHERE class_id = c.id AND user_id = :user AND active) AS role, "
        "c.archived FROM classes c WHERE c.id = :class_id",
        user=user.id,
        class_id=class_id,
    )
    if not rows:
        return None, False
    return effective_role(user, rows[0]["role"]), rows[0]["archived"]


async def class_role(user: User, class_id: int) -> str | None:
    """The caller's role in a class that exists, or None (one query)."""
    return (await _class_role(user, class_id))[0]


async def require_class(user: User, class_id: int, allowed: frozenset[str], *, writing: bool = False) -> str:
    role, archived = await _class_role(user, class_id)
    return check(role, allowed, "class", archived=writing and archived)


async def module_context(user: User, module_id: int) -> ModuleContext:
    """The module's class and the caller's role in it (one query); 404 when it does not exist."""
    context = await sql.fetch_one(
        ModuleContext,
        "SELECT m.id, m.class_id, m.title, m.order_index, "
        "(SELECT role FROM enrollments WHERE class_id = m.class_id AND user_id = :user AND active) AS role, c.archived "
        "FROM modules m JOIN classes c ON c.id = m.class_id WHERE m.id = :module",
        user=user.id,
        module=module_id,
    )
    if context is None:
        raise NotFound("module not found")
    context.role = effective_role(user, context.role)
    return context


# with the caller's own extension and exam session, so every rule can use the caller's effective dates
ITEM_CONTEXT_SQL = """
SELECT ci.id, ci.module AS module_id, ci.type, ci.title, ci.description, ci.is_published, ci.due_date,
       ci.order_index, m.class_id, c.archived AS class_archived, a.id AS assignment_id, a.mode, a.config,
       a.results_released_at, p.body,
       x.extra_minutes AS ext_extra_minutes, x.due_date AS ext_due_date, x.available_until AS ext_available_until,
       es.id AS session_id, es.started_at AS session_started_at, es.ends_at AS session_ends_at,
       (SELECT role FROM enrollments WHERE class_id = m.class_id AND user_id = :viewer AND active) AS role
FROM content_item ci
JOIN modules m ON m.id = ci.module
JOIN classes c ON c.id = m.class_id
LEFT JOIN assignment a ON a.content_item = ci.id
LEFT JOIN page p ON p.content_item = ci.id
LEFT JOIN extension x ON x.assignment = a.id AND x.student = :viewer
LEFT JOIN exam_session es ON es.assignment = a.id AND es.student = :viewer
WHERE ci.id = :item
"""


async def item_context(
    user: User, item_id: int, *, allowed: frozenset[str] = MEMBERS, writing: bool = False
) -> ItemContext:
    """A content item with its child's fields, its class and the caller's role (one query).

    Students never see unpublished items: for them those do not exist. `writing`: 403 in an archived class.
    """
    context = await sql.fetch_one(ItemContext, ITEM_CONTEXT_SQL, viewer=user.id, item=item_id)
    if context is None:
        raise NotFound("content item not found")
    role = effective_role(user, context.role)
    if role == ClassRole.student and not context.is_published:
        raise NotFound("content item not found")
    context.role = check(role, allowed, "content item", archived=writing and context.class_archived)
    return context


async def assignment_context(
    user: User, item_id: int, *, allowed: frozenset[str] = MEMBERS, writing: bool = False
) -> ItemContext:
    row = await item_context(user, item_id, allowed=allowed, writing=writing)
    if row.type != ContentType.assignment:
        raise NotFound("assignment not found")
    return row


async def classes_with_role(user: User, roles: frozenset[str]) -> list[int] | None:
    """The classes where the caller holds one of `roles`; None for an admin, who reaches every class."""
    if is_admin(user):
        return None
    rows = await Enrollment.select(Enrollment.class_id).where(
        (Enrollment.user_id == user.id)
        & Enrollment.active.eq(True)
        & Enrollment.role.is_in([str(role) for role in roles if role != ADMIN])
    )
    return sorted(row["class_id"] for row in rows)


async def require_all_classes(user: User, class_ids: list[int] | None, roles: frozenset[str], what: str) -> None:
    """Something that spans classes (a rejudge batch) is visible only to who holds `roles` in every one of them;
    for anyone else it does not exist."""
    reach = await classes_with_role(user, roles)
    if reach is None:
        return
    if class_ids is None or not set(class_ids) <= set(reach):
        raise NotFound(f"{what} not found")
