"""Submitting code and reading results.

submit: rules -> code to S3 under its sha256 -> the attempt inserted `queued` -> enqueued after commit. Redis down
leaves the attempt `queued` for the outbox sweeper; S3 down answers 503 with nothing written.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

import anyio
import asyncpg
from redis.asyncio import Redis

from app.adapters.blobstore import BlobStore, BlobStoreUnavailable
from app.errors import InvalidInput, NotFound, PayloadTooLarge, ServiceUnavailable
from app.grading_contract import enqueue_grading, result_channel
from app.schemas.common import Page
from app.schemas.submissions import SubmissionAccepted, SubmissionDetail, SubmissionSummary, TestResultView
from app.services import access, ratelimit, submission_rules
from app.services.content import test_is_revealed
from app.services.jsonb import as_dict
from app.services.pagination import page
from app.settings import Settings
from tables.enums import AttemptStatus, Feedback
from tables.submissions import SubmissionAttempt
from tables.users import User

log = logging.getLogger(__name__)
MAX_WAIT_SECONDS = 30
INSERT_RETRIES = 5
FINISHED = frozenset({AttemptStatus.graded, AttemptStatus.error})

INSERT_SQL = """
INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, code_sha256,
    code_size, idempotency_key, is_late, late_penalty, submitted_at, status, tries)
