"""The sandbox's memory accounting on its own (no API, no database): a fresh cgroup per sandbox, removed once it is
reaped, and absolute limits, so an honest program has its whole limit whatever came before it, and no more."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.settings import get_settings
from jobs.sandbox import Limits, Slot, judge
from jobs.sandbox import TestCase as Case
from jobs.sandbox.attacks_accounting import DENTRIES
from jobs.sandbox.attacks_resources import OVER_MB

LIMITS = Limits(cpu_ms=3000, wall_ms=6000, memory_mb=64)  # the litter's lookups take ~0.8 s
OK = Case("io", "", "ok\n")
# what an earlier submission may leave: dentries, a full /tmp, and memory it held until its end
LITTER = (
    DENTRIES
    + "for i in range(20):\n    open(f'/tmp/fill{i}', 'wb').write(b'0' * (1 << 20))\n"  # the file size limit: 1 MB
    + "held = b'x' * (40 << 20)\nprint('ok')\n"
)
# the whole limit, every page touched; a build as big as it is honest (a 24 MB table in the binary), used too
HONEST_C = (
    "#include <stdio.h>\n#include <stdlib.h>\n__attribute__((used)) static const char table[24 << 20] = {1};\n"
    "int main(void){ long n = 64L << 20; char *p = malloc(n); long sum = 0;"
    " for (long i = 0; i < n; i += 4096) p[i] = table[i % (24 << 20)] + 1;"
    ' for (long i = 0; i < n; i += 4096) sum += p[i]; printf("%s\\n", sum ? "ok" : "none"); return 0; }\n'
)


@pytest.fixture
def slot() -> Iterator[Slot]:
    settings = get_settings()
    slot = Slot(settings.sandbox_base_uid, settings.sandbox_slots)
    try:
        yield slot
    finally:
        slot.close()


def _verdicts(slot: Slot, language: str, source: str, tests: list[Case]) -> list[str]:
    judgement = judge(slot, language=language, source=source, tests=tests, limits=LIMITS)
    slot.prestart()
    assert judgement.compile_ok, judgement.compile_message
    return [t.verdict for t in judgement.tests]


def test_an_honest_program_has_its_whole_limit_whatever_came_before(slot: Slot) -> None:
    assert _verdicts(slot, "python", LITTER, [OK]) == ["accepted"]
    assert _verdicts(slot, "c", HONEST_C, [OK, OK]) == ["accepted", "accepted"]  # its own 24 MB build included
    # within one submission: the first test litters, the next ones hold the whole limit
    python = "import sys\nif sys.stdin.read() == 'litter\\n':\n" + "".join(
        f"    {line}\n" for line in LITTER.splitlines()
    )
    python += "else:\n    held = b'x' * (64 << 20)\n    print('ok')\n"
    tests = [Case("io", "litter\n", "ok\n"), Case("io", "hold\n", "ok\n"), Case("io", "hold\n", "ok\n")]
    assert _verdicts(slot, "python", python, tests) == ["accepted"] * 3


def test_no_program_holds_more_than_its_limit_and_the_fixed_allowance(slot: Slot) -> None:
    over = f"held = b'x' * ({OVER_MB} << 20)\nprint('ok')\n"
    for _ in range(2):  # ~27 MB of dentries in all: a cgroup kept across submissions would grant them to the next
        assert _verdicts(slot, "python", LITTER, [OK]) == ["accepted"]
    assert _verdicts(slot, "python", over, [OK, OK]) == ["memory_limit", "memory_limit"]


def test_each_sandbox_has_a_cgroup_of_its_own_removed_once_reaped(slot: Slot) -> None:
    slot.prestart()
    assert slot.wait_ready()
    first = slot._spare.cgroup
    judge(slot, language="python", source="print('ok')\n", tests=[OK], limits=LIMITS)
    slot.prestart()  # reaps the used sandbox and starts the next, in a new cgroup
    assert slot._spare.cgroup.dirs != first.dirs
    assert not any(directory.exists() for directory in first.dirs.values())
