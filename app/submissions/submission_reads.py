"""Reading attempts: one attempt for its student or class staff (with a long-poll until it is graded), its code
checked against its content address, and the lists of attempts for students and staff."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from typing import Any

import anyio
import msgspec

from app.adapters.blobstore import BlobStore, BlobStoreUnavailable, code_key
from app.common import access
from app.common.infra import Infra
from app.common.jsonb import as_struct
from app.common.pagination import page
from app.common.schemas import Page
from app.content import effective
from app.content.schemas import AssignmentConfig
from app.errors import InvalidInput, NotFound, ServiceUnavailable
from app.submissions import blob_outbox, longpoll, submission_queries
from app.submissions.code_cache import keep_code, recall_code
from app.submissions.longpoll import FINISHED
from app.submissions.schemas import StaffSubmissionSummary, SubmissionDetail, SubmissionSummary
from app.submissions.submission_views import detail_view, result_views
from tables.users import User

log = logging.getLogger(__name__)

MAX_WAIT_SECONDS = 30


async def load_attempt(user: User, attempt_id: int) -> dict[str, Any]:
    """The attempt with its context and the caller's role; 404 unless the caller is its student or class staff."""
    row = await submission_queries.attempt_with_context(user.id, attempt_id)
    if row is None:
        raise NotFound("submission not found")
    role = access.effective_role(user, row["role"])
    if role is None or (role not in access.STAFF and row["user_id"] != user.id):
        raise NotFound("submission not found")
    row["role"] = role
    return row


async def get_submission(user: User, attempt_id: int, *, wait: float, infra: Infra) -> SubmissionDetail:
    if not 0 <= wait <= MAX_WAIT_SECONDS:
        raise InvalidInput(f"wait must be between 0 and {MAX_WAIT_SECONDS} seconds", field="wait")
    row = await load_attempt(user, attempt_id)
    if wait and row["status"] not in FINISHED:
        async with longpoll.waiting_slot(infra.redis, user.id, infra.settings.longpolls_per_user, wait) as granted:
            if granted:
                await longpoll.wait_for_grading(infra.pubsub, attempt_id, wait)
                row = await load_attempt(user, attempt_id)
    staff = row["role"] in access.STAFF
    config = as_struct(row["config"], AssignmentConfig)
    now = datetime.now(UTC)
    released = staff or effective.released(row["mode"], config, row["results_released_at"], now)
    tests = []
    if released and row["status"] in FINISHED:  # results are written with the outcome, never before
        tests = result_views(
            await submission_queries.results(attempt_id),
            staff=staff,
            feedback=config.feedback,
            due_date=row["due_date"],
            now=now,
        )
    return detail_view(
        row,
        tests,
        staff=staff,
        released=released,
        code=await read_code(infra.blobstore, row, required=False),
        override=await submission_queries.newest_override(attempt_id) if released else None,
    )


async def read_code(blobstore: BlobStore, row: dict[str, Any], *, required: bool) -> str | None:
    """The attempt's code from S3 (or the blob outbox while S3 has not taken it), checked against its sha256 and
    content address (a copy checked before is kept in memory). Unreachable or not matching: None, or 503 when
    `required`."""
    if row["code_blob_ref"] == code_key(row["code_sha256"]) and (known := recall_code(row["code_sha256"])):
        return known
    problem = None
    try:
        blob = await anyio.to_thread.run_sync(blobstore.get, row["code_blob_ref"])
    except BlobStoreUnavailable as exc:
        blob = await blob_outbox.held(row["code_sha256"])
        problem = f"code storage is unavailable ({exc})"
    if blob is not None:
        sha256 = hashlib.sha256(blob).hexdigest()
        if sha256 == row["code_sha256"] and row["code_blob_ref"] == code_key(sha256):
            keep_code(sha256, code := blob.decode("utf-8", errors="replace"))
            return code
        problem = "the stored code does not match its recorded sha256"
    log.error("attempt %s: %s", row["id"], problem)
    if required:
        raise ServiceUnavailable(f"the code of this attempt cannot be read: {problem}", service="s3")
    return None


async def list_mine(user: User, item_id: int, question_id: int, *, limit: int, offset: int) -> Page[SubmissionSummary]:
    context = await access.assignment_context(user, item_id)
    rows = await submission_queries.summaries_of_student(
        user.id, context.assignment_id, question_id, limit=limit, offset=offset
    )
    config = as_struct(context.config, AssignmentConfig)
    if not effective.released(context.mode, config, context.results_released_at, datetime.now(UTC)):
        rows = [msgspec.structs.replace(row, verdict=None, score=None, max_score=None) for row in rows]
    return page(rows, limit, offset)


async def list_for_staff(
    user: User, item_id: int, *, filters: dict[str, Any], limit: int, offset: int
) -> Page[StaffSubmissionSummary]:
    """`filters`: student_id, question_id, status, verdict, email (None: any)."""
    context = await access.assignment_context(user, item_id, allowed=access.STAFF)
    rows = await submission_queries.summaries_of_assignment(
        context.assignment_id, **filters, limit=limit, offset=offset
    )
    return page(rows, limit, offset)
