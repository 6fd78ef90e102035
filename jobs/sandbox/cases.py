"""What goes into a judgement and what comes out of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL and lone surrogates: PostgreSQL's text and JSON refuse both


@dataclass(frozen=True)
class TestCase:
    kind: str  # "io": input on stdin, output compared; "call": input is an expression, its value compared
    input: str
    expected: str
    compare_mode: str = "exact"
    tolerance: float = 0.0


@dataclass(frozen=True)
class TestVerdict:
    verdict: str
    excerpt: str  # what the student may see of the output, or why it failed
    time_ms: int
    cpu_ms: int
    memory_kb: int
    score: float = 0.0  # the fraction of the test's weight earned: 1 when accepted, a checker's partial credit
    output: str = ""  # the program's stdout (io and checker tests) or returned value (call tests)
    stderr: str = ""  # the end of the program's stderr


@dataclass(frozen=True)
class Judgement:
    compile_ok: bool
    compile_message: str
    tests: list[TestVerdict] = field(default_factory=list)


def clean_text(text: str) -> str:
    """The one sanitizer for text that leaves the sandbox for storage: NUL and lone surrogates become U+FFFD."""
    return UNSTORABLE.sub("\ufffd", text)


def cleaned(judgement: Judgement) -> Judgement:
    """Every text of a judgement (messages, excerpts, outputs, stderr) through `clean_text`."""
    tests = [
        replace(t, excerpt=clean_text(t.excerpt), output=clean_text(t.output), stderr=clean_text(t.stderr))
        for t in judgement.tests
    ]
    return replace(judgement, compile_message=clean_text(judgement.compile_message), tests=tests)
