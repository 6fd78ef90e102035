"""Comparing a program's output with the expected answer, outside the sandbox, by the test's compare mode.

Nothing a program prints can make a comparison raise or run unbounded: values are parsed with bounded depth and
integer length, regular expressions run on RE2 (linear time), and what cannot be compared is a failed comparison
with its reason.
"""

from __future__ import annotations

import ast
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import re2

MAX_DEPTH = 64
MAX_INT_DIGITS = 4000  # below Python's own 4300-digit str/int conversion limit
REGEX_OPTIONS = re2.Options()
REGEX_OPTIONS.dot_nl = True
REGEX_OPTIONS.max_mem = 32 << 20


@dataclass(frozen=True)
class Comparison:
    passed: bool
    reason: str | None = None  # why no comparison could be made


class NotComparable(ValueError):
    """The output cannot be compared: the reason goes to the student as a wrong answer's explanation."""


def _numbers_close(a: Any, b: Any, tolerance: float) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        try:
            return math.isclose(a, b, rel_tol=tolerance, abs_tol=tolerance)
        except OverflowError:
            return False
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_numbers_close(x, y, tolerance) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_numbers_close(a[k], b[k], tolerance) for k in a)
    return a == b


def _strict_equal(a: Any, b: Any) -> bool:
    """JSON equality where true is not 1 (Python's == says it is), and 3 equals 3.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_strict_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_strict_equal(a[k], b[k]) for k in a)
    return a == b


def _tokens_close(actual: str, expected: str, tolerance: float) -> bool:
    got, want = actual.split(), expected.split()
    if len(got) != len(want):
        return False
    for a, b in zip(got, want, strict=True):
        if a == b:
            continue
        try:
            if not math.isclose(float(a), float(b), rel_tol=tolerance, abs_tol=tolerance):
                return False
        except (ValueError, OverflowError):
            return False
    return True


def _strip_trailing(text: str) -> str:
    """Lines split at \\n only (form feeds and Unicode separators are characters like any other), each without its
    trailing spaces, tabs and carriage return, and no trailing blank lines."""
    return "\n".join(line.rstrip(" \t\r") for line in text.rstrip(" \t\r\n").split("\n"))


def _regex(actual: str, expected: str, _tolerance: float) -> bool:
    try:
        pattern = re2.compile(expected, REGEX_OPTIONS)
    except re2.error as exc:
        raise NotComparable(f"the test's pattern does not compile: {exc}") from None
    return pattern.fullmatch(actual) is not None  # the whole output, up to its cap: RE2 runs in linear time


TEXT_MODES: dict[str, Callable[[str, str, float], bool]] = {
    "exact": lambda actual, expected, _: actual == expected,
    "ignore_trailing_whitespace": lambda actual, expected, _: _strip_trailing(actual) == _strip_trailing(expected),
    "case_insensitive": lambda a, e, _: _strip_trailing(a).casefold() == _strip_trailing(e).casefold(),
    "numeric_tolerance": _tokens_close,
    "regex": _regex,
}


def _number_or_token(token: str) -> str:
    try:
        return repr(float(token))
    except (ValueError, OverflowError):
        return token


# what two outputs that compare alike under a mode have in common, so wrong answers can be grouped by it
NORMAL_FORMS: dict[str, Callable[[str], str]] = {
    "exact": lambda text: text,
    "ignore_trailing_whitespace": _strip_trailing,
    "case_insensitive": lambda text: _strip_trailing(text).casefold(),
    "numeric_tolerance": lambda text: " ".join(_number_or_token(token) for token in text.split()),
    "regex": _strip_trailing,
}


def normal_form(output: str, mode: str) -> str:
    """`output` as the test's compare mode sees it (layout it ignores removed, case folded, numbers as floats)."""
    return NORMAL_FORMS.get(mode, _strip_trailing)(output)


def _value_as_text(mode: str) -> Callable[[Any, Any, float], bool]:
    def compare(actual: Any, expected: Any, tolerance: float) -> bool:
        as_text = actual if isinstance(actual, str) else json.dumps(actual)
        want = expected if isinstance(expected, str) else json.dumps(expected)
        return TEXT_MODES[mode](as_text, want, tolerance)

    return compare


VALUE_MODES: dict[str, Callable[[Any, Any, float], bool]] = {
    "exact": lambda actual, expected, _: _strict_equal(actual, expected),
    "ignore_trailing_whitespace": lambda actual, expected, _: _strict_equal(actual, expected),
    "case_insensitive": _value_as_text("case_insensitive"),
    "numeric_tolerance": _numbers_close,
    "regex": _value_as_text("regex"),
}


def parse_value(text: str) -> Any:
    """A JSON value with at most MAX_DEPTH levels of nesting and MAX_INT_DIGITS digits in an integer."""
    depth = deepest = 0
    in_string = escaped = False
    digits = 0
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char.isdigit():
            digits += 1
            if digits > MAX_INT_DIGITS:
                raise NotComparable(f"a number in the returned value has more than {MAX_INT_DIGITS} digits")
            continue
        digits = 0
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                raise NotComparable(f"the returned value is nested more than {MAX_DEPTH} levels deep")
        elif char in "]}":
            depth -= 1
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise NotComparable(f"the returned value is not JSON: {exc}") from None


def compare_text(actual: str, expected: str, mode: str, tolerance: float) -> Comparison:
    try:
        return Comparison(TEXT_MODES[mode](actual, expected, tolerance))
    except NotComparable as exc:
        return Comparison(False, str(exc))


def compare_value(actual_json: str, expected_json: str, mode: str, tolerance: float) -> Comparison:
    """A call test's returned value (JSON) against the expected JSON value."""
    try:
        actual = parse_value(actual_json)
    except NotComparable as exc:
        return Comparison(False, str(exc))
    try:
        expected = json.loads(expected_json)
    except ValueError:  # an expected value that is not JSON is compared as text
        return compare_text(actual_json, expected_json, mode, tolerance)
    try:
        return Comparison(VALUE_MODES[mode](actual, expected, tolerance))
    except NotComparable as exc:
        return Comparison(False, str(exc))
    except RecursionError:
        return Comparison(False, "the returned value is too deeply nested to compare")


@dataclass(frozen=True)
class CallTest:
    """A call test as the sandbox sees it and as it is decided here. `f(2) == 4` is split: only `f(2)` enters the
    sandbox, and its value, once JSON, is compared with `4` here, where no object of the student's can answer `==`."""

    sent: str  # the expression the sandbox evaluates
    negated: bool = False  # `!=` rather than `==`
    against: str | None = None  # the literal compared with here, as JSON; None: the value itself is the answer

    @classmethod
    def of(cls, expression: str) -> CallTest:
        try:
            body = ast.parse(expression.strip(), mode="eval").body
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return cls(expression)
        if not (isinstance(body, ast.Compare) and len(body.ops) == 1 and isinstance(body.ops[0], (ast.Eq, ast.NotEq))):
            return cls(expression)
        for literal, evaluated in ((body.comparators[0], body.left), (body.left, body.comparators[0])):
            try:
                against = json.dumps(ast.literal_eval(literal))
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                continue
            sent = ast.get_source_segment(expression.strip(), evaluated)
            if sent:
                return cls(sent, isinstance(body.ops[0], ast.NotEq), against)
        return cls(expression)

    def value(self, returned: str) -> str:
        """The call's answer as JSON: the returned value, or whether it equals the literal (JSON equality)."""
        if self.against is None:
            return returned
        equal = _strict_equal(parse_value(returned), json.loads(self.against))
        return json.dumps(equal != self.negated)
