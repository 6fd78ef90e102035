"""The attacks of issue 22 through the whole path (API, queue, worker, sandbox, database): each gets its verdict, the
attempt ends graded (never an error: whatever a program or a checker says can be stored), and the worker grades on.
Also the timing channel: a student's own result says nothing of a hidden test's time."""

from __future__ import annotations

import httpx
import pytest

from jobs.sandbox.attacks_accounting import ATTACKS
from tests.grading_support import ECHO_TEST, add_question, submit_and_wait, world_with
from tests.support import auth


def _rows(attack) -> list[dict]:
    return [
        {"name": f"test {i}", "kind": t.kind, "input": t.input, "expected": t.expected, "compare_mode": t.compare_mode}
        for i, t in enumerate(attack.tests)
    ]


@pytest.mark.parametrize("index", range(len(ATTACKS)), ids=[attack.name[:40] for attack in ATTACKS])
def test_accounting_attack_is_contained_through_the_worker(api: httpx.Client, workers, index: int) -> None:
    attack = ATTACKS[index]
    world = world_with(
        _rows(attack),
        language=attack.language,
        time_limit_ms=attack.limits.cpu_ms,
        memory_limit_mb=attack.limits.memory_mb,
        output_limit_kb=attack.limits.output_bytes // 1024,
    )
    result = submit_and_wait(api, world, attack.source)
    first_failure = next((v for v in attack.verdicts if v != "accepted"), "accepted")
    assert result["status"] == "graded", (attack.name, result)
    assert result["verdict"] in first_failure.split("|"), (attack.name, result)
    assert all(w.poll() is None for w in workers), f"{attack.name} killed a worker"
    ordinary = submit_and_wait(api, add_question(world, ECHO_TEST), "print('ok')\n", user=world.classmate)
    assert ordinary["verdict"] == "accepted", ordinary


CHECKER_ECHOING_THE_OUTPUT = (
    "import json, sys\n"
    "answer = json.load(sys.stdin)\n"
    'print(json.dumps({"passed": False, "message": json.loads(answer["output"])}))\n'
)


def test_a_checker_message_echoing_a_lone_surrogate_and_nul_is_stored(api: httpx.Client, workers) -> None:
    """The student prints the JSON text of a lone surrogate and a NUL; the checker echoes what it decodes. PostgreSQL
    refuses both in text: the one sanitizer replaces them, and the attempt is graded at once."""
    world = world_with(
        [{"name": "checked", "kind": "checker", "input": "", "expected": ""}], checker=CHECKER_ECHOING_THE_OUTPUT
    )
    result = submit_and_wait(api, world, "print('\"\\\\ud800 \\\\u0000\"')\n")
    assert (result["status"], result["verdict"]) == ("graded", "wrong_answer"), result
    assert result["tests"][0]["output_excerpt"] == "\ufffd \ufffd"


SLEEP_FOR_THE_INPUT = "import time\ntime.sleep(int(input()) / 1000)\nprint('ok')\n"


def test_a_student_sees_no_time_of_a_hidden_test(api: httpx.Client, workers) -> None:
    world = world_with(
        [
            {"name": "shown", "kind": "io", "input": "5\n", "expected": "ok\n"},
            {"name": "hidden", "kind": "io", "input": "777\n", "expected": "ok\n", "visibility": "hidden"},
        ],
        time_limit_ms=2000,
    )
    result = submit_and_wait(api, world, SLEEP_FOR_THE_INPUT)
    shown, hidden = result["tests"]
    assert result["verdict"] == "accepted", result
    assert hidden["time_ms"] is None and shown["time_ms"] < 700
    assert result["execution_time_ms"] == shown["time_ms"]  # the total would carry the hidden test's 777 ms
    staff = api.get(f"/api/submissions/{result['id']}", headers=auth(world.ta.id)).json()
    assert next(t for t in staff["tests"] if t["name"] == "hidden")["time_ms"] >= 777
    assert staff["execution_time_ms"] >= 777
