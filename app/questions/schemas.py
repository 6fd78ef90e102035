from __future__ import annotations

from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from app.common.schemas import Order, Points, Slug, Text, Title
from tables.enums import CompareMode, Language, TestKind, ValidationState, Visibility

LimitMs = Annotated[int, msgspec.Meta(ge=100, le=60_000)]
LimitMb = Annotated[int, msgspec.Meta(ge=16, le=4096)]
LimitKb = Annotated[int, msgspec.Meta(ge=1, le=16_384)]
Tolerance = Annotated[float, msgspec.Meta(ge=0, le=1e6, description="only for the numeric_tolerance compare mode")]

CHECKER_CONTRACT = (
    "A Python program that judges the question's `checker` tests, in a sandbox of its own. For each checker test it "
    'reads one JSON object `{"input": ..., "expected": ..., "output": ...}` on stdin (the test\'s input, its '
    "expected output and the student's output) and prints one JSON object "
    '`{"passed": bool, "score": number 0..1 (optional, default 1 if passed else 0), "message": str (optional)}`. '
    "On update, null (or an empty string) removes the checker."
)
Checker = Annotated[str, msgspec.Meta(max_length=100_000, pattern=r"^[^\x00]*$", description=CHECKER_CONTRACT)]


class TestCaseCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: Title
    kind: TestKind = TestKind.io
    input: Text = ""
    expected: Text = ""
    compare_mode: CompareMode = CompareMode.trailing_whitespace
    tolerance: Tolerance | None = None
    weight: Points = 1.0
    visibility: Visibility = Visibility.visible
    order: Order | None = None


class TestCaseUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: Title | UnsetType = UNSET
    kind: TestKind | UnsetType = UNSET
    input: Text | UnsetType = UNSET
    expected: Text | UnsetType = UNSET
    compare_mode: CompareMode | UnsetType = UNSET
    tolerance: Tolerance | UnsetType = UNSET
    weight: Points | UnsetType = UNSET
    visibility: Visibility | UnsetType = UNSET
    order: Order | UnsetType = UNSET


class TestCaseDetail(msgspec.Struct):
    id: int
    name: str
    kind: TestKind
    input: str
    expected: str
    compare_mode: CompareMode
    tolerance: float
    weight: float
    visibility: Visibility
    order: int
    validation: (
        ValidationState  # pending, valid, invalid (the reference solution fails it), unchecked (no reference solution)
    )
    validation_reason: str


class QuestionCreate(msgspec.Struct, forbid_unknown_fields=True):
    slug: Slug
    title: Title
    prompt: Text = ""
    language: Language = Language.python
    starter_code: Text = ""
    reference_solution: Text = ""
    default_points: Points = 1.0
    time_limit_ms: LimitMs | None = None
    memory_limit_mb: LimitMb | None = None
    output_limit_kb: LimitKb | None = None
    checker: Checker | None = None
    shared_with_class_id: Annotated[int, msgspec.Meta(ge=1, le=2**31 - 1)] | None = None
    tests: Annotated[list[TestCaseCreate], msgspec.Meta(max_length=200)] = []


class QuestionUpdate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title | UnsetType = UNSET
    prompt: Text | UnsetType = UNSET
    language: Language | UnsetType = UNSET
    starter_code: Text | UnsetType = UNSET
    reference_solution: Text | UnsetType = UNSET
    default_points: Points | UnsetType = UNSET
    time_limit_ms: LimitMs | UnsetType | None = UNSET
    memory_limit_mb: LimitMb | UnsetType | None = UNSET
    output_limit_kb: LimitKb | UnsetType | None = UNSET
    checker: Checker | UnsetType | None = UNSET  # null (or an empty string) removes the checker
    archived: bool | UnsetType = UNSET


class QuestionSummary(msgspec.Struct):
    id: int
    slug: str
    title: str
    language: Language
    default_points: float
    archived: bool


class QuestionDetail(msgspec.Struct):
    id: int
    slug: str
    title: str
    prompt: str
    language: Language
    starter_code: str
    reference_solution: str
    default_points: float
    time_limit_ms: int | None
    memory_limit_mb: int | None
    output_limit_kb: int | None
    checker: str | None
    revision: int
    owner_id: int | None
    shared_with_class_id: int | None
    archived: bool
    tests: list[TestCaseDetail]
