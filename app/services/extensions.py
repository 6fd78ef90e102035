"""Per-student extensions (class instructors): extra exam minutes, a personal due date and window end.

Every rule reads the student's effective dates (services/effective.py); a running exam session of the student
ends where the new dates say, and the student's attempts are judged late or not by the new due date (their moved
scores recorded in the grade ledger: app/grading/lateness.py), in the same transaction.
"""

from __future__ import annotations

from typing import Any

from app.errors import NotFound
from app.grading import lateness
from app.schemas.common import Page
from app.schemas.content import AssignmentConfig
from app.schemas.exams import ExtensionSet, ExtensionView
from app.services import access, effective
from app.services.jsonb import as_struct
from app.services.pagination import page
from app.services.sql import rows, transaction
from tables.courses import Enrollment
from tables.enums import ClassRole
from tables.exams import Extension
from tables.users import User

UPSERT_SQL = """
INSERT INTO extension (student, assignment, extra_minutes, due_date, available_until, granted_by, updated_at)
VALUES ({}, {}, {}, {}, {}, {}, now())
ON CONFLICT (student, assignment) DO UPDATE SET extra_minutes = EXCLUDED.extra_minutes,
    due_date = EXCLUDED.due_date, available_until = EXCLUDED.available_until, granted_by = EXCLUDED.granted_by,
    updated_at = now()
"""


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
    ended = await rows(effective.RECOMPUTE_SQL, False, context.assignment_id, student_id, student_id)
    return ended[0]["ends_at"] if ended else None


async def _rejudge_lateness(connection: Any, context: access.ItemContext, student_id: int, actor: User) -> None:
    await lateness.rejudge(connection, assignment=context.assignment_id, student=student_id, actor=actor.id)


async def put(user: User, item_id: int, student_id: int, data: ExtensionSet) -> ExtensionView:
    context = await _student_context(user, item_id, student_id)
    async with transaction() as connection:
        await rows(
            UPSERT_SQL,
            student_id,
            context.assignment_id,
            data.extra_minutes,
            data.due_date,
            data.available_until,
            user.id,
        )
        ends_at = await _recompute_session(context, student_id)
        await _rejudge_lateness(connection, context, student_id, user)
    row = {"user_id": student_id, **{f: getattr(data, f) for f in ("extra_minutes", "due_date", "available_until")}}
    return _view(context, row, ends_at)


async def delete(user: User, item_id: int, student_id: int) -> None:
    context = await _student_context(user, item_id, student_id)
    async with transaction() as connection:
        deleted = (
            await Extension.delete()
            .where((Extension.student == student_id) & (Extension.assignment == context.assignment_id))
            .returning(Extension.id)
        )
        if not deleted:
            raise NotFound("this student has no extension here")
        await _recompute_session(context, student_id)
        await _rejudge_lateness(connection, context, student_id, user)


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
