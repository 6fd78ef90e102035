"""What a reader of an attempt may see: staff see everything, students what the assignment's feedback reveals."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

import msgspec

from app.content.assignment_detail import test_is_revealed
from app.grading.contract import RunTestResult
from app.submissions.schemas import OverrideView, SubmissionAccepted, SubmissionDetail, TestResultView
from app.submissions.submission_queries import Accepted
from tables.enums import Feedback


def links(attempt_id: int) -> dict[str, str]:
    return {"self": f"/api/submissions/{attempt_id}", "wait": f"/api/submissions/{attempt_id}?wait=10"}


def accepted_view(accepted: Accepted) -> SubmissionAccepted:
    return SubmissionAccepted(
        id=accepted.id, status=accepted.status, attempt_number=accepted.attempt_number, links=links(accepted.id)
    )


# a test's result as an attempt or a run holds it: `visibility`, `input`, `expected` and `output_excerpt` fields
Result = TypeVar("Result", TestResultView, RunTestResult)


def result_views(
    results: list[Result], *, staff: bool, feedback: str, due_date: datetime | None, now: datetime
) -> list[Result]:
    if not staff and feedback == Feedback.none:
        return []

    def revealed(result: Result) -> bool:
        return staff or (feedback == Feedback.full and test_is_revealed(result.visibility, due_date, now))

    # an unrevealed test's time is withheld too: a program that sleeps for its input's value would read it there
    hidden = {"input": None, "expected": None, "output_excerpt": None, "time_ms": None}
    return [result if revealed(result) else msgspec.structs.replace(result, **hidden) for result in results]


# what a student does not see of an attempt whose (exam) results are held: the status only
HELD_FIELDS = ("verdict", "score", "max_score", "execution_time_ms")


def detail_view(
    row: dict[str, Any],
    tests: list[TestResultView],
    *,
    staff: bool,
    released: bool,
    code: str | None,
    override: OverrideView | None,
) -> SubmissionDetail:
    """The attempt's row (as ATTEMPT_SQL selects it) with the results its reader may see."""
    fields = {
        **row,
        "assignment_id": row["item_id"],
        "question_id": row["question"],
        "tests": tests,
        "code": code,
        "results_released": released,
    }
    if not staff:
        fields["error_reason"] = None
        if not tests or any(test.time_ms is None for test in tests):  # the total would carry the hidden tests' times
            fields["execution_time_ms"] = sum(test.time_ms or 0 for test in tests) if tests else None
    if not released:
        fields.update(dict.fromkeys(HELD_FIELDS))
    return msgspec.structs.replace(msgspec.convert(fields, SubmissionDetail), override=override)
