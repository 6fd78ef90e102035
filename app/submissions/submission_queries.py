"""The SQL of submissions' reads (the attempt's insert and every status change: app/grading/attempts.py)."""

from __future__ import annotations

from typing import Any

import msgspec

from app.common.sql import fetch, fetch_one, rows
from app.grading.attempts import Inserted as Accepted
from app.submissions.schemas import OverrideView, StaffSubmissionSummary, SubmissionSummary, TestResultView
from tables.submissions import SubmissionAttempt

QUESTION_SQL = """
SELECT q.id, q.language, (SELECT count(*) FROM submission_attempt s WHERE s.user_id = :student
       AND s.assignment = :assignment AND s.question = q.id) AS used
FROM assignment_question aq JOIN questions q ON q.id = aq.question
WHERE aq.assignment = :assignment AND aq.question = :question
"""

# the due date is the attempt's student's own (their extension's, else the assignment's)
ATTEMPT_SQL = """
SELECT s.*, ci.id AS item_id, coalesce(x.due_date, ci.due_date) AS due_date, a.config, a.mode,
       a.results_released_at, m.class_id, c.settings AS class_settings, c.archived AS class_archived,
       (SELECT role FROM enrollments WHERE class_id = m.class_id AND user_id = :viewer AND active) AS role
FROM submission_attempt s
JOIN assignment a ON a.id = s.assignment
JOIN content_item ci ON ci.id = a.content_item
JOIN modules m ON m.id = ci.module
JOIN classes c ON c.id = m.class_id
LEFT JOIN extension x ON x.assignment = s.assignment AND x.student = s.user_id
WHERE s.id = :attempt
"""

RESULTS_SQL = """
SELECT r.test_case AS test_id, t.name, t.visibility, r.passed, r.verdict, r.score, r.time_ms, t.input, t.expected,
       r.output_excerpt
FROM test_result r JOIN test_cases t ON t.id = r.test_case
WHERE r.attempt = :attempt ORDER BY t.order_index, t.id
"""

SUMMARY_COLUMNS = (
    "s.id, s.user_id, s.question AS question_id, s.attempt_number, s.status, s.verdict, s.score, s.max_score, "
    "s.is_late, s.submitted_at, s.auto_submitted"
)
# the same columns for Piccolo's query builder
SUMMARY = (
    SubmissionAttempt.id,
    SubmissionAttempt.user_id,
    SubmissionAttempt.question.as_alias("question_id"),
    SubmissionAttempt.attempt_number,
    SubmissionAttempt.status,
    SubmissionAttempt.verdict,
    SubmissionAttempt.score,
    SubmissionAttempt.max_score,
    SubmissionAttempt.is_late,
    SubmissionAttempt.submitted_at,
    SubmissionAttempt.auto_submitted,
)


class AnsweredQuestion(msgspec.Struct):
    id: int
    language: str
    used: int


class StoredCode(msgspec.Struct):
    blob_key: str
    sha256: str
    size: int


class KeyedAttempt(Accepted):
    """The attempt an Idempotency-Key made, with what its request asked for (the body's fingerprint)."""

    assignment: int
    question: int
    language: str
    code_sha256: str


async def existing(user_id: int, idempotency_key: str) -> KeyedAttempt | None:
    found = (
        await SubmissionAttempt.select(
            SubmissionAttempt.id,
            SubmissionAttempt.attempt_number,
            SubmissionAttempt.status,
            SubmissionAttempt.assignment,
            SubmissionAttempt.question,
            SubmissionAttempt.language,
            SubmissionAttempt.code_sha256,
        )
        .where((SubmissionAttempt.user_id == user_id) & (SubmissionAttempt.idempotency_key == idempotency_key))
        .first()
    )
    return msgspec.convert(found, KeyedAttempt) if found else None


