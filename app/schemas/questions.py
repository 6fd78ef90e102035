from __future__ import annotations

from typing import Annotated

import msgspec

from app.schemas.common import Order, Points, Slug, Text, Title
from tables.enums import CompareMode, Language, TestKind, Visibility

LimitMs = Annotated[int, msgspec.Meta(ge=100, le=60_000)]
LimitMb = Annotated[int, msgspec.Meta(ge=16, le=4096)]
LimitKb = Annotated[int, msgspec.Meta(ge=1, le=16_384)]


class TestCaseCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: Title
    kind: TestKind = TestKind.io
    input: Text = ""
    expected: Text = ""
    compare_mode: CompareMode = CompareMode.trailing_whitespace
    tolerance: Annotated[float, msgspec.Meta(ge=0, le=1e6)] = 1e-6
    weight: Points = 1.0
    visibility: Visibility = Visibility.visible
    order: Order | None = None


class TestCaseUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: Title | None = None
    kind: TestKind | None = None
    input: Text | None = None
    expected: Text | None = None
    compare_mode: CompareMode | None = None
    tolerance: Annotated[float, msgspec.Meta(ge=0, le=1e6)] | None = None
    weight: Points | None = None
    visibility: Visibility | None = None
    order: Order | None = None


class TestCaseDetail(msgspec.Struct):
    id: int
    name: str
    kind: str
    input: str
    expected: str
    compare_mode: str
    tolerance: float
    weight: float
    visibility: str
    order: int


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
    shared_with_class_id: Annotated[int, msgspec.Meta(ge=1, le=2**31 - 1)] | None = None
    tests: Annotated[list[TestCaseCreate], msgspec.Meta(max_length=200)] = []


class QuestionUpdate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title | None = None
    prompt: Text | None = None
    language: Language | None = None
    starter_code: Text | None = None
    reference_solution: Text | None = None
    default_points: Points | None = None
    time_limit_ms: LimitMs | None = None
    memory_limit_mb: LimitMb | None = None
    output_limit_kb: LimitKb | None = None
    archived: bool | None = None


class QuestionSummary(msgspec.Struct):
    id: int
    slug: str
    title: str
    language: str
    default_points: float
    archived: bool


class QuestionDetail(msgspec.Struct):
    id: int
    slug: str
    title: str
    prompt: str
    language: str
    starter_code: str
    reference_solution: str
    default_points: float
    time_limit_ms: int | None
    memory_limit_mb: int | None
    output_limit_kb: int | None
    owner_id: int | None
    shared_with_class_id: int | None
    archived: bool
    tests: list[TestCaseDetail]
