"""Runs: code run on custom input or against the visible tests, without submitting; and the languages list."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec

from app.grading_contract import RunTestResult
from app.schemas.common import Text
from tables.enums import Language, RunMode, RunStatus, Verdict

Stdin = Annotated[str, msgspec.Meta(max_length=65_536, pattern=r"^[^\x00]*$")]


class RunCode(msgspec.Struct, forbid_unknown_fields=True):
    """Either `stdin` (run on this input) or `tests: "visible"` (run against the question's visible tests)."""

    code: Text
    language: Language
    stdin: Stdin | None = None
    tests: Literal["visible"] | None = None


class RunAccepted(msgspec.Struct):
    id: int
    status: RunStatus
    links: dict[str, str]


class RunDetail(msgspec.Struct):
    """`verdict` on custom input: `accepted` (the program ran to completion), time_limit, memory_limit,
    output_limit, runtime_error or compile_error, with its `stdout` and an excerpt of `stderr`; against the visible
    tests: the first failing test's verdict, and one result per test under `tests`."""

    id: int
    assignment_id: int
    question_id: int
    language: Language
    mode: RunMode
    status: RunStatus
    created_at: datetime
    finished_at: datetime | None
    verdict: Verdict | None = None
    time_ms: int | None = None
    stdout: str | None = None
    stderr: str | None = None
    tests: list[RunTestResult] | None = None


class LanguageView(msgspec.Struct):
    id: str
    name: str
    version: str | None  # as the workers found the installed toolchain; null until a worker has reported it
    source_file: str
    test_kinds: list[str]
