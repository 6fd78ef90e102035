"""Per-student extensions (class instructors): extra exam minutes, a personal due date and window end.

Every rule reads the student's effective dates (services/effective.py); a running exam session of the student
ends where the new dates say, and the student's attempts are judged late or not by the new due date (their moved
scores recorded in the grade ledger: app/content/lateness.py), in the same transaction.
"""

from __future__ import annotations

from typing import Any

from app.audit import audit
from app.common import access
from app.common.jsonb import as_struct
from app.common.pagination import page
from app.common.schemas import Page
from app.common.sql import rows, transaction
from app.content import effective, lateness
from app.content.schemas import AssignmentConfig, ExtensionSet, ExtensionView
from app.errors import NotFound
from tables.courses import Enrollment
from tables.enums import AuditKind, ClassRole
from tables.exams import Extension
from tables.users import User

UPSERT_SQL = """
INSERT INTO extension (student, assignment, extra_minutes, due_date, available_until, granted_by, updated_at)
VALUES (:student, :assignment, :extra_minutes, :due_date, :available_until, :granted_by, now())
ON CONFLICT (student, assignment) DO UPDATE SET extra_minutes = EXCLUDED.extra_minutes,
    due_date = EXCLUDED.due_date, available_until = EXCLUDED.available_until, granted_by = EXCLUDED.granted_by,
    updated_at = now()
RETURNING id
"""
FIELDS = ("student", "assignment", "extra_minutes", "due_date", "available_until")
CURRENT_SQL = (
    f"SELECT id, {', '.join(FIELDS)} FROM extension WHERE student = :student AND assignment = :assignment FOR UPDATE"
)


def _view(context: access.ItemContext, row: dict[str, Any], session_ends_at: Any = None) -> ExtensionView:
    config = as_struct(context.config, AssignmentConfig)
    return ExtensionView(
        assignment_id=context.id,
        user_id=row["user_id"],
        extra_minutes=row["extra_minutes"],
        due_date=row["due_date"],
        available_until=row["available_until"],
        dates=effective.dates(config, context.due_date, row),
        session_ends_at=session_ends_at,
    )


async def _student_context(user: User, item_id: int, student_id: int) -> access.ItemContext:
    context = await access.assignment_context(user, item_id, allowed=access.EDITORS, writing=True)
    enrolled = await Enrollment.exists().where(
        (Enrollment.class_id == context.class_id)
        & (Enrollment.user_id == student_id)
        & (Enrollment.role == ClassRole.student.value)
    )
    if not enrolled:
        raise NotFound("no such student in this class", field="user_id")
    return context


async def _recompute_session(context: access.ItemContext, student_id: int) -> Any:
    ended = await rows(effective.RECOMPUTE_SQL, only_later=False, assignment=context.assignment_id, student=student_id)
    return ended[0]["ends_at"] if ended else None


async def _rejudge_lateness(connection: Any, context: access.ItemContext, student_id: int, actor: User) -> None:
    await lateness.rejudge(connection, assignment=context.assignment_id, student=student_id, actor=actor.id)


async def put(user: User, item_id: int, student_id: int, data: ExtensionSet) -> ExtensionView:
    context = await _student_context(user, item_id, student_id)
    dates = {f: getattr(data, f) for f in ("extra_minutes", "due_date", "available_until")}
    async with transaction() as connection:
        before = await rows(CURRENT_SQL, student=student_id, assignment=context.assignment_id)
        saved = await rows(
            UPSERT_SQL, student=student_id, assignment=context.assignment_id, **dates, granted_by=user.id
        )
        ends_at = await _recompute_session(context, student_id)
        await _rejudge_lateness(connection, context, student_id, user)
        after = {"student": student_id, "assignment": context.assignment_id, **dates}
        old = {f: before[0][f] for f in FIELDS} if before else None
        await audit.record(
            user, AuditKind.extension, "extension", saved[0]["id"], class_id=context.class_id, before=old, after=after
        )
    row = {"user_id": student_id, **dates}
    return _view(context, row, ends_at)


async def delete(user: User, item_id: int, student_id: int) -> None:
    context = await _student_context(user, item_id, student_id)
    async with transaction() as connection:
        deleted = (
            await Extension.delete()
            .where((Extension.student == student_id) & (Extension.assignment == context.assignment_id))
            .returning(Extension.id, *(getattr(Extension, f) for f in FIELDS))
        )
        if not deleted:
            raise NotFound("this student has no extension here")
        await _recompute_session(context, student_id)
        await _rejudge_lateness(connection, context, student_id, user)
        before = {f: deleted[0][f] for f in FIELDS}
        await audit.record(
            user, AuditKind.extension_removed, "extension", deleted[0]["id"], class_id=context.class_id, before=before
        )


async def list_for(user: User, item_id: int, *, limit: int, offset: int) -> Page[ExtensionView]:
    context = await access.assignment_context(user, item_id, allowed=access.STAFF)
    found = (
        await Extension.select(
            Extension.student.as_alias("user_id"),
            Extension.extra_minutes,
            Extension.due_date,
            Extension.available_until,
        )
        .where(Extension.assignment == context.assignment_id)
        .order_by(Extension.student)
        .limit(limit + 1)
        .offset(offset)
    )
    return page([_view(context, row) for row in found], limit, offset)
