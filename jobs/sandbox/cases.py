"""What goes into a judgement and what comes out of it."""

from __future__ import annotations

from dataclasses import dataclass, field


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
