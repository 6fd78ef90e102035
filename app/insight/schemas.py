"""Staff insight views: similarity reports and wrong-answer clusters."""

from __future__ import annotations

from datetime import datetime

import msgspec


class MatchedRegion(msgspec.Struct):
    """Copied lines, 1-based and inclusive, in the first (`a`) and the second (`b`) attempt's code."""

    a_first: int
    a_last: int
    b_first: int
    b_last: int


class StudentRef(msgspec.Struct):
    id: int
    display_name: str
    email: str


class SimilarPair(msgspec.Struct):
    rank: int
    score: float  # 0..1: the share of both attempts' code (starter code and shared code left out) that matched
    matched_tokens: int
    attempt_a: int
    attempt_b: int
    student_a: StudentRef
    student_b: StudentRef
    regions: list[MatchedRegion]


class SimilarityReportView(msgspec.Struct):
    """`state` none: never requested. `items` are the ranked pairs of the finished report (a page of them)."""

    item_id: int
    question_id: int
    include_past: bool
    state: str
    submissions: int
    requested_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    error: str | None
    items: list[SimilarPair]
    next_cursor: str | None
    limit: int


class WrongAnswer(msgspec.Struct):
    verdict: str
    output: str  # normalized by the test's compare mode (an excerpt, as stored)
    students: int
    attempts: int
    example_attempt: int | None
    first_failure_students: int
    first_failure_share: float  # of the students with a graded attempt of the question


class TestInsight(msgspec.Struct):
    test_id: int
    name: str
    failing_students: int
    failing_attempts: int
    first_failure_students: int  # students with an attempt whose first failing test was this one
    first_failure_share: float
    wrong_answers: list[WrongAnswer]


class QuestionInsight(msgspec.Struct):
    item_id: int
    question_id: int
    students: int
    solved_students: int
    avg_attempts_to_first_pass: float | None
    avg_seconds_to_first_pass: float | None
    tests: list[TestInsight]  # in test order; `fails_first` ranks them by first_failure_students
    fails_first: list[int]
    updated_at: datetime | None


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
