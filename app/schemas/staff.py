"""Staff views: analytics, rejudges and the gradebook."""

from __future__ import annotations

from datetime import datetime

import msgspec

from app.grading_contract import PreviewScores
from app.schemas.exams import EffectiveDates
from tables.enums import GradebookPolicy


class QuestionStats(msgspec.Struct):
    question_id: int
    attempts: int
    distinct_students: int
    solved_students: int
    pass_rate: float
    avg_attempts_to_first_pass: float | None
    avg_seconds_to_first_pass: float | None
    verdict_histogram: dict[str, int]
    updated_at: datetime | None


class AssignmentStats(msgspec.Struct):
    assignment_id: int
    questions: list[QuestionStats]


class RejudgeStarted(msgspec.Struct):
    id: str
    total: int
    links: dict[str, str]


class RejudgeItem(PreviewScores, kw_only=True):
    changed: bool


class RejudgeBatch(msgspec.Struct):
    id: str
    total: int
    done: int
    published: bool
    items: list[RejudgeItem]
    question_id: int | None = None
    assignment_id: int | None = None
    publishing: bool = False
    # after publishing: whether overrides in force were kept, and the attempts whose override the publish removed
    keep_overrides: bool | None = None
    overrides_removed: list[int] = msgspec.field(default_factory=list)


class RejudgePublish(msgspec.Struct, forbid_unknown_fields=True):
    # false: the overrides in force on the rejudged attempts are removed, so the new scores count
    keep_overrides: bool = True


class GradebookColumn(msgspec.Struct):
    assignment_id: int
    assignment_title: str
    question_id: int
    slug: str
    points: float


class StudentDates(EffectiveDates):
    assignment_id: int


class GradebookRow(msgspec.Struct):
    id: int
    email: str
    display_name: str
    student_id: str | None
    scores: list[float | None]
    total: float
    extensions: list[StudentDates] = []  # the student's own dates where they have an extension
    active: bool = True  # false: the enrollment is inactive (no access); their grades stay listed


class Gradebook(msgspec.Struct):
    class_id: int
    policy: GradebookPolicy
    columns: list[GradebookColumn]
    max_total: float
    rows: list[GradebookRow]
