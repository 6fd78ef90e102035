"""What every attack module shares: the attack record, the limits they run under, program helpers."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from jobs.sandbox.cases import TestCase
from jobs.sandbox.limits import Limits

LIMITS = Limits(cpu_ms=500, wall_ms=1500, memory_mb=64)
OK = TestCase("io", "", "ok\n")
CTYPES = "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\n"


def py(source: str) -> str:
    return textwrap.dedent(source).strip() + "\n"


@dataclass(frozen=True)
class Attack:
    name: str
    source: str
    verdicts: tuple[str, ...]  # one per test, in order; "a|b" where the kernel may end it either way
    tests: tuple[TestCase, ...] = (OK,)
    language: str = "python"
    limits: Limits = LIMITS


def finally_bomb(levels: int) -> str:
    """Each level's finally body is compiled twice (normal and exceptional exit): the code doubles per level."""
    source = "x = 1\n"
    for _ in range(levels):
        source = "try:\n    x = 1\nfinally:\n" + textwrap.indent(source, "    ")
    return source


def syscalls_refused(calls: dict[str, str]) -> str:
    checks = "".join(f"    ({name!r}, lambda: {call}),\n" for name, call in calls.items())
    loop = "    if call() != -1 or ctypes.get_errno() not in (1, 38):  # EPERM, or ENOSYS for clone3\n"
    return (
        CTYPES
        + f"reached = []\nfor name, call in [\n{checks}]:\n{loop}        reached.append(name)\n"
        + 'print("ok" if not reached else f"reached {reached}")\n'
    )
