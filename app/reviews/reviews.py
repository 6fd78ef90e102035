"""Staff review of an attempt: its code as text, score overrides and line comments.

Overrides and comments are rows of their own pointing at the attempt, which never changes. The newest override of
an attempt is its counted score (gradebook, students' grades); the older ones stay readable as its history.
Class instructors override, TAs too when the class's settings allow (`ta_can_override`); all staff comment.
A student reads the comments on their own attempt once its results are released.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.audit import audit
from app.common import access
from app.common.infra import Infra
from app.common.jsonb import as_struct
from app.common.pagination import page
from app.common.schemas import Page
from app.common.sql import fetch, fetch_one, rows, transaction
from app.content import effective
from app.content.schemas import AssignmentConfig
from app.courses.schemas import ClassSettings
from app.errors import Conflict, Forbidden, InvalidInput
from app.grading import ledger
from app.submissions import submission_queries
from app.submissions.schemas import CommentCreate, CommentView, OverrideCreate, OverrideRemove, OverrideView
from app.submissions.submission_reads import load_attempt, read_code
from tables.enums import AuditKind, ClassRole, GradeCause
from tables.users import User

OVERRIDE_SQL = """
WITH added AS (
    INSERT INTO score_override (attempt, author, old_score, new_score, reason, created_at)
    SELECT s.id, :author, coalesce(override_in_force(s.id), s.score), :score, :reason, clock_timestamp()
    FROM submission_attempt s WHERE s.id = :attempt
    RETURNING *
)
SELECT a.id, a.attempt AS attempt_id, a.author AS author_id, u.display_name AS author_name, a.old_score,
       a.new_score, a.reason, a.created_at
FROM added a LEFT JOIN users u ON u.id = a.author
"""

COMMENT_SQL = """
WITH added AS (
    INSERT INTO submission_comment (attempt, author, line, body, created_at)
    VALUES (:attempt, :author, :line, :body, clock_timestamp()) RETURNING *
)
SELECT a.id, a.attempt AS attempt_id, a.author AS author_id, u.display_name AS author_name, a.line, a.body,
       a.created_at
FROM added a LEFT JOIN users u ON u.id = a.author
"""

COMMENTS_SQL = """
SELECT c.id, c.attempt AS attempt_id, c.author AS author_id, u.display_name AS author_name, c.line, c.body,
       c.created_at
FROM submission_comment c LEFT JOIN users u ON u.id = c.author
WHERE c.attempt = :attempt ORDER BY c.line NULLS FIRST, c.created_at, c.id LIMIT :limit OFFSET :offset
"""


def _may_override(row: dict[str, Any]) -> bool:
    if row["role"] in access.EDITORS:
        return True
    return row["role"] == ClassRole.ta and as_struct(row["class_settings"], ClassSettings).ta_can_override


def _released(row: dict[str, Any]) -> bool:
    config = as_struct(row["config"], AssignmentConfig)
    return effective.released(row["mode"], config, row["results_released_at"], datetime.now(UTC))


async def code(user: User, attempt_id: int, infra: Infra) -> str:
    row = await load_attempt(user, attempt_id)
    found = await read_code(infra.blobstore, row, required=True)
    assert found is not None  # required: raises instead
    return found


async def override(user: User, attempt_id: int, data: OverrideCreate) -> OverrideView:
    row = await _overridable(user, attempt_id)
    cap = row["max_score"] if row["max_score"] is not None else await _points(row)
    if data.score > cap:
        raise InvalidInput(f"score must be between 0 and {cap:g}", field="score", max_score=cap)
    return await _write_override(user, row, data.score, data.reason, GradeCause.override)


async def remove_override(user: User, attempt_id: int, data: OverrideRemove) -> OverrideView:
    """The override in force ends (a row without a score records it): the attempt counts its own score again."""
    row = await _overridable(user, attempt_id)
    if await submission_queries.newest_override(attempt_id) is None:
        raise Conflict("this attempt has no override in force", reason="no_override")
    return await _write_override(user, row, None, data.reason, GradeCause.override_removed)


async def _overridable(user: User, attempt_id: int) -> dict[str, Any]:
    row = await load_attempt(user, attempt_id)
    if not _may_override(row):
        raise Forbidden("only the class's instructors (and TAs, if the class allows) override scores")
    access.check(row["role"], access.STAFF, "submission", archived=row["class_archived"])
    return row


async def _write_override(
    user: User, row: dict[str, Any], score: float | None, reason: str, cause: GradeCause
) -> OverrideView:
    """The override row and the grade it moves, in one transaction."""
    async with transaction() as connection:
        created = await fetch_one(
            OverrideView, OVERRIDE_SQL, author=user.id, score=score, reason=reason, attempt=row["id"]
        )
        await ledger.recount(
            connection,
            student=row["user_id"],
            assignment=row["assignment"],
            question=row["question"],
            cause=cause,
            actor=user.id,
        )
        assert created is not None  # the attempt exists: load_attempt found it
        kind = AuditKind.override if cause == GradeCause.override else AuditKind.override_removed
        change = {"score": created.new_score, "reason": reason}
        before = {"score": created.old_score}
        await audit.record(
            user, kind, "submission_attempt", row["id"], class_id=row["class_id"], before=before, after=change
        )
    return created


async def _points(row: dict[str, Any]) -> float:
    found = await rows(
        "SELECT coalesce(aq.custom_points, q.default_points) AS points FROM questions q "
        "LEFT JOIN assignment_question aq ON aq.question = q.id AND aq.assignment = :assignment WHERE q.id = :question",
        assignment=row["assignment"],
        question=row["question"],
    )
    return found[0]["points"] if found else 0.0


async def overrides(user: User, attempt_id: int, *, limit: int, offset: int) -> Page[OverrideView]:
    """The override history, newest first: staff, and the student once the results are released."""
    row = await load_attempt(user, attempt_id)
    if row["role"] not in access.STAFF and not _released(row):
        return page([], limit, offset)
    return page(await submission_queries.overrides(attempt_id, limit=limit + 1, offset=offset), limit, offset)


async def comment(user: User, attempt_id: int, data: CommentCreate, infra: Infra) -> CommentView:
    row = await load_attempt(user, attempt_id)
    access.check(row["role"], access.STAFF, "submission", archived=row["class_archived"])
    if data.line is not None:
        lines = len((await read_code(infra.blobstore, row, required=True) or "").splitlines()) or 1
        if data.line > lines:
            raise InvalidInput(f"line must be between 1 and {lines}, the code's last line", field="line")
    created = await fetch_one(
        CommentView, COMMENT_SQL, attempt=attempt_id, author=user.id, line=data.line, body=data.body
    )
    assert created is not None
    return created


async def comments(user: User, attempt_id: int, *, limit: int, offset: int) -> Page[CommentView]:
    row = await load_attempt(user, attempt_id)
    if row["role"] not in access.STAFF and not _released(row):
        return page([], limit, offset)
    return page(
        await fetch(CommentView, COMMENTS_SQL, attempt=attempt_id, limit=limit + 1, offset=offset), limit, offset
    )
