"""A student's own grades in a class."""

from __future__ import annotations

import msgspec

from app.schemas.exams import EffectiveDates


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
    mode: str
    results_released: bool  # false: an exam's scores are held (null) until staff release them
    dates: EffectiveDates
    score: float | None
    max_score: float
    questions: list[QuestionGrade]


class MyGrades(msgspec.Struct):
    class_id: int
    policy: str
    total: float
    max_total: float
    assignments: list[AssignmentGrades]
