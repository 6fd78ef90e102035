"""The hostile suite: attacks a student could try, each with the verdict it must get on this host.

Isolation depends on the host (kernel, cgroup version, container runtime, AppArmor's rules for user namespaces), so
operators run `autograder sandbox selftest` after every deploy: it runs every attack here through `judge`, as the
workers do, and prints per attack `contained` or `NOT CONTAINED`, exiting non-zero when anything got through.
Every program prints `ok` only when its attack was refused, so a wrong verdict shows an escape. After each attack an
ordinary program must still be accepted in the same slot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jobs.sandbox import attacks_accounting, attacks_judge, attacks_languages, attacks_resources
from jobs.sandbox.attack_kit import LIMITS, OK, Attack
from jobs.sandbox.judge import judge
from jobs.sandbox.runner import Slot

ATTACKS: list[Attack] = [
    *attacks_judge.ATTACKS,
    *attacks_resources.ATTACKS,
    *attacks_languages.ATTACKS,
    *attacks_accounting.ATTACKS,
]


@dataclass(frozen=True)
class Result:
    attack: Attack
    verdicts: tuple[str, ...]
    still_grades: bool

    @property
    def contained(self) -> bool:
        expected = [set(v.split("|")) for v in self.attack.verdicts]
        return (
            len(self.verdicts) == len(expected)
            and all(got in allowed for got, allowed in zip(self.verdicts, expected, strict=True))
            and self.still_grades
        )


def run_attack(slot: Slot, attack: Attack) -> Result:
    judgement = judge(slot, language=attack.language, source=attack.source, tests=attack.tests, limits=attack.limits)
    verdicts = tuple(t.verdict for t in judgement.tests) if judgement.compile_ok else ("compile_error",)
    after = judge(slot, language="python", source="print('ok')\n", tests=[OK], limits=LIMITS)
    return Result(attack, verdicts, [t.verdict for t in after.tests] == ["accepted"])


def run_all(slot: Slot, report: Callable[[Result], None]) -> list[Result]:
    results = []
    for attack in ATTACKS:
        result = run_attack(slot, attack)
        report(result)
        results.append(result)
    return results
