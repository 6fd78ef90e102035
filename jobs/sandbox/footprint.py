"""Measure what a sandbox holds beside the program, per language: `python -m jobs.sandbox.footprint` (as root).

For each language, an empty program runs in fresh sandboxes under ever smaller absolute cgroup limits (a bisection):
the least limit under which it still runs cleanly is what the sandbox itself needs, the harness, the test's child and
the runtime's own start (page cache does not count: the kernel reclaims it before it counts anything out of memory).
The allowance `sandbox_mb + extra_memory_mb` of each language must stay above it: an honest program then always has
its whole limit to itself. The figures measured are in README.md ("Memory").
"""

from __future__ import annotations

from dataclasses import replace

from jobs.sandbox.cases import TestCase
from jobs.sandbox.judge import judge_entry
from jobs.sandbox.languages import LANGUAGES
from jobs.sandbox.limits import Limits
from jobs.sandbox.runner import Slot

EMPTY_TEST = [TestCase("io", "", "x")]
EMPTY = {
    "python": "pass\n",
    "c": "int main(void) { return 0; }\n",
    "cpp": "int main() { return 0; }\n",
    "java": "public class Main { public static void main(String[] a) { } }\n",
    "javascript": "\n",
}


def runs_within(slot: Slot, language: str, megabytes: int) -> bool:
    """Whether the empty program runs cleanly when the whole sandbox may hold `megabytes` during its test."""
    entry = replace(LANGUAGES[language], sandbox_mb=0, extra_memory_mb=0)
    limits = Limits(memory_mb=megabytes, output_bytes=0)
    judgement = judge_entry(slot, entry, EMPTY[language], EMPTY_TEST, limits)
    slot.prestart()
    return judgement.compile_ok and all(t.verdict == "wrong_answer" for t in judgement.tests)  # ran, printed nothing


def measure(slot: Slot, language: str) -> int:
    """The least whole number of MB under which the empty program runs cleanly."""
    low, high = 0, 512  # runs_within(high) holds for every language here
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if runs_within(slot, language, middle) else (middle, high)
    return high


def main() -> None:
    slot = Slot(base_uid=62000, slots=64)
    try:
        for language, entry in LANGUAGES.items():
            needed = measure(slot, language)
            print(f"{language:<11} needs {needed:4d} MB; allowance {entry.sandbox_mb + entry.extra_memory_mb:4d} MB")
    finally:
        slot.close()


if __name__ == "__main__":
    main()
