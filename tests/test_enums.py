"""Each list of values is declared once, as a StrEnum in tables/enums.py; the database's CHECKs must agree."""

from __future__ import annotations

import re
from enum import StrEnum

import pytest

from tables import enums
from tests.support import sql

# (table, column) -> the enum its CHECK constraint must list
CHECKED_COLUMNS: dict[tuple[str, str], type[StrEnum]] = {
    ("users", "role"): enums.Role,
    ("enrollments", "role"): enums.ClassRole,
    ("content_item", "type"): enums.ContentType,
    ("assignment", "mode"): enums.AssignmentMode,
    ("questions", "language"): enums.Language,
    ("test_cases", "kind"): enums.TestKind,
    ("test_cases", "compare_mode"): enums.CompareMode,
    ("test_cases", "visibility"): enums.Visibility,
    ("submission_attempt", "status"): enums.AttemptStatus,
    ("test_cases", "validation"): enums.ValidationState,
    ("code_run", "language"): enums.Language,
    ("code_run", "mode"): enums.RunMode,
    ("code_run", "status"): enums.RunStatus,
    ("submission_attempt", "verdict"): enums.Verdict,
    ("test_result", "verdict"): enums.Verdict,
    ("grade_event", "cause"): enums.GradeCause,
    ("audit_event", "kind"): enums.AuditKind,
}


def listed_values(definition: str) -> set[str]:
    """The string literals of a CHECK (column IN (...)) as PostgreSQL prints it back."""
    return set(re.findall(r"'((?:[^']|'')*)'", definition))


def test_listed_values_reads_postgres_check_definitions() -> None:
    printed = "CHECK (((role)::text = ANY ((ARRAY['admin'::character varying, 'ta'::character varying])::text[])))"
    assert listed_values(printed) == {"admin", "ta"}


@pytest.mark.parametrize(("table", "column"), sorted(CHECKED_COLUMNS), ids="{0[0]}.{0[1]}".format)
def test_check_constraint_lists_exactly_the_enum(services, table: str, column: str) -> None:
    rows = sql(
        "SELECT pg_get_constraintdef(c.oid) AS definition FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
        "WHERE c.contype = 'c' AND c.conrelid = $1::regclass AND a.attname = $2 AND cardinality(c.conkey) = 1",
        table,
        column,
    )
    assert len(rows) == 1, f"expected one CHECK on {table}.{column}, found {len(rows)}"
    assert listed_values(rows[0]["definition"]) == {member.value for member in CHECKED_COLUMNS[table, column]}


def test_the_sandbox_registry_speaks_the_enums() -> None:
    """jobs/sandbox imports nothing of the project, so its lists are held equal to the enums here."""
    from jobs.sandbox.compare import TEXT_MODES, VALUE_MODES
    from jobs.sandbox.judge import VERDICTS
    from jobs.sandbox.languages import LANGUAGES

    assert set(LANGUAGES) == {member.value for member in enums.Language}
    assert all(entry.id == name for name, entry in LANGUAGES.items())
    assert {kind for entry in LANGUAGES.values() for kind in entry.test_kinds} <= {m.value for m in enums.TestKind}
    assert set(TEXT_MODES) == set(VALUE_MODES) == {member.value for member in enums.CompareMode}
    assert set(VERDICTS) == {member.value for member in enums.Verdict} - {enums.Verdict.internal_error}


def test_the_apps_language_table_agrees_with_the_sandbox_registry() -> None:
    """Names, source files and test kinds the API lists (tables.enums.LANGUAGES) are what the sandbox runs."""
    from jobs.sandbox.languages import LANGUAGES

    app_side = {
        language.value: (info.name, info.source_file, tuple(kind.value for kind in info.test_kinds))
        for language, info in enums.LANGUAGES.items()
    }
    assert app_side == {name: (e.name, e.source_file, tuple(e.test_kinds)) for name, e in LANGUAGES.items()}


def test_manage_and_the_dockerfile_install_the_catalogues_toolchains() -> None:
    """The toolchains are named once (tables/enums.py): `manage` and the Dockerfile ask the catalogue for them."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    printed = subprocess.run(
        [sys.executable, "tables/enums.py"], cwd=root, capture_output=True, text=True, check=True
    ).stdout.split()
    assert printed == enums.grading_debian_packages()
    assert {p for info in enums.LANGUAGES.values() for p in info.debian_packages} <= set(printed)
    for name in ("manage", "Dockerfile"):
        text = (root / name).read_text()
        assert "tables/enums.py" in text or "catalogue.py" in text, name
        named = [p for info in enums.LANGUAGES.values() for p in info.debian_packages if f" {p} " in f" {text} "]
        assert not named, f"{name} names toolchain packages itself: {named}"
