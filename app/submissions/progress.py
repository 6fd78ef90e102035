"""Autosave: one row per (user, assignment, question); a stale base revision is a conflict, never an overwrite."""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec

from app.common import access, ratelimit, sql
from app.common.infra import Infra
from app.errors import Conflict, NotFound, PayloadTooLarge
from app.submissions import submission_rules
from app.submissions.schemas import ProgressDetail
from tables.enums import ClassRole
from tables.questions import AssignmentQuestion
from tables.submissions import AssignmentProgress
from tables.users import User

RETURNING = "RETURNING current_code AS code, time_spent, revision, updated_at"


async def _attached(context: access.ItemContext, question_id: int) -> None:
    attached = await AssignmentQuestion.exists().where(
        (AssignmentQuestion.assignment == context.assignment_id) & (AssignmentQuestion.question == question_id)
    )
    if not attached:
        raise NotFound("this question is not part of the assignment")


async def _stored(user_id: int, assignment_id: int, question_id: int) -> ProgressDetail | None:
    row = (
        await AssignmentProgress.select(
            AssignmentProgress.current_code.as_alias("code"),
            AssignmentProgress.time_spent,
            AssignmentProgress.revision,
            AssignmentProgress.updated_at,
        )
        .where(
            (AssignmentProgress.user_id == user_id)
            & (AssignmentProgress.assignment == assignment_id)
            & (AssignmentProgress.question == question_id)
        )
        .first()
    )
    return msgspec.convert(row, ProgressDetail) if row else None


async def save(
    user: User, item_id: int, question_id: int, *, code: str, time_spent: int, base_revision: int, infra: Infra
) -> ProgressDetail:
    """Two queries on the way that succeeds: the access check, then one statement that checks the question belongs
    to the assignment and writes; what went wrong is only looked up when nothing was written. Rate-limited per
    user (AUTOSAVE_RATE_PER_MINUTE, 429 with Retry-After)."""
    max_bytes = infra.settings.max_code_bytes
    context = await access.assignment_context(user, item_id)
    await ratelimit.enforce(infra.redis, f"autosave:{user.id}", infra.settings.autosave_rate_per_minute, "autosaves")
    if context.role == ClassRole.student:
        submission_rules.check_class_open(context.class_archived)
        submission_rules.check_session(context.mode, context.session_ends_at, datetime.now(UTC))
    if len(code.encode()) > max_bytes:
        raise PayloadTooLarge(f"code is larger than {max_bytes} bytes", limit=max_bytes)
    key = {"user_id": user.id, "assignment_id": context.assignment_id, "question_id": question_id}
    if base_revision == 0:
        saved = await sql.fetch_one(
            ProgressDetail,
            "INSERT INTO assignment_progress (user_id, assignment, question, current_code, time_spent, revision, "
            "updated_at) SELECT :user_id, :assignment_id, :question_id, :code, :time_spent, 1, now() "
            "WHERE EXISTS (SELECT 1 FROM assignment_question WHERE assignment = :assignment_id "
            "AND question = :question_id) ON CONFLICT DO NOTHING " + RETURNING,
            **key,
            code=code,
            time_spent=time_spent,
        )
    else:
        saved = await sql.fetch_one(
            ProgressDetail,
            "UPDATE assignment_progress SET current_code = :code, time_spent = greatest(time_spent, :time_spent), "
            "revision = revision + 1, updated_at = now() WHERE user_id = :user_id AND assignment = :assignment_id "
            "AND question = :question_id AND revision = :revision " + RETURNING,
            **key,
            code=code,
            time_spent=time_spent,
            revision=base_revision,
        )
    if saved is not None:
        return saved
    await _attached(context, question_id)
    stored = await _stored(**key)
    raise Conflict(
        "your copy is stale: another tab or device saved since; merge with the stored copy and retry",
        stored=None
        if stored is None
        else {
            "code": stored.code,
            "time_spent": stored.time_spent,
            "revision": stored.revision,
            "updated_at": stored.updated_at.isoformat(),
        },
    )


async def load(user: User, item_id: int, question_id: int) -> ProgressDetail:
    context = await access.assignment_context(user, item_id)
    await _attached(context, question_id)
    stored = await _stored(user.id, context.assignment_id, question_id)
    if stored is None:
        raise NotFound("nothing saved yet")
    return stored
