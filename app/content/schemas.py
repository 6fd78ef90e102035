"""Content items: a tagged union on `type`, addressed everywhere by the content item's id."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, UnsetType

from app.common.schemas import Id, Points, Text, Title
from tables.enums import (
    AssignmentMode,
    CompareMode,
    Feedback,
    Language,
    LatePolicyMode,
    TestKind,
    ValidationState,
    Visibility,
)


class LatePolicy(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    mode: LatePolicyMode = LatePolicyMode.reject
    penalty_per_day: Annotated[float, msgspec.Meta(ge=0, le=1)] = 0.0
    max_penalty: Annotated[float, msgspec.Meta(ge=0, le=1)] = 1.0


class AssignmentConfig(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    """An assignment's settings; a PATCH merges into them (JSON Merge Patch: app/common/merge_patch.py)."""

    max_attempts: Annotated[int, msgspec.Meta(ge=1, le=10_000)] | None = None
    available_from: datetime | None = None
    available_until: datetime | None = None
    exam_time_limit_minutes: Annotated[int, msgspec.Meta(ge=1, le=100_000)] | None = None
    late_policy: LatePolicy = msgspec.field(default_factory=LatePolicy)
    feedback: Feedback = Feedback.full
    feedback_release_at: datetime | None = None  # exam results are held from students until then (or a release)


# a JSON Merge Patch (RFC 7396) over the stored AssignmentConfig: keys sent replace, null removes, others stay
ConfigPatch = Annotated[
    dict[str, Any],
    msgspec.Meta(description="JSON Merge Patch over the assignment's config (keys as in AssignmentConfig)"),
]


class AssignmentCreate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title
    mode: AssignmentMode = AssignmentMode.practice
    description: Text = ""
    due_date: datetime | None = None
    config: AssignmentConfig = msgspec.field(default_factory=AssignmentConfig)


class AssignmentUpdate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title | UnsetType = UNSET
    mode: AssignmentMode | UnsetType = UNSET
    description: Text | UnsetType = UNSET
    due_date: datetime | UnsetType | None = UNSET
    config: ConfigPatch | UnsetType = UNSET


class PageCreate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title
    body: Text = ""
    description: Text = ""


class PageUpdate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title | UnsetType = UNSET
    body: Text | UnsetType = UNSET
    description: Text | UnsetType = UNSET


class Publish(msgspec.Struct, forbid_unknown_fields=True):
    published: bool


class AssignmentItem(msgspec.Struct, tag_field="type", tag="assignment"):
    id: int
    module_id: int
    title: str
    description: str
    is_published: bool
    due_date: datetime | None
    order_index: int
    mode: AssignmentMode
    config: dict


class PageItem(msgspec.Struct, tag_field="type", tag="page"):
    id: int
    module_id: int
    title: str
    description: str
    is_published: bool
    due_date: datetime | None
    order_index: int
    body: str


ContentItemDetail = AssignmentItem | PageItem


class AttachQuestion(msgspec.Struct, forbid_unknown_fields=True):
    question_id: Id
    custom_points: Points | None = None


class UpdateAssignmentQuestion(msgspec.Struct, forbid_unknown_fields=True):
    custom_points: Points | None


class ItemOrder(msgspec.Struct, forbid_unknown_fields=True):
    item_ids: Annotated[list[Id], msgspec.Meta(max_length=1000)]


class QuestionOrder(msgspec.Struct, forbid_unknown_fields=True):
    question_ids: Annotated[list[Id], msgspec.Meta(max_length=1000)]


class TestCaseView(msgspec.Struct, omit_defaults=False):
    id: int
    name: str
    kind: TestKind
    visibility: Visibility
    input: str | None = None
    expected: str | None = None
    compare_mode: CompareMode | None = None
    weight: float | None = None
    validation: ValidationState | None = (
        None  # staff only: pending, valid, invalid or unchecked (see the question bank)
    )
    validation_reason: str | None = None


class AssignmentQuestionView(msgspec.Struct):
    question_id: int
    slug: str
    title: str
    order: int
    points: float
    custom_points: float | None
    language: Language
    prompt: str
    starter_code: str
    tests: list[TestCaseView]
    hidden_test_count: int
    reference_solution: str | None = None


class AssignmentDetail(msgspec.Struct):
    id: int
    type: Literal["assignment"]
    module_id: int
    class_id: int
    title: str
    description: str
    mode: AssignmentMode
    is_published: bool
    due_date: datetime | None
    config: dict
    total_points: float
    questions: list[AssignmentQuestionView]
    questions_locked: str | None = None  # students: why an exam's questions are not shown yet
    dates: EffectiveDates | None = None  # students: their own dates (with their extension)
    session: ExamSessionView | None = None  # students: their exam session, once started
    results_released: bool = True  # false while an exam's results are held from students


ExtraMinutes = Annotated[int, msgspec.Meta(ge=0, le=100_000)]


class EffectiveDates(msgspec.Struct):
    """One student's dates for an assignment: the assignment's own, or the student's extension where it has one."""

    due_date: datetime | None
    available_from: datetime | None
    available_until: datetime | None
    time_limit_minutes: int | None
    extra_minutes: int
    extended: bool


class ExamSessionView(msgspec.Struct):
    assignment_id: int
    started_at: datetime
    ends_at: datetime
    now: datetime  # the server's clock: the only one that counts
    remaining_seconds: int
    running: bool
    dates: EffectiveDates


class ExtensionSet(msgspec.Struct, forbid_unknown_fields=True):
    """Each optional: extra minutes for exam sessions, a personal due date, a personal window end."""

    extra_minutes: ExtraMinutes = 0
    due_date: datetime | None = None
    available_until: datetime | None = None


class ExtensionView(msgspec.Struct):
    assignment_id: int
    user_id: int
    extra_minutes: int
    due_date: datetime | None
    available_until: datetime | None
    dates: EffectiveDates
    session_ends_at: datetime | None = None


class Release(msgspec.Struct):
    assignment_id: int
    released_at: datetime
