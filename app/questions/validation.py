"""Authoring checks: settings that cannot work are refused when written (400), and every change a validation
depends on marks the question's tests `pending` and, after commit, asks the workers (rejudge lane) to run the
reference solution against every test (`jobs/validation.py` records `valid` or `invalid` with the reason).

`questions.revision` grows with each such change; the job carries the revision it validates, and its results are
written only while that revision is still current, so an older validation never overwrites a newer pending state.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from typing import Any

import anyio
import re2

from app.common.sql import rows
from app.errors import Conflict, InvalidInput
from app.grading.contract import enqueue_validation
from app.settings import Settings
from tables.enums import LANGUAGES, CompareMode, Language, TestKind, ValidationState
from tables.questions import Question, TestCase

# as the sandbox compares: RE2, `.` matches newlines, bounded memory (jobs/sandbox/compare.py)
REGEX_OPTIONS = re2.Options()
REGEX_OPTIONS.dot_nl = True
REGEX_OPTIONS.max_mem = 32 << 20
REGEX_OPTIONS.log_errors = False
DEFAULT_TOLERANCE = 1e-6
NO_REFERENCE = "the question has no reference solution"
# the question fields a validation depends on
CODE_FIELDS = ("language", "reference_solution", "checker", "time_limit_ms", "memory_limit_mb", "output_limit_kb")
# the test fields a validation depends on
TEST_FIELDS = ("kind", "input", "expected", "compare_mode", "tolerance")


@dataclass(frozen=True)
class TestSettings:
    kind: str
    compare_mode: str
    expected: str
    tolerance: float | None  # None: not given


def _pattern(kind: str, expected: str) -> str:
    """The regex the sandbox will use: a call test's expected JSON string is compared by its value."""
    if kind == TestKind.call:
        try:
            value = json.loads(expected)
        except (ValueError, RecursionError):
            return expected
        return value if isinstance(value, str) else json.dumps(value)
    return expected


def _is_number(token: str) -> bool:
    try:
        float(token)
    except ValueError:
        return False
    return True


def _numbers_only(value: Any) -> bool:
    """A JSON value whose leaves are all numbers (true and false are not)."""
    if isinstance(value, list):
        return all(_numbers_only(item) for item in value)
    if isinstance(value, dict):
        return all(_numbers_only(item) for item in value.values())
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _numeric(kind: str, expected: str) -> bool:
    """Whether the numeric compare mode has numbers to compare: every token of an output, or a call's JSON value."""
    if kind != TestKind.call:
        tokens = expected.split()
        return bool(tokens) and all(_is_number(token) for token in tokens)
    try:
        return _numbers_only(json.loads(expected))
    except (ValueError, RecursionError):
        return False


def check_test(language: str, has_checker: bool, test: TestSettings, *, where: str = "") -> None:
    """400 for a test that could never be judged as written."""
    kinds = LANGUAGES[Language(language)].test_kinds
    if test.kind not in kinds:
        allowed = ", ".join(kinds)
        raise InvalidInput(f"{where}{language} questions have no {test.kind} tests (only {allowed})", field="kind")
    if test.kind == TestKind.checker and not has_checker:
        raise InvalidInput(f"{where}a checker test needs a checker on its question", field="kind")
    if test.tolerance is not None and test.compare_mode != CompareMode.numeric:
        raise InvalidInput(
            f"{where}a tolerance applies only to the {CompareMode.numeric} compare mode", field="tolerance"
        )
    if (
        test.compare_mode == CompareMode.numeric
        and test.kind != TestKind.checker
        and not _numeric(test.kind, test.expected)
    ):
        raise InvalidInput(
            f"{where}the {CompareMode.numeric} compare mode needs numbers in the expected value", field="expected"
        )
    if test.compare_mode == CompareMode.regex:
        try:
            re2.compile(_pattern(test.kind, test.expected), REGEX_OPTIONS)
        except re2.error as exc:
            reason = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else exc
            raise InvalidInput(
                f"{where}the expected pattern does not compile under RE2: {reason}", field="expected"
            ) from None


def check_checker(source: str) -> None:
    """A checker is a Python program: one that does not even parse cannot judge anything."""
    try:
        ast.parse(source, filename="checker.py")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise InvalidInput(f"the checker is not valid Python: {exc}", field="checker") from None


def check_tests_fit(language: str, has_checker: bool, tests: list[dict[str, Any]]) -> None:
    """Every stored test of a question still fits after its language or checker changes."""
    for test in tests:
        settings = TestSettings(test["kind"], test["compare_mode"], test["expected"], None)
        check_test(language, has_checker, settings, where=f"test {test['id']} ({test['name']}): ")


async def mark_changed(question_id: int) -> int | None:
    """Inside the caller's transaction: a new revision, every test `pending` (`unchecked` without a reference
    solution). Answers the revision to validate, or None when there is nothing to run."""
    bumped = (
        await Question.update({Question.revision: Question.revision + 1})
        .where(Question.id == question_id)
        .returning(Question.revision, Question.reference_solution)
    )
    revision, reference = bumped[0]["revision"], bumped[0]["reference_solution"]
    checked = bool(reference.strip())
    state = ValidationState.pending if checked else ValidationState.unchecked
    updated = (
        await TestCase.update({TestCase.validation: state, TestCase.validation_reason: "" if checked else NO_REFERENCE})
        .where(TestCase.question == question_id)
        .returning(TestCase.id)
    )
    return revision if checked and updated else None


async def request(settings: Settings, question_id: int, revision: int | None) -> None:
    """After commit: enqueue the validation (Redis down leaves the tests pending for the sweeper)."""
    if revision is not None:
        await anyio.to_thread.run_sync(enqueue_validation, settings, question_id, revision)


TESTS_IN_STATE_SQL = """
SELECT q.id AS question_id, q.slug, t.id AS test_id, t.name AS test_name, t.validation_reason AS reason
FROM assignment_question aq JOIN questions q ON q.id = aq.question JOIN test_cases t ON t.question = q.id
WHERE aq.assignment = :assignment AND t.validation = :state
ORDER BY aq.order_index, t.order_index, t.id
"""
PENDING_POLL_SECONDS = 0.25
MAX_PUBLISH_WAIT_SECONDS = 30


async def require_valid_tests(assignment_id: int, *, wait: float = 0) -> None:
    """409 listing every test still `pending` after waiting up to `wait` seconds for its validation (a publish
    cannot promise what is not checked yet), then 409 listing every test its question's reference solution fails."""
    deadline = anyio.current_time() + wait
    while pending := await rows(TESTS_IN_STATE_SQL, assignment=assignment_id, state=ValidationState.pending.value):
        if anyio.current_time() >= deadline:
            for test in pending:
                del test["reason"]
            raise Conflict(
                f"{len(pending)} test(s) are still being validated against the reference solution; publish again "
                f"once they are (or send ?wait=N to wait up to {MAX_PUBLISH_WAIT_SECONDS} s)",
                reason="pending_tests",
                pending_tests=pending,
            )
        await anyio.sleep(PENDING_POLL_SECONDS)
    failing = await rows(TESTS_IN_STATE_SQL, assignment=assignment_id, state=ValidationState.invalid.value)
    if failing:
        raise Conflict(
            f"{len(failing)} test(s) fail their question's reference solution; fix them before publishing",
            reason="invalid_tests",
            failing_tests=failing,
        )
