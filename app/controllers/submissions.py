from __future__ import annotations

from typing import Annotated

from litestar import Controller, get, post, put
from litestar.params import Parameter

from app.common.infra import Infra
from app.common.pagination import window
from app.common.schemas import Page
from app.controllers.params import Cursor, Limit
from app.submissions import progress, submission_reads, submissions
from app.submissions.schemas import (
    ProgressDetail,
    ProgressSave,
    StaffSubmissionSummary,
    SubmissionAccepted,
    SubmissionDetail,
    SubmissionSummary,
    SubmitCode,
)
from tables.enums import AttemptStatus, Verdict
from tables.users import User

IdempotencyKey = Annotated[str | None, Parameter(header="Idempotency-Key", max_length=200)]


class ProgressController(Controller):
    """A student's autosaved code of one question."""

    path = "/assignments/{item_id:int}/questions/{question_id:int}/progress"
    tags = ["submissions"]

    @put("/")
    async def save_progress(
        self, user: User, item_id: int, question_id: int, data: ProgressSave, infra: Infra
    ) -> ProgressDetail:
        """Autosave; `base_revision` is the revision you last saw (0 for the first save); stale ones get 409, too
        many a minute 429 (`Retry-After`)."""
        return await progress.save(
            user,
            item_id,
            question_id,
            code=data.code,
            time_spent=data.time_spent,
            base_revision=data.base_revision,
            infra=infra,
        )

    @get("/")
    async def load_progress(self, user: User, item_id: int, question_id: int) -> ProgressDetail:
        """The caller's autosaved code for this question; 404 when nothing is saved yet."""
        return await progress.load(user, item_id, question_id)


class AssignmentSubmissionController(Controller):
    """Submitting to an assignment's question, and the attempts of an assignment."""

    path = "/assignments/{item_id:int}"
    tags = ["submissions"]

    @post("/questions/{question_id:int}/submissions", status_code=202, problems=(429,))
    async def submit(
        self,
        user: User,
        item_id: int,
        question_id: int,
        data: SubmitCode,
        infra: Infra,
        idempotency_key: IdempotencyKey = None,
    ) -> SubmissionAccepted:
        """Submit code for grading: stored, queued and answered 202 at once; poll `GET /submissions/{id}?wait=N`."""
        return await submissions.submit(
            user=user,
            item_id=item_id,
            question_id=question_id,
            code=data.code,
            language=data.language,
            idempotency_key=idempotency_key,
            infra=infra,
        )

    @get("/questions/{question_id:int}/submissions")
    async def list_mine(
        self, user: User, item_id: int, question_id: int, limit: Limit = None, cursor: Cursor = None
    ) -> Page[SubmissionSummary]:
        """The caller's own attempts at this question, newest first."""
        size, offset = window(limit, cursor)
        return await submission_reads.list_mine(user, item_id, question_id, limit=size, offset=offset)

    @get("/submissions")
    async def list_for_staff(
        self,
        user: User,
        item_id: int,
        user_id: Annotated[int | None, Parameter(ge=1, le=2**31 - 1)] = None,
        question_id: Annotated[int | None, Parameter(ge=1, le=2**31 - 1)] = None,
        status: AttemptStatus | None = None,
        verdict: Verdict | None = None,
        email: Annotated[str | None, Parameter(min_length=1, max_length=254)] = None,
        limit: Limit = None,
        cursor: Cursor = None,
    ) -> Page[StaffSubmissionSummary]:
        """Every attempt of the assignment, newest first, with each student's email, name and own due date."""
        size, offset = window(limit, cursor)
        return await submission_reads.list_for_staff(
            user,
            item_id,
            filters={
                "student_id": user_id,
                "question_id": question_id,
                "status": status,
                "verdict": verdict,
                "email": email,
            },
            limit=size,
            offset=offset,
        )


class SubmissionController(Controller):
    """One attempt by its own id."""

    path = "/submissions"
    tags = ["submissions"]

    @get("/{attempt_id:int}")
    async def get_submission(
        self, user: User, attempt_id: int, infra: Infra, wait: Annotated[float, Parameter(ge=0, le=30)] = 0
    ) -> SubmissionDetail:
        """The attempt and its per-test results; `?wait=N` returns as soon as grading finishes (N ≤ 30 s)."""
        return await submission_reads.get_submission(user, attempt_id, wait=wait, infra=infra)
