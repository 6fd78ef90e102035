"""Comparing a program's output with the expected answer, outside the sandbox, by the test's compare mode."""

from __future__ import annotations

import json
import math
import re
from typing import Any

REGEX_TIMEOUT_CHARS = 1 << 16


def _numbers_close(a: Any, b: Any, tolerance: float) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=tolerance, abs_tol=tolerance)
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
        except ValueError:
            return False
    return True


def _strip_trailing(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


def compare_text(actual: str, expected: str, mode: str, tolerance: float) -> bool:
    if mode == "exact":
        return actual == expected
    if mode == "ignore_trailing_whitespace":
        return _strip_trailing(actual) == _strip_trailing(expected)
    if mode == "case_insensitive":
        return _strip_trailing(actual).casefold() == _strip_trailing(expected).casefold()
    if mode == "numeric_tolerance":
        return _tokens_close(actual, expected, tolerance)
    if mode == "regex":
        try:
            return re.fullmatch(expected, actual[:REGEX_TIMEOUT_CHARS], flags=re.DOTALL) is not None
        except re.error:
            return False
    raise ValueError(f"unknown compare mode {mode!r}")


def compare_value(actual_json: str, expected_json: str, mode: str, tolerance: float) -> bool:
    """A call test's returned value (JSON) against the expected JSON value."""
    try:
        actual, expected = json.loads(actual_json), json.loads(expected_json)
    except json.JSONDecodeError:
        return compare_text(actual_json, expected_json, mode, tolerance)
    if mode == "numeric_tolerance":
        return _numbers_close(actual, expected, tolerance)
    if mode in ("exact", "ignore_trailing_whitespace"):
        return _strict_equal(actual, expected)
    as_text = actual if isinstance(actual, str) else json.dumps(actual)
    want = expected if isinstance(expected, str) else json.dumps(expected)
    return compare_text(as_text, want, mode, tolerance)
