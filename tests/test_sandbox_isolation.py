"""The sandbox's own guarantees, through its public entry point and its command line (no API, no database).

The hostile suite itself lives in `jobs/sandbox/selftest.py` (operators run it as `autograder sandbox selftest`); the
test here runs that very command. The other tests replace the harness with a hostile one, as if student code had
taken it over, to prove the worker's own checks: records validated, limits re-checked from the cgroup and the
worker's clock, and a stuck sandbox costing no more than its limits plus a fixed overhead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.settings import PROJECT_ROOT, get_settings
from jobs.sandbox import Limits, Slot, judge
from jobs.sandbox import TestCase as Case
from jobs.sandbox.attacks_judge import SCAN_FOR_SECOND_INPUT
from jobs.sandbox.runner import SLOT_DIR
from jobs.sandbox.selftest import ATTACKS, Attack, Result
from jobs.sandbox.session import OVERHEAD_SECONDS

OK = Case("io", "", "ok\n")
LIMITS = Limits(cpu_ms=300, wall_ms=1000, memory_mb=64)


@pytest.fixture
def slot() -> Iterator[Slot]:
    settings = get_settings()
    slot = Slot(settings.sandbox_base_uid, settings.sandbox_slots)
    try:
        yield slot
    finally:
        slot.close()


def _console_script() -> str:
    return str(Path(sys.executable).with_name("autograder"))


def test_selftest_command_reports_every_attack_contained() -> None:
    done = subprocess.run(
        [_console_script(), "sandbox", "selftest"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert sum(line.startswith("contained ") for line in lines) == len(ATTACKS) >= 30
    assert not [line for line in lines if line.startswith("NOT CONTAINED")]


def test_selftest_result_is_not_contained_when_a_verdict_differs() -> None:
    attack = Attack("x", "", ("time_limit|memory_limit", "accepted"))
    assert Result(attack, ("memory_limit", "accepted"), True).contained
    assert not Result(attack, ("accepted", "accepted"), True).contained
    assert not Result(attack, ("time_limit",), True).contained
    assert not Result(attack, ("time_limit", "accepted"), False).contained


def test_the_outer_sandbox_process_gets_an_empty_environment(slot: Slot) -> None:
    slot.prestart()
    assert slot.wait_ready()
    assert Path(f"/proc/{slot._spare.process.pid}/environ").read_bytes() == b""


def _with_harness(slot: Slot, body: str) -> None:
    """The slot's next sandbox runs `body` as its harness (after saying ready and reading the job)."""
    source = textwrap.dedent("""
        import json, marshal, os, sys, time
        def frame():
            size = int.from_bytes(os.read(0, 4), "big")
            data = b""
            while len(data) < size:
                data += os.read(0, size - len(data))
            return marshal.loads(data)
        def say(record, payload=b""):
            sys.stdout.buffer.write(json.dumps(record).encode() + b"\\n" + payload)
            sys.stdout.flush()
        def run():  # what the sandbox calls after importing the harness: this one did its work on import
            pass
        say({"step": "ready"})
        job = frame()
        say({"step": "compile", "ok": True, "message": "", "build_bytes": 0})
    """) + textwrap.dedent(body)
    directory = SLOT_DIR / f"hostile-harness-{slot.uid}"  # where the slot's uid can read it, as the real one
    directory.mkdir(mode=0o755, exist_ok=True)
    (directory / "harness.py").write_text(source)
    os.chmod(directory / "harness.py", 0o644)
    slot.harness = str(directory)


def _record(index: int = 0, **changes: object) -> dict:
    fields = {"step": "test", "index": index, "outcome": None, "exit_code": 0, "time_ms": 1, "cpu_ms": 1}
    return {**fields, "max_rss_kb": 1, "stdout": 3, "stderr": 0, "result": 0, **changes}


