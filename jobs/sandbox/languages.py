"""The language registry: adding a language is adding one entry."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    name: str
    source_file: str
    compile: tuple[str, ...] | None  # argv run once per submission inside the sandbox, or None
    run: tuple[str, ...] | None  # argv run per test, or None for Python's in-process fork per test


LANGUAGES: dict[str, Language] = {
    "python": Language("python", "solution.py", compile=None, run=None),
    "c": Language(
        "c",
        "solution.c",
        compile=("/usr/bin/gcc", "-O2", "-std=gnu11", "-pipe", "-o", "/work/program", "/work/solution.c", "-lm"),
        run=("/work/program",),
    ),
}


def language(name: str) -> Language:
    try:
        return LANGUAGES[name]
    except KeyError:
        raise ValueError(f"unsupported language {name!r}") from None
