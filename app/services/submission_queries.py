"""The SQL of submissions: the attempt's insert (numbered without races), and the reads the views need."""

from __future__ import annotations

from typing import Any

import msgspec

from app.schemas.submissions import SubmissionSummary, TestResultView
from app.services.sql import fetch, fetch_one, rows
from app.services.submission_rules import Lateness
from tables.submissions import SubmissionAttempt

INSERT_SQL = """
INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, code_sha256,
    code_size, idempotency_key, is_late, late_penalty, submitted_at, status, tries)
SELECT {}, {}, {}, coalesce(max(attempt_number), 0) + 1, {}, {}, {}, {}, {}, {}, {}, now(), 'queued', 0
FROM submission_attempt WHERE user_id = {} AND assignment = {} AND question = {}
RETURNING id, attempt_number, status
"""

QUESTION_SQL = """
SELECT q.id, q.language, (SELECT count(*) FROM submission_attempt s WHERE s.user_id = {}
       AND s.assignment = {} AND s.question = q.id) AS used
FROM assignment_question aq JOIN questions q ON q.id = aq.question
WHERE aq.assignment = {} AND aq.question = {}
"""

ATTEMPT_SQL = """
SELECT s.*, ci.id AS item_id, ci.due_date, a.config, m.class_id,
       (SELECT role FROM enrollments WHERE class_id = m.class_id AND user_id = {}) AS role
FROM submission_attempt s
JOIN assignment a ON a.id = s.assignment
JOIN content_item ci ON ci.id = a.content_item
JOIN modules m ON m.id = ci.module
WHERE s.id = {}
"""

RESULTS_SQL = """
SELECT r.test_case AS test_id, t.name, t.visibility, r.passed, r.verdict, r.score, r.time_ms, t.input, t.expected,
       r.output_excerpt
FROM test_result r JOIN test_cases t ON t.id = r.test_case
WHERE r.attempt = {} ORDER BY t.order_index, t.id
"""

SUMMARY_COLUMNS = (
    "s.id, s.user_id, s.question AS question_id, s.attempt_number, s.status, s.verdict, s.score, s.max_score, "
    "s.is_late, s.submitted_at"
)


class Accepted(msgspec.Struct):
    id: int
    attempt_number: int
    status: str


class AnsweredQuestion(msgspec.Struct):
    id: int
    language: str
    used: int


class StoredCode(msgspec.Struct):
    blob_key: str
    sha256: str
    size: int


async def existing(user_id: int, idempotency_key: str) -> Accepted | None:
    found = (
        await SubmissionAttempt.select(SubmissionAttempt.id, SubmissionAttempt.attempt_number, SubmissionAttempt.status)
        .where((SubmissionAttempt.user_id == user_id) & (SubmissionAttempt.idempotency_key == idempotency_key))
        .first()
    )
    return msgspec.convert(found, Accepted) if found else None


async def question_of_assignment(user_id: int, assignment_id: int, question_id: int) -> AnsweredQuestion | None:
    return await fetch_one(AnsweredQuestion, QUESTION_SQL, user_id, assignment_id, assignment_id, question_id)


async def insert_attempt(
    user_id: int,
    assignment_id: int,
    question_id: int,
    language: str,
    code: StoredCode,
    idempotency_key: str | None,
    late: Lateness,
) -> Accepted:
    """One statement: the next attempt number is read and taken together (a race ends in a unique violation)."""
    inserted = await fetch_one(
        Accepted,
        INSERT_SQL,
        user_id,
        assignment_id,
        question_id,
        language,
        code.blob_key,
        code.sha256,
        code.size,
        idempotency_key,
        late.is_late,
        late.penalty,
        user_id,
        assignment_id,
        question_id,
    )
    assert inserted is not None  # INSERT ... SELECT over an aggregate always yields one row
    return inserted


async def attempt_with_context(viewer_id: int, attempt_id: int) -> dict[str, Any] | None:
    """The attempt, its assignment's due date and config, and the viewer's role in the class."""
    found = await rows(ATTEMPT_SQL, viewer_id, attempt_id)
    return found[0] if found else None


async def results(attempt_id: int) -> list[TestResultView]:
    return await fetch(TestResultView, RESULTS_SQL, attempt_id)


async def status_of(attempt_id: int) -> str | None:
    found = await SubmissionAttempt.select(SubmissionAttempt.status).where(SubmissionAttempt.id == attempt_id).first()
    return found["status"] if found else None


async def summaries_of_student(
    user_id: int, assignment_id: int, question_id: int, *, limit: int, offset: int
) -> list[SubmissionSummary]:
    return await fetch(
        SubmissionSummary,
        f"SELECT {SUMMARY_COLUMNS} FROM submission_attempt s WHERE s.user_id = {{}} AND s.assignment = {{}} "
        "AND s.question = {} ORDER BY s.attempt_number DESC, s.id DESC LIMIT {} OFFSET {}",
        user_id,
        assignment_id,
        question_id,
        limit + 1,
        offset,
    )


async def summaries_of_assignment(
    assignment_id: int,
    *,
    student_id: int | None,
    question_id: int | None,
    status: str | None,
    limit: int,
    offset: int,
) -> list[SubmissionSummary]:
    return await fetch(
        SubmissionSummary,
        f"SELECT {SUMMARY_COLUMNS} FROM submission_attempt s WHERE s.assignment = {{}} "
        "AND ({} OR s.user_id = {}) AND ({} OR s.question = {}) AND ({} OR s.status = {}) "
        "ORDER BY s.submitted_at DESC, s.id DESC LIMIT {} OFFSET {}",
        assignment_id,
        student_id is None,
        student_id or 0,
        question_id is None,
        question_id or 0,
        status is None,
        status or "",
        limit + 1,
        offset,
    )