@pytest.mark.parametrize(
    ("record", "why"),
    [
        (_record(index=1), "a record out of order"),
        (_record(extra="x"), "an unknown field"),
        (_record(stdout=10**9), "a length over the output cap"),
        (_record(outcome="accepted"), "an unknown outcome"),
        (_record(exit_code="0"), "a field of the wrong type"),
    ],
)
def test_a_record_the_harness_could_not_have_sent_is_refused(slot: Slot, record, why) -> None:
    _with_harness(slot, f"frame()\nsay({record!r}, b'ok\\n')\nframe()\nsay({{'step': 'done'}})\n")
    judgement = judge(slot, language="python", source="", tests=[OK], limits=LIMITS)
    assert [t.verdict for t in judgement.tests] == ["runtime_error"], why


def test_an_honest_looking_record_over_the_cpu_limit_is_a_time_limit(slot: Slot) -> None:
    """The record claims 1 ms of CPU; the cgroup counted the busy loop."""
    body = f"""
        frame()
        end = time.process_time() + 0.6
        while time.process_time() < end:
            pass
        say({_record()!r}, b"ok\\n")
        frame()
        say({{"step": "done"}})
    """
    _with_harness(slot, body)
    judgement = judge(slot, language="python", source="", tests=[OK], limits=LIMITS)
    assert judgement.tests[0].verdict == "time_limit"
    assert judgement.tests[0].cpu_ms >= 500


def test_a_frozen_sandbox_costs_its_limits_plus_a_fixed_overhead(slot: Slot) -> None:
    _with_harness(slot, "frame()\ntime.sleep(3600)\n")
    started = time.monotonic()
    judgement = judge(slot, language="python", source="", tests=[OK, OK, OK], limits=LIMITS)
    took = time.monotonic() - started
    assert [t.verdict for t in judgement.tests] == ["time_limit", "runtime_error", "runtime_error"]
    assert took < LIMITS.wall_ms / 1000 + OVERHEAD_SECONDS + 1.0


def test_each_test_input_enters_only_when_its_test_runs(slot: Slot) -> None:
    """The program sees its own input and nothing of the next test's, even in the memory it was forked from."""
    source = SCAN_FOR_SECOND_INPUT + "print(data.strip(), found)\n"
    tests = [Case("io", "SECRET-FIRST\n", "SECRET-FIRST False\n"), Case("io", "SECRET-SECOND\n", "x")]
    judgement = judge(slot, language="python", source=source, tests=tests, limits=LIMITS)
    assert judgement.tests[0].verdict == "accepted", judgement.tests[0]
    assert judgement.tests[1].excerpt == "SECRET-SECOND True\n"  # the scan does find an input that is there


def test_a_sandbox_that_cannot_clean_up_is_replaced_before_the_next_test(slot: Slot) -> None:
    """The first sandbox answers its first test, then says it could not clean up (as a harness whose clean-up failed
    does): the second test runs in a fresh sandbox, with the real harness, and is judged as any other."""
    real = slot.harness
    _with_harness(slot, f"frame()\nsay({_record()!r}, b'ok\\n')\nframe()\nsay({{'step': 'unclean', 'reason': 'x'}})\n")
    first_start = slot._start

    def start_then_the_real_harness():
        spare = first_start()
        slot.harness = real
        return spare

    slot._start = start_then_the_real_harness
    tests = [OK, Case("io", "", "fresh\n")]
    judgement = judge(slot, language="python", source="print('fresh')\n", tests=tests, limits=LIMITS)
    assert [(t.verdict, t.excerpt) for t in judgement.tests] == [("accepted", "ok\n"), ("accepted", "fresh\n")]


def test_worker_refuses_to_start_without_isolation(service_env: dict[str, str]) -> None:
    """On a host whose cgroup file system it cannot use (here: an empty one, in a mount namespace of its own), the
    worker names what is missing and stops before taking any job."""
    done = subprocess.run(
        [
            "unshare",
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            f"mount -t tmpfs none /sys/fs/cgroup && exec {sys.executable} -m jobs.worker",
        ],
        env=service_env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "will not grade without sandbox isolation" in done.stderr, done.stderr
    assert "cgroup" in done.stderr
