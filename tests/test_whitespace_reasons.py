"""A wrong answer that differs only in whitespace says so, with the whitespace made visible, in what the student sees
and in a test's validation reason, within the excerpt cap; a call test whose function printed its answer says so."""

from __future__ import annotations

import importlib

from jobs.sandbox.cases import TestCase
from jobs.sandbox.compare import compare_text, visible_whitespace
from jobs.sandbox.limits import Limits
from jobs.sandbox.session import Measured, TestReport
from jobs.validation import reason_for

# the module (the package `jobs.sandbox` exports a function of the same name)
judging = importlib.import_module("jobs.sandbox.judge")


def test_a_missing_trailing_newline_is_shown_not_hidden() -> None:
    comparison = compare_text("STRASSE CAFÉ!", "STRASSE CAFÉ!\n", "exact", 0)
    assert not comparison.passed
    assert comparison.reason is not None and "only whitespace differs" in comparison.reason
    assert "expected «STRASSE·CAFÉ!⏎\n»" in comparison.reason and "got «STRASSE·CAFÉ!»" in comparison.reason
    assert reason_for("wrong_answer", comparison.reason).startswith("wrong_answer: only whitespace differs")


def test_tabs_double_spaces_and_carriage_returns_get_marks() -> None:
    assert visible_whitespace("a\tb  c\r\n") == "a→b··c␍⏎\n"
    reason = compare_text("1  2\r\n", "1 2\n", "ignore_trailing_whitespace", 0).reason
    assert reason is not None and "«1··2␍⏎\n»" in reason


def test_other_differences_keep_the_output_as_the_excerpt() -> None:
    assert compare_text("STRASSE CAFE!", "STRASSE CAFÉ!\n", "exact", 0).reason is None
    assert compare_text("x", "x\n", "regex", 0).reason is None
    assert compare_text("Hello\n", "hello", "case_insensitive", 0).passed


def test_a_long_output_shows_a_window_around_the_first_difference_within_the_cap() -> None:
    expected = "word " * 2000 + "end\n"
    actual = "word " * 1500 + " word " * 500 + "end\n"
    reason = compare_text(actual, expected, "exact", 0).reason
    assert reason is not None and len(reason) < judging.EXCERPT and "…" in reason and "··" in reason


def _call_report(result: bytes, stdout: bytes) -> TestReport:
    measured = Measured(wall_ms=1, cpu_ms=1, memory_bytes=0, oom_killed=False, memory_full=False)
    return TestReport(outcome=None, exit_code=0, stdout=stdout, stderr=b"", result=result, measured=measured)


def test_a_call_that_prints_instead_of_returning_is_told_so() -> None:
    test = TestCase(kind="call", input="add(1, 2)", expected="3")
    judged = judging.test_verdict(_call_report(b"null", b"3\n"), test, Limits())
    assert judged.verdict == "wrong_answer"
    assert "returned null" in judged.excerpt and "printed «3⏎" in judged.excerpt and "return it" in judged.excerpt
    plain_wrong = judging.test_verdict(_call_report(b"4", b""), test, Limits())
    assert (plain_wrong.verdict, plain_wrong.excerpt) == ("wrong_answer", "4")
