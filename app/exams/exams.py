"""Timed exam sessions: starting one (idempotent), reading it, and the exam clock's automatic submission.

A session is a row (student, assignment, started_at, ends_at) written with the database's clock. After `ends_at`,
submit and autosave answer 403 `session_over`; the workers' sweeper then submits the last autosaved code of every
question the student never submitted, through the same `submissions.submit` as the API, marked `auto_submitted`.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from app.audit import audit
from app.common import access
from app.common.infra import Infra
from app.common.jsonb import as_struct
from app.common.sql import rows, transaction
from app.content import effective
from app.content.schemas import AssignmentConfig, ExamSessionView, Release
from app.errors import Conflict, DomainError, NotFound, ServiceUnavailable
from app.grading import ledger
from app.submissions import submission_rules, submissions
from tables.enums import AssignmentMode, AuditKind
from tables.exams import ExamSession
from tables.users import User

log = logging.getLogger(__name__)

EXPIRED_SQL = """
SELECT s.id, s.student, s.assignment, s.ends_at, a.content_item AS item_id
FROM exam_session s JOIN assignment a ON a.id = s.assignment
WHERE s.finished_at IS NULL AND s.ends_at <= now()
ORDER BY s.ends_at, s.id LIMIT 500
"""

UNSUBMITTED_SQL = """
SELECT p.question, p.current_code, q.language
FROM assignment_progress p
JOIN assignment_question aq ON aq.assignment = p.assignment AND aq.question = p.question
JOIN questions q ON q.id = p.question
WHERE p.user_id = :student AND p.assignment = :assignment AND btrim(p.current_code) <> ''
  AND NOT EXISTS (SELECT 1 FROM submission_attempt t
                  WHERE t.user_id = p.user_id AND t.assignment = p.assignment AND t.question = p.question)
ORDER BY aq.order_index
"""


async def start(user: User, item_id: int) -> tuple[ExamSessionView, bool]:
    """The caller's session, opened now if it was not (answers whether it was created)."""
    context = await access.assignment_context(user, item_id, allowed=access.STUDENTS)
    submission_rules.check_class_open(context.class_archived)
    if context.mode != AssignmentMode.exam:
        raise Conflict("only an exam is started; this assignment is practice", reason="not_exam")
    created = False
    if context.session_started_at is None:
        config = as_struct(context.config, AssignmentConfig)
        submission_rules.check_window(effective.of_context(context, config), context.mode, datetime.now(UTC))
        created = bool(await rows(effective.START_SQL, student=user.id, assignment=context.assignment_id))
    session = await _session_row(user.id, context.assignment_id)
    assert session is not None  # inserted above, or by a concurrent start
    return effective.session_view(item_id, context, session["started_at"], session["ends_at"]), created


async def read(user: User, item_id: int) -> ExamSessionView:
    context = await access.assignment_context(user, item_id)
    if context.session_started_at is None:
        raise NotFound("you have not started this exam")
    return effective.session_view(item_id, context, context.session_started_at, context.session_ends_at)


async def _session_row(student_id: int, assignment_id: int) -> dict[str, Any] | None:
    return (
        await ExamSession.select(ExamSession.started_at, ExamSession.ends_at)
        .where((ExamSession.student == student_id) & (ExamSession.assignment == assignment_id))
        .first()
    )


async def release(user: User, item_id: int) -> Release:
    """Held (exam) results become visible to the students; releasing again keeps the first time. The grade ledger
    records the release in the same transaction (one `released` event per graded question, once)."""
    context = await access.assignment_context(user, item_id, allowed=access.EDITORS, writing=True)
    async with transaction() as connection:
        updated = await rows(
            "UPDATE assignment SET results_released_at = coalesce(results_released_at, now()) WHERE id = :assignment "
            "RETURNING results_released_at",
            assignment=context.assignment_id,
        )
        await ledger.release(connection, assignment=context.assignment_id, actor=user.id)
        await audit.record(
            user,
            AuditKind.release,
            "assignment",
            context.assignment_id,
            class_id=context.class_id,
            before={"results_released_at": context.results_released_at},
            after={"results_released_at": updated[0]["results_released_at"]},
        )
    return Release(assignment_id=item_id, released_at=updated[0]["results_released_at"])


async def finish_expired(infra: Infra) -> dict[str, int]:
    """The exam clock: every session past its end gets its automatic submission, then is marked finished.

    Safe to run in several workers at once: each automatic attempt has an idempotency key of its session and question,
    and a question that already has an attempt gets none. A storage outage leaves the session for the next pass.
    """
    counts = {"sessions": 0, "submitted": 0}
    for session in await rows(EXPIRED_SQL):
        if await _submit_for(session, infra, counts):
            await ExamSession.update({ExamSession.finished_at: datetime.now(UTC)}).where(
                (ExamSession.id == session["id"]) & ExamSession.finished_at.is_null()
            )
            counts["sessions"] += 1
    if counts["sessions"]:
        log.info("exam clock: %s", counts)
    return counts


async def _submit_for(session: dict[str, Any], infra: Infra, counts: dict[str, int]) -> bool:
    """Submit the session's unsubmitted autosaves; False when it must be tried again (storage unavailable)."""
    student = await User.objects().where(User.id == session["student"]).first()
    if student is None:
        return True
    for saved in await rows(UNSUBMITTED_SQL, student=student.id, assignment=session["assignment"]):
        try:
            await submissions.submit(
                user=student,
                item_id=session["item_id"],
                question_id=saved["question"],
                code=saved["current_code"],
                language=saved["language"],
                idempotency_key=f"auto-session-{session['id']}-{saved['question']}",
                infra=infra,
                automatic_at=session["ends_at"],
            )
            counts["submitted"] += 1
        except ServiceUnavailable as exc:
            log.warning("exam session %s: automatic submission postponed (%s)", session["id"], exc.detail)
            return False
        except DomainError as exc:
            log.info("exam session %s: question %s not submitted (%s)", session["id"], saved["question"], exc.detail)
    return True
