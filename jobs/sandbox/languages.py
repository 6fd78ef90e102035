"""The language registry: every per-language rule lives in its entry, and adding a language is adding one entry
(plus its Debian package). Ids are the values of `tables.enums.Language`; this package imports nothing of the
project, so a test holds the two lists equal."""

from __future__ import annotations

from dataclasses import dataclass

from jobs.sandbox.limits import Limits

COMPILE_LIMITS = Limits(cpu_ms=15000, wall_ms=30000, memory_mb=1024, output_bytes=16384, file_bytes=64 << 20)
PYTHON_COMPILE_LIMITS = Limits(cpu_ms=5000, wall_ms=10000, memory_mb=256, output_bytes=16384, file_bytes=1 << 20)


@dataclass(frozen=True)
class Language:
    id: str
    name: str
    source_file: str
    compile: tuple[str, ...] | None  # argv run once per submission in a child, or None for Python's own compile
    run: tuple[str, ...] | None  # argv run per test, or None for Python's compiled code run in a forked child
    test_kinds: tuple[str, ...]
    compile_limits: Limits


LANGUAGES: dict[str, Language] = {
    "python": Language(
        "python",
        "Python 3",
        "solution.py",
        compile=None,
        run=None,
        test_kinds=("io", "call"),
        compile_limits=PYTHON_COMPILE_LIMITS,
    ),
    "c": Language(
        "c",
        "C (gcc, GNU C11)",
        "solution.c",
        compile=("/usr/bin/gcc", "-O2", "-std=gnu11", "-pipe", "-o", "/work/program", "/work/solution.c", "-lm"),
        run=("/work/program",),
        test_kinds=("io",),
        compile_limits=COMPILE_LIMITS,
    ),
}


def language(name: str) -> Language:
    try:
        return LANGUAGES[name]
    except KeyError:
        raise ValueError(f"unsupported language {name!r}") from None
