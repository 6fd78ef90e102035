"""A student's own grades in a class."""

from __future__ import annotations

from datetime import datetime

import msgspec

from app.content.schemas import EffectiveDates
from tables.enums import AssignmentMode, GradebookPolicy, GradeCause


class QuestionGrade(msgspec.Struct):
    question_id: int
    slug: str
    title: str
    points: float
    score: float | None  # the counted score (best or last per the class, override and late penalty applied)
    overridden: bool
    attempts_used: int
    attempts_left: int | None  # null: unlimited


class AssignmentGrades(msgspec.Struct):
    assignment_id: int
    title: str
    mode: AssignmentMode
    results_released: bool  # false: an exam's scores are held (null) until staff release them
    dates: EffectiveDates
    score: float | None
    max_score: float
    questions: list[QuestionGrade]


class MyGrades(msgspec.Struct):
    class_id: int
    policy: GradebookPolicy
    total: float
    max_total: float
    assignments: list[AssignmentGrades]


class GradeEventView(msgspec.Struct):
    """One change of a student's counted question grade, as the ledger recorded it."""

    seq: int  # the ledger's sequence number: page with `after=` the last one you read
    student_id: int  # the student's user id
    assignment_id: int  # the assignment's content item id
    question_id: int
    attempt_id: int | None  # the attempt that counts after the change (null: none counts any more)
    old_score: float | None  # null: nothing counted (for `released`: nothing was shown)
    new_score: float | None
    cause: GradeCause
    held: bool  # an exam's result not yet released: not for students or integrations until a `released` event
    actor_id: int | None  # who made the change (null: the workers or the exam clock)
    created_at: datetime


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


class SnapshotQuestion(msgspec.Struct):
    question_id: int
    slug: str
    title: str
    points: float  # points possible in this assignment


class SnapshotAssignment(msgspec.Struct):
    assignment_id: int  # the content item's id, as `assignment_id` of grade events
    title: str
    mode: AssignmentMode
    published: bool
    held: bool  # an exam whose results are not released: its grades are not for students or integrations yet
    max_score: float
    questions: list[SnapshotQuestion]


class SnapshotStudent(msgspec.Struct):
    user_id: int  # the `student_id` of grade events
    email: str
    display_name: str
    student_id: str | None  # the roster's student number
    enrolled: bool  # enrolled in the class as a student now (false: has grades here but left, or changed role)


class SnapshotGrade(msgspec.Struct):
    user_id: int
    assignment_id: int
    question_id: int
    score: float
    sequence: int | None  # the ledger event that last moved this grade (question_grade.last_event)


class GradeSnapshot(msgspec.Struct):
    """Every counted grade of a class as of one ledger sequence number: follow `grade-events?after=as_of_sequence`
    from here, applying each event's `new_score` (null: no counted grade) to its (user, assignment, question)."""

    class_id: int
    as_of_sequence: int
    taken_at: datetime
    policy: GradebookPolicy
    assignments: list[SnapshotAssignment]
    students: list[SnapshotStudent]
    grades: list[SnapshotGrade]
