"""From the sandbox's judgement (a verdict per test) to the attempt's overall verdict and score."""

from __future__ import annotations

from typing import Any

import msgspec

from app.grading.attempts import penalized
from jobs.sandbox import Judgement, TestCase
from tables.enums import Verdict

EXCERPT = 500


class TestOutcome(msgspec.Struct, frozen=True):
    test_id: int
    passed: bool
    verdict: str
    score: float
    time_ms: int
    excerpt: str


class Outcome(msgspec.Struct, frozen=True):
    verdict: str
    score: float
    max_score: float
    execution_time_ms: int
    tests: list[TestOutcome]
    reason: str | None = None
    # the tests' points before the late penalty (None: a rejudge preview kept from before this field existed)
    raw_score: float | None = None


def test_cases(tests: list[dict[str, Any]]) -> list[TestCase]:
    """The question's test rows as the sandbox takes them (the expected output stays on this side)."""
    return [
        TestCase(
            kind=t["kind"],
            input=t["input"],
            expected=t["expected"],
            compare_mode=t["compare_mode"],
            tolerance=t["tolerance"],
        )
        for t in tests
    ]


def score_run(judgement: Judgement, tests: list[dict[str, Any]], *, points: float, late_penalty: float) -> Outcome:
    """Weights scaled to the effective points, then the late penalty; the overall verdict is the first failure's."""
    total_weight = sum(t["weight"] for t in tests) or 1.0
    outcomes: list[TestOutcome] = []
    raw = 0.0
    for index, test in enumerate(tests):
        if not judgement.compile_ok:
            verdict, excerpt, time_ms, earned = Verdict.compile_error, judgement.compile_message[-EXCERPT:], 0, 0.0
        elif index < len(judgement.tests):
            judged = judgement.tests[index]
            verdict, excerpt, time_ms, earned = judged.verdict, judged.excerpt, judged.time_ms, judged.score
        else:
            verdict, excerpt, time_ms, earned = Verdict.runtime_error, "not run", 0, 0.0
        weight_score = points * test["weight"] * earned / total_weight  # a checker may give partial credit
        raw += weight_score
        passed = verdict == Verdict.accepted
        outcomes.append(TestOutcome(test["id"], passed, verdict, round(weight_score, 4), time_ms, excerpt))
    failing = next((o.verdict for o in outcomes if not o.passed), None)
    verdict = failing or (Verdict.accepted if judgement.compile_ok else Verdict.compile_error)
    return Outcome(
        verdict=verdict,
        score=penalized(raw, late_penalty),
        max_score=points,
        execution_time_ms=sum(o.time_ms for o in outcomes),
        tests=outcomes,
        reason=None if judgement.compile_ok else judgement.compile_message[-EXCERPT:],
        raw_score=raw,  # unrounded: a later penalty applies to it exactly as this one did
    )
