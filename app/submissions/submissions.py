"""Submitting code and reading results.

submit: rules -> code to S3 under its sha256 -> the attempt inserted `queued` -> enqueued after commit. Redis down
leaves the attempt `queued` for the outbox sweeper; S3 down keeps the code in the blob outbox (PostgreSQL) until the
sweeper stores it, and the submit is accepted all the same.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from functools import partial
from typing import Any

import anyio
import asyncpg

from app.adapters.blobstore import BlobStore, BlobStoreUnavailable, code_key
from app.common import access, ratelimit
from app.common.infra import Infra
from app.common.jsonb import as_struct
from app.common.sql import transaction
from app.content import effective
from app.content.schemas import AssignmentConfig
from app.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    PayloadTooLarge,
    ServiceUnavailable,
    Unprocessable,
    field_error,
)
from app.grading import attempts
from app.grading.contract import enqueue_places, keep_waiting_code
from app.settings import Settings
from app.submissions import blob_outbox, submission_queries, submission_rules
from app.submissions.schemas import (
    SubmissionAccepted,
)
from app.submissions.submission_queries import AnsweredQuestion, StoredCode
from app.submissions.submission_views import accepted_view
from tables.users import User

log = logging.getLogger(__name__)
INSERT_RETRIES = 5


async def _replay(
    user_id: int, idempotency_key: str, request: tuple[int, int, str | None, str]
) -> SubmissionAccepted | None:
    """The attempt this key already made, if any; 422 when it was made for another request (`request`: the
    assignment, question, language and code sha256 of this one), as payment APIs answer a reused key."""
    found = await submission_queries.existing(user_id, idempotency_key)
    if found is None:
        return None
    assignment, question, language, sha256 = request
    if (found.assignment, found.question, found.code_sha256) != (assignment, question, sha256) or (
        language is not None and found.language != language  # left out: the question's own language
    ):
        raise Unprocessable(
            "this Idempotency-Key was already used for a different submission; send new code with a new key",
            reason="idempotency_key_reused",
            field="Idempotency-Key",
            errors=[field_error("Idempotency-Key", "already used for a different request body", "header")],
        )
    return accepted_view(found)


async def submit(
    *,
    user: User,
    item_id: int,
    question_id: int,
    code: str,
    language: str | None,
    idempotency_key: str | None,
    infra: Infra,
    automatic_at: datetime | None = None,
) -> SubmissionAccepted:
    """`automatic_at`: the exam clock submits for the student at the session's end (the rules are judged at that
    time, only a question never submitted gets one, no rate limit); the attempt is marked `auto_submitted`."""
    settings = infra.settings
    context = await access.assignment_context(user, item_id, allowed=access.STUDENTS)
    assignment_id: int = context.assignment_id
    encoded = sized_code(code, settings, context)
    request = (assignment_id, question_id, language, hashlib.sha256(encoded).hexdigest())
    if idempotency_key is not None and (replay := await _replay(user.id, checked_key(idempotency_key), request)):
        return replay
    now = automatic_at or datetime.now(UTC)
    question, config, dates = await open_question(
        user, context, question_id, language, now=now, in_session=automatic_at is None
    )
    language = question.language
    late = submission_rules.lateness(config, dates.due_date, now)
    attempts_limit = 1 if automatic_at else config.max_attempts
    submission_rules.check_attempts(config, question.used)
    if automatic_at is None:
        await _limit_rate(infra, user.id, assignment_id, question_id)
    stored = await _store_code(infra.blobstore, encoded)
    for _ in range(INSERT_RETRIES):
        try:
            accepted, dispatched = await _insert_and_dispatch(
                settings,
                attempts_limit=attempts_limit,
                user_id=user.id,
                assignment=assignment_id,
                question=question_id,
                language=language,
                stored=stored,
                idempotency_key=idempotency_key,
                is_late=late.is_late,
                late_penalty=late.penalty,
                auto_submitted=automatic_at is not None,
            )
        except asyncpg.UniqueViolationError as exc:
            # a concurrent submit took the attempt number (retry), or the same key (answer that attempt)
            key_taken = exc.constraint_name == "submission_attempt_idempotency_key"
            if key_taken and (replay := await _replay(user.id, idempotency_key, request)):
                return replay
            if exc.constraint_name == "submission_attempt_number_key":
                continue
            raise
        if accepted is None:
            submission_rules.check_attempts(config, attempts_limit or 0)
            raise Conflict("this question was already submitted", reason="already_submitted")
        await _enqueue(settings, dispatched, accepted.id, code)
        return accepted_view(accepted)
    raise ServiceUnavailable("too many concurrent submissions for this question; try again")


def checked_key(idempotency_key: str) -> str:
    if not 1 <= len(idempotency_key) <= 200 or "\x00" in idempotency_key:
        raise InvalidInput("Idempotency-Key must be 1 to 200 characters", field="Idempotency-Key")
    return idempotency_key


async def _limit_rate(infra: Infra, user_id: int, assignment_id: int, question_id: int) -> None:
    """Per question, and across questions: a ten-question assignment is not ten times the limit."""
    settings = infra.settings
    key = f"submit:{user_id}:{assignment_id}:{question_id}"
    await ratelimit.enforce(infra.redis, key, settings.submit_rate_per_minute, "submissions for this question")
    await ratelimit.enforce(infra.redis, f"submit:{user_id}", settings.submit_total_rate_per_minute, "submissions")


async def _enqueue(settings: Settings, dispatched: list[attempts.Dispatch], attempt_id: int, code: str) -> None:
    """After commit; the code travels with our own attempt's job, or waits with it in Redis while the attempt waits
    (older attempts given places here take the codes kept for them)."""
    if all(place.attempt_id != attempt_id for place in dispatched):
        await anyio.to_thread.run_sync(keep_waiting_code, settings, attempt_id, code)
    await anyio.to_thread.run_sync(partial(enqueue_places, settings, dispatched, at_hand={attempt_id: code}))


async def _insert_and_dispatch(
    settings: Settings, *, attempts_limit: int | None, stored: StoredCode, **values: Any
) -> tuple[attempts.Inserted | None, list[attempts.Dispatch]]:
    """The attempt and its place in the lane (or a wait behind its student's earlier ones), in one transaction."""
    values.update(blob_key=stored.blob_key, sha256=stored.sha256, size=stored.size)
    async with transaction() as connection:
        await attempts.lock_student(connection, values["user_id"])  # a student's submits numbered one at a time
        inserted = await attempts.insert(connection, attempts_limit=attempts_limit, **values)
        if inserted is None:
            return None, []
        cap = settings.grading_inflight_per_student
        return inserted, await attempts.dispatch(connection, inserted.id, cap, student_locked=True)


def sized_code(code: str, settings: Settings, context: access.ItemContext) -> bytes:
    """The code as bytes, from a student of an open class, not empty, within the size limit."""
    submission_rules.check_class_open(context.class_archived)
    if not code.strip():
        raise InvalidInput("the code is empty", field="code", errors=[field_error("code", "empty")])
    encoded = code.encode()
    if len(encoded) > settings.max_code_bytes:
        raise PayloadTooLarge(f"code is larger than {settings.max_code_bytes} bytes", limit=settings.max_code_bytes)
    return encoded


async def open_question(
    user: User,
    context: access.ItemContext,
    question_id: int,
    language: str | None,
    *,
    now: datetime,
    in_session: bool = True,
) -> tuple[AnsweredQuestion, AssignmentConfig, effective.EffectiveDates]:
    """The question of the assignment (`context`) in its language (None: whatever the question's is), while the
    assignment's window (and for an exam, the student's session) is open at `now`: the rules a submission and a run
    share."""
    question = await submission_queries.question_of_assignment(user.id, context.assignment_id, question_id)
    if question is None:
        raise NotFound("this question is not part of the assignment")
    if language is not None and language != question.language:
        raise InvalidInput(f"this question is answered in {question.language}", field="language")
    config = as_struct(context.config, AssignmentConfig)
    dates = effective.of_context(context, config)
    submission_rules.check_window(dates, context.mode, now)
    if in_session:
        submission_rules.check_session(context.mode, context.session_ends_at, now)
    return question, config, dates


async def _store_code(blobstore: BlobStore, encoded: bytes) -> StoredCode:
    """In S3 under its sha256, or, while S3 is down, in the blob outbox under the same address."""
    sha256 = hashlib.sha256(encoded).hexdigest()
    try:
        await anyio.to_thread.run_sync(blobstore.put_code, encoded)
    except BlobStoreUnavailable as exc:
        log.warning("S3 unavailable at submit, the code waits in the blob outbox: %s", exc)
        await blob_outbox.keep(sha256, encoded)
    return StoredCode(blob_key=code_key(sha256), sha256=sha256, size=len(encoded))
