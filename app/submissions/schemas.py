from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec

from app.common.schemas import Text
from app.grading.contract import RunTestResult
from tables.enums import AttemptStatus, Language, RunMode, RunStatus, Verdict, Visibility

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
    language: Language | None = None


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


Stdin = Annotated[str, msgspec.Meta(max_length=65_536, pattern=r"^[^\x00]*$")]


class RunCode(msgspec.Struct, forbid_unknown_fields=True):
    """Either `stdin` (run on this input) or `tests: "visible"` (run against the question's visible tests)."""

    code: Text
    language: Language
    stdin: Stdin | None = None
    tests: Literal["visible"] | None = None


class RunAccepted(msgspec.Struct):
    id: int
    status: RunStatus
    links: dict[str, str]


class RunDetail(msgspec.Struct):
    """`verdict` on custom input: `accepted` (the program ran to completion), time_limit, memory_limit,
    output_limit, runtime_error or compile_error, with its `stdout` and an excerpt of `stderr`; against the visible
    tests: the first failing test's verdict, and one result per test under `tests`."""

    id: int
    assignment_id: int
    question_id: int
    language: Language
    mode: RunMode
    status: RunStatus
    created_at: datetime
    finished_at: datetime | None
    verdict: Verdict | None = None
    time_ms: int | None = None
    stdout: str | None = None
    stderr: str | None = None
    tests: list[RunTestResult] | None = None


class LanguageView(msgspec.Struct):
    id: str
    name: str
    version: str | None  # as the workers found the installed toolchain; null until a worker has reported it
    source_file: str
    test_kinds: list[str]