async def question_of_assignment(user_id: int, assignment_id: int, question_id: int) -> AnsweredQuestion | None:
    return await fetch_one(
        AnsweredQuestion, QUESTION_SQL, student=user_id, assignment=assignment_id, question=question_id
    )


async def attempt_with_context(viewer_id: int, attempt_id: int) -> dict[str, Any] | None:
    """The attempt, its assignment's due date and config, and the viewer's role in the class."""
    found = await rows(ATTEMPT_SQL, viewer=viewer_id, attempt=attempt_id)
    return found[0] if found else None


async def results(attempt_id: int) -> list[TestResultView]:
    return await fetch(TestResultView, RESULTS_SQL, attempt=attempt_id)


async def status_of(attempt_id: int) -> str | None:
    found = await SubmissionAttempt.select(SubmissionAttempt.status).where(SubmissionAttempt.id == attempt_id).first()
    return found["status"] if found else None


async def summaries_of_student(
    user_id: int, assignment_id: int, question_id: int, *, limit: int, offset: int
) -> list[SubmissionSummary]:
    found = (
        await SubmissionAttempt.select(*SUMMARY)
        .where(
            (SubmissionAttempt.user_id == user_id)
            & (SubmissionAttempt.assignment == assignment_id)
            & (SubmissionAttempt.question == question_id)
        )
        .order_by(SubmissionAttempt.attempt_number, SubmissionAttempt.id, ascending=False)
        .limit(limit + 1)
        .offset(offset)
    )
    return msgspec.convert(found, list[SubmissionSummary])


STAFF_SUMMARIES_SQL = f"""
SELECT {SUMMARY_COLUMNS}, u.email, u.display_name, coalesce(x.due_date, ci.due_date) AS due_date
FROM submission_attempt s
JOIN users u ON u.id = s.user_id
JOIN assignment a ON a.id = s.assignment
JOIN content_item ci ON ci.id = a.content_item
LEFT JOIN extension x ON x.assignment = s.assignment AND x.student = s.user_id
WHERE s.assignment = :assignment AND (:student::int IS NULL OR s.user_id = :student)
  AND (:question::int IS NULL OR s.question = :question)
  AND (:status::text IS NULL OR s.status = :status) AND (:verdict::text IS NULL OR s.verdict = :verdict)
  AND (:email::text IS NULL OR lower(u.email) = lower(:email))
ORDER BY s.submitted_at DESC, s.id DESC LIMIT :limit OFFSET :offset
"""


async def summaries_of_assignment(
    assignment_id: int,
    *,
    student_id: int | None,
    question_id: int | None,
    status: str | None,
    verdict: str | None,
    email: str | None,
    limit: int,
    offset: int,
) -> list[StaffSubmissionSummary]:
    return await fetch(
        StaffSubmissionSummary,
        STAFF_SUMMARIES_SQL,
        assignment=assignment_id,
        student=student_id,
        question=question_id,
        status=status,
        verdict=verdict,
        email=email,
        limit=limit + 1,
        offset=offset,
    )


OVERRIDES_SQL = """
SELECT o.id, o.attempt AS attempt_id, o.author AS author_id, u.display_name AS author_name, o.old_score,
       o.new_score, o.reason, o.created_at
FROM score_override o LEFT JOIN users u ON u.id = o.author
WHERE o.attempt = :attempt ORDER BY o.created_at DESC, o.id DESC LIMIT :limit OFFSET :offset
"""


async def overrides(attempt_id: int, *, limit: int, offset: int) -> list[OverrideView]:
    """An attempt's score overrides, newest (the counted one) first."""
    return await fetch(OverrideView, OVERRIDES_SQL, attempt=attempt_id, limit=limit, offset=offset)


async def newest_override(attempt_id: int) -> OverrideView | None:
    """The override in force: the newest row, unless it records the override's removal (no score)."""
    found = await overrides(attempt_id, limit=1, offset=0)
    return found[0] if found and found[0].new_score is not None else None
