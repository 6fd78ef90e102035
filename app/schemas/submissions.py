from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec

from app.schemas.common import Text
from tables.enums import AttemptStatus, Language, Verdict, Visibility

TimeSpent = Annotated[int, msgspec.Meta(ge=0, le=10_000_000)]


class ProgressSave(msgspec.Struct, forbid_unknown_fields=True):
    code: Text
    time_spent: TimeSpent = 0
    base_revision: Annotated[int, msgspec.Meta(ge=0, le=2**31 - 1)] = 0


class ProgressDetail(msgspec.Struct):
    code: str
    time_spent: int
    revision: int
    updated_at: datetime


class SubmitCode(msgspec.Struct, forbid_unknown_fields=True):
    code: Text
    language: Language = Language.python


class SubmissionAccepted(msgspec.Struct):
    id: int
    status: AttemptStatus
    attempt_number: int
    links: dict[str, str]


class TestResultView(msgspec.Struct):
    test_id: int
    name: str
    visibility: Visibility
    passed: bool
    verdict: Verdict
    score: float
    time_ms: int | None  # None where the test is not revealed to the reader
    input: str | None = None
    expected: str | None = None
    output_excerpt: str | None = None


class SubmissionDetail(msgspec.Struct):
    id: int
    user_id: int
    assignment_id: int
    question_id: int
    attempt_number: int
    language: Language
    status: AttemptStatus
    verdict: Verdict | None
    score: float | None
    max_score: float | None
    execution_time_ms: int | None
    is_late: bool
    late_penalty: float
    submitted_at: datetime
    graded_at: datetime | None
    tests: list[TestResultView]
    error_reason: str | None = None
    auto_submitted: bool = False
    code: str | None = None  # the class's staff and the attempt's own student (null if storage is unreachable)
    results_released: bool = True  # false: an exam's results are held, the student sees the status only
    override: OverrideView | None = None  # the newest score override, which the gradebook counts


class SubmissionSummary(msgspec.Struct):
    id: int
    user_id: int
    question_id: int
    attempt_number: int
    status: AttemptStatus
    verdict: Verdict | None
    score: float | None
    max_score: float | None
    is_late: bool
    submitted_at: datetime
    auto_submitted: bool = False


class StaffSubmissionSummary(SubmissionSummary):
    """A row of the staff list: who the student is, and the due date that applies to them."""

    email: str = ""
    display_name: str = ""
    due_date: datetime | None = None


class OverrideCreate(msgspec.Struct, forbid_unknown_fields=True):
    score: Annotated[float, msgspec.Meta(ge=0, le=1_000_000)]
    reason: Annotated[str, msgspec.Meta(min_length=1, max_length=2000, pattern=r"^[^\x00]*$")]


class OverrideView(msgspec.Struct):
    id: int
    attempt_id: int
    author_id: int | None
    author_name: str | None
    old_score: float | None  # the attempt's counted score before this row
    new_score: float | None  # null: this row removed the override in force (the attempt counts its own score)
    reason: str
    created_at: datetime


class OverrideRemove(msgspec.Struct, forbid_unknown_fields=True):
    reason: Annotated[str, msgspec.Meta(min_length=1, max_length=2000, pattern=r"^[^\x00]*$")]


class CommentCreate(msgspec.Struct, forbid_unknown_fields=True):
    body: Annotated[str, msgspec.Meta(min_length=1, max_length=10_000, pattern=r"^[^\x00]*$")]
    line: Annotated[int, msgspec.Meta(ge=1, le=1_000_000)] | None = None  # null: on the whole attempt


class CommentView(msgspec.Struct):
    id: int
    attempt_id: int
    author_id: int | None
    author_name: str | None
    line: int | None
    body: str
    created_at: datetime