SELECT {}, {}, {}, coalesce(max(attempt_number), 0) + 1, {}, {}, {}, {}, {}, {}, {}, now(), 'queued', 0
FROM submission_attempt WHERE user_id = {} AND assignment = {} AND question = {}
RETURNING id, attempt_number, status
"""


def _links(attempt_id: int) -> dict[str, str]:
    return {"self": f"/api/submissions/{attempt_id}", "wait": f"/api/submissions/{attempt_id}?wait=10"}


async def _question_of_assignment(context: dict[str, Any], question_id: int) -> dict[str, Any]:
    rows = await SubmissionAttempt.raw(
        "SELECT q.id, q.language, (SELECT count(*) FROM submission_attempt s WHERE s.user_id = {} "
        "AND s.assignment = {} AND s.question = q.id) AS used FROM assignment_question aq "
        "JOIN questions q ON q.id = aq.question WHERE aq.assignment = {} AND aq.question = {}",
        context["user_id"],
        context["assignment_id"],
        context["assignment_id"],
        question_id,
    )
    if not rows:
        raise NotFound("this question is not part of the assignment")
    return rows[0]


async def _existing(user_id: int, idempotency_key: str) -> SubmissionAccepted | None:
    rows = await SubmissionAttempt.raw(
        "SELECT id, attempt_number, status FROM submission_attempt WHERE user_id = {} AND idempotency_key = {}",
        user_id,
        idempotency_key,
    )
    if not rows:
        return None
    row = rows[0]
    return SubmissionAccepted(
        id=row["id"], status=row["status"], attempt_number=row["attempt_number"], links=_links(row["id"])
    )


async def submit(
    *,
    user: User,
    item_id: int,
    question_id: int,
    code: str,
    language: str,
    idempotency_key: str | None,
    redis: Redis,
    blobstore: BlobStore,
    settings: Settings,
) -> SubmissionAccepted:
    context = await access.assignment_context(user, item_id, allowed=access.STUDENTS)
    context["user_id"] = user.id
    encoded = code.encode()
    if len(encoded) > settings.max_code_bytes:
        raise PayloadTooLarge(f"code is larger than {settings.max_code_bytes} bytes", limit=settings.max_code_bytes)
    if idempotency_key is not None:
        if not 1 <= len(idempotency_key) <= 200 or "\x00" in idempotency_key:
            raise InvalidInput("Idempotency-Key must be 1 to 200 characters", field="Idempotency-Key")
        if replay := await _existing(user.id, idempotency_key):
            return replay
    question = await _question_of_assignment(context, question_id)
    if language != question["language"]:
        raise InvalidInput(f"this question is answered in {question['language']}", field="language")
    config = as_dict(context["config"])
    now = datetime.now(UTC)
    submission_rules.check_window(config, context["mode"], now)
    late = submission_rules.lateness(config, context["due_date"], now)
    submission_rules.check_attempts(config, question["used"])
    await ratelimit.enforce(
        redis,
        f"submit:{user.id}:{context['assignment_id']}:{question_id}",
        settings.submit_rate_per_minute,
        "submissions for this question",
    )
    try:
        blob_key, sha256 = await anyio.to_thread.run_sync(blobstore.put_code, encoded)
    except BlobStoreUnavailable as exc:
        log.error("S3 unavailable at submit: %s", exc)
        raise ServiceUnavailable(
            "code storage is unavailable; nothing was saved, try again shortly", service="s3"
        ) from exc
    accepted = await _insert(context, question_id, language, blob_key, sha256, len(encoded), idempotency_key, late)
    if accepted.status == AttemptStatus.queued:
        await anyio.to_thread.run_sync(enqueue_grading, settings, accepted.id, context["mode"])
    return accepted


async def _insert(context, question_id, language, blob_key, sha256, size, idempotency_key, late) -> SubmissionAccepted:
    """Attempt numbers are taken without races: a concurrent submit that took the number makes us retry."""
    for _ in range(INSERT_RETRIES):
        try:
            rows = await SubmissionAttempt.raw(
                INSERT_SQL,
                context["user_id"],
                context["assignment_id"],
                question_id,
                language,
                blob_key,
                sha256,
                size,
                idempotency_key,
                late.is_late,
                late.penalty,
                context["user_id"],
                context["assignment_id"],
                question_id,
            )
        except asyncpg.UniqueViolationError as exc:
            if exc.constraint_name == "submission_attempt_idempotency_key":
                replay = await _existing(context["user_id"], idempotency_key)
                if replay is not None:
                    return replay
            if exc.constraint_name == "submission_attempt_number_key":
                continue
            raise
        row = rows[0]
        return SubmissionAccepted(
            id=row["id"], status=row["status"], attempt_number=row["attempt_number"], links=_links(row["id"])
        )
    raise ServiceUnavailable("too many concurrent submissions for this question; try again")


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


async def _load_attempt(user: User, attempt_id: int) -> dict[str, Any]:
    rows = await SubmissionAttempt.raw(ATTEMPT_SQL, user.id, attempt_id)
    if not rows:
        raise NotFound("submission not found")
    row = rows[0]
    role = access.effective_role(user, row["role"])
    if role is None or (role not in access.STAFF and row["user_id"] != user.id):
        raise NotFound("submission not found")
    row["role"] = role
    return row


def _result_views(rows: list[dict[str, Any]], *, staff: bool, feedback: str, due_date, now) -> list[TestResultView]:
    if not staff and feedback == Feedback.none:
        return []
    views = []
    for r in rows:
        revealed = staff or (feedback == Feedback.full and test_is_revealed(r["visibility"], due_date, now))
        views.append(
            TestResultView(
                test_id=r["test_id"],
                name=r["name"],
                visibility=r["visibility"],
                passed=r["passed"],
                verdict=r["verdict"],
                score=r["score"],
                time_ms=r["time_ms"],
                input=r["input"] if revealed else None,
                expected=r["expected"] if revealed else None,
                output_excerpt=r["output_excerpt"] if revealed else None,
            )
        )
    return views


async def _wait_for_grading(redis: Redis, attempt_id: int, seconds: float) -> None:
    """Return when the worker announces this attempt is done, or after `seconds` (falls back to polling)."""
    try:
        pubsub = redis.pubsub()
        await pubsub.subscribe(result_channel(attempt_id))
    except Exception as exc:
        log.warning("long-poll without Redis: %s", exc)
        await asyncio.sleep(min(seconds, 0.5))
        return
    try:
        # the attempt may have finished between our read and the subscription
        rows = await SubmissionAttempt.raw("SELECT status FROM submission_attempt WHERE id = {}", attempt_id)
        if rows and rows[0]["status"] in FINISHED:
            return
        deadline = asyncio.get_running_loop().time() + seconds
        while (remaining := deadline - asyncio.get_running_loop().time()) > 0:
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=min(remaining, 1.0))
            if message is not None:
                return
            rows = await SubmissionAttempt.raw("SELECT status FROM submission_attempt WHERE id = {}", attempt_id)
            if rows and rows[0]["status"] in FINISHED:
                return
    finally:
        try:
            await pubsub.unsubscribe()
            await pubsub.aclose()
        except Exception:
            pass


async def get_submission(user: User, attempt_id: int, *, wait: float, redis: Redis) -> SubmissionDetail:
    if not 0 <= wait <= MAX_WAIT_SECONDS:
        raise InvalidInput(f"wait must be between 0 and {MAX_WAIT_SECONDS} seconds", field="wait")
    row = await _load_attempt(user, attempt_id)
    if wait and row["status"] not in FINISHED:
        await _wait_for_grading(redis, attempt_id, wait)
        row = await _load_attempt(user, attempt_id)
    staff = row["role"] in access.STAFF
    config = as_dict(row["config"])
    results = await SubmissionAttempt.raw(RESULTS_SQL, attempt_id)
    return SubmissionDetail(
        id=row["id"],
        user_id=row["user_id"],
        assignment_id=row["item_id"],
        question_id=row["question"],
        attempt_number=row["attempt_number"],
        language=row["language"],
        status=row["status"],
        verdict=row["verdict"],
        score=row["score"],
        max_score=row["max_score"],
        execution_time_ms=row["execution_time_ms"],
        is_late=row["is_late"],
        late_penalty=row["late_penalty"],
        submitted_at=row["submitted_at"],
        graded_at=row["graded_at"],
        tests=_result_views(
            results,
            staff=staff,
            feedback=config.get("feedback", Feedback.full),
            due_date=row["due_date"],
            now=datetime.now(UTC),
        ),
        error_reason=row["error_reason"] if staff else None,
    )


SUMMARY_COLUMNS = (
    "s.id, s.user_id, s.question AS question_id, s.attempt_number, s.status, s.verdict, s.score, s.max_score, "
    "s.is_late, s.submitted_at"
)


async def list_mine(user: User, item_id: int, question_id: int, *, limit: int, offset: int) -> Page[SubmissionSummary]:
    context = await access.assignment_context(user, item_id)
    rows = await SubmissionAttempt.raw(
        f"SELECT {SUMMARY_COLUMNS} FROM submission_attempt s WHERE s.user_id = {{}} AND s.assignment = {{}} "
        "AND s.question = {} ORDER BY s.attempt_number DESC, s.id DESC LIMIT {} OFFSET {}",
        user.id,
        context["assignment_id"],
        question_id,
        limit + 1,
        offset,
    )
    return page([SubmissionSummary(**row) for row in rows], limit, offset)


async def list_for_staff(
    user: User,
    item_id: int,
    *,
    student_id: int | None,
    question_id: int | None,
    status: str | None,
    limit: int,
    offset: int,
) -> Page[SubmissionSummary]:
    context = await access.assignment_context(user, item_id, allowed=access.STAFF)
    rows = await SubmissionAttempt.raw(
        f"SELECT {SUMMARY_COLUMNS} FROM submission_attempt s WHERE s.assignment = {{}} "
        "AND ({} OR s.user_id = {}) AND ({} OR s.question = {}) AND ({} OR s.status = {}) "
        "ORDER BY s.submitted_at DESC, s.id DESC LIMIT {} OFFSET {}",
        context["assignment_id"],
        student_id is None,
        student_id or 0,
        question_id is None,
        question_id or 0,
        status is None,
        status or "",
        limit + 1,
        offset,
    )
    return page([SubmissionSummary(**row) for row in rows], limit, offset)
