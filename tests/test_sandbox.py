"""The sandbox runner on its own: back-to-back runs, as a busy worker makes them."""

from __future__ import annotations

import resource

import psutil

from app.settings import get_settings
from jobs.sandbox import Limits, Slot, judge
from jobs.sandbox import TestCase as Case

CALLS = [
    Case("call", call, want) for call, want in (("add(1, 2)", "3"), ("add(-5, 5)", "0"), ("add(10**6, 1)", "1000001"))
]
SOLUTION = "def add(a, b):\n    return a + b\n"


def _processes_of(uid: int) -> list[psutil.Process]:
    return [p for p in psutil.process_iter(["uids"]) if p.info["uids"] and p.info["uids"].real == uid]


def test_back_to_back_sandboxes_all_run_and_leave_no_zombies() -> None:
    """More runs than the slot's process limit: a used sandbox that is not reaped would keep counting against it."""
    settings = get_settings()
    own_limit = resource.getrlimit(resource.RLIMIT_NPROC)
    slot = Slot(settings.sandbox_base_uid, settings.sandbox_slots)
    try:
        runs = Limits().processes + 20
        reported = []
        for _ in range(runs):
            judgement = judge(slot, language="python", source=SOLUTION, tests=CALLS, limits=Limits())
            reported.append([(t.verdict, t.excerpt) for t in judgement.tests])
            slot.prestart()
        assert reported == [[("accepted", "3"), ("accepted", "0"), ("accepted", "1000001")]] * runs
        assert slot.wait_ready()  # the new spare is up: bwrap's own set-up children have come and gone
        left = _processes_of(slot.uid)
        assert [p.status() for p in left if p.status() == psutil.STATUS_ZOMBIE] == []
        assert len(left) <= 3  # the pre-started spare: bwrap, the harness and its template
        assert resource.getrlimit(resource.RLIMIT_NPROC) == own_limit  # the sandboxes' limit stayed theirs
    finally:
        slot.close()
