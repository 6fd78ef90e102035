"""No status, verdict or language is spelt as a string outside the catalogue (tables/enums.py), the migrations and
the tests: code names the enum member, and SQL gets it from the enum too, so renaming or adding a value is one edit
and a typo is a NameError, never a silent mismatch. The sandbox keeps its own copy of the verdicts and languages (it
imports nothing of the product); tests/test_enums.py and tests/test_sandbox*.py hold those copies equal."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tables import enums

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = (enums.AttemptStatus, enums.Verdict, enums.Language)
VALUES = {member.value for enum in CATALOGUE for member in enum}
SCANNED = ("app", "jobs", "seeds", "bench", "tables")
EXEMPT_FOLDERS = (ROOT / "jobs" / "sandbox", ROOT / "bench" / "similarity_eval")  # the sandbox; student programs
EXEMPT_FILES = (ROOT / "tables" / "enums.py",)
# the same word meaning something else: (file, value) -> what it is there
NOT_CATALOGUE_VALUES = {
    ("app/openapi_fields.py", "running"): "the exam session's `running` field, described",
    ("app/insight/similarity.py", "error"): "the report row's `error` column",
    ("app/insight/analytics.py", "accepted"): "a column alias of the question statistics query",
    ("jobs/outbox.py", "queued"): "an RQ job status",
    ("jobs/lti.py", "queued"): "an RQ job status",
    ("jobs/cli/openapi_clients.py", "python"): "the generated Python client's folder",
}
SQL = re.compile(r"\b(SELECT|UPDATE|INSERT|DELETE|WHERE)\b")
QUOTED = re.compile(r"'(\w+)'")


def docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, kinds) and node.body and isinstance(node.body[0], ast.Expr)
    }


def catalogue_literals(source: str) -> list[tuple[int, str]]:
    """(line, value) of each string that is a catalogue value, or SQL quoting one."""
    tree = ast.parse(source)
    skipped = docstrings(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skipped:
            continue
        if node.value in VALUES:
            found.append((node.lineno, node.value))
        elif SQL.search(node.value):
            found.extend((node.lineno, word) for word in QUOTED.findall(node.value) if word in VALUES)
    return found


def scanned_files() -> list[Path]:
    return [
        path
        for folder in SCANNED
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path not in EXEMPT_FILES and not any(path.is_relative_to(exempt) for exempt in EXEMPT_FOLDERS)
    ]


def test_no_status_verdict_or_language_is_spelt_outside_the_catalogue() -> None:
    offending = []
    for path in scanned_files():
        name = path.relative_to(ROOT).as_posix()
        for line, value in catalogue_literals(path.read_text()):
            if (name, value) not in NOT_CATALOGUE_VALUES:
                offending.append(f"{name}:{line} {value!r}")
    assert not offending, offending


def test_a_literal_in_code_or_in_sql_is_seen_but_not_in_a_docstring() -> None:
    source = (
        '"""Attempts start queued."""\n'
        'STATUS = "graded"\n'
        "SQL = \"SELECT id FROM submission_attempt WHERE verdict = 'accepted'\"\n"
        "HTML = \"<p id='error'>\"\n"
    )
    assert catalogue_literals(source) == [(2, "graded"), (3, "accepted")]


def test_every_exemption_is_still_needed() -> None:
    """An exemption whose file no longer spells the word is removed, so the list cannot grow stale."""
    for name, value in NOT_CATALOGUE_VALUES:
        assert value in {found for _, found in catalogue_literals((ROOT / name).read_text())}, (name, value)
