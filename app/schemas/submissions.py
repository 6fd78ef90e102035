from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec

from app.schemas.common import Text
from tables.enums import Language

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
    status: str
    attempt_number: int
    links: dict[str, str]


class TestResultView(msgspec.Struct):
    test_id: int
    name: str
    visibility: str
    passed: bool
    verdict: str
    score: float
    time_ms: int
    input: str | None = None
    expected: str | None = None
    output_excerpt: str | None = None


class SubmissionDetail(msgspec.Struct):
    id: int
    user_id: int
    assignment_id: int
    question_id: int
    attempt_number: int
    language: str
    status: str
    verdict: str | None
    score: float | None
    max_score: float | None
    execution_time_ms: int | None
    is_late: bool
    late_penalty: float
    submitted_at: datetime
    graded_at: datetime | None
    tests: list[TestResultView]
    error_reason: str | None = None


class SubmissionSummary(msgspec.Struct):
    id: int
    user_id: int
    question_id: int
    attempt_number: int
    status: str
    verdict: str | None
    score: float | None
    max_score: float | None
    is_late: bool
    submitted_at: datetime
