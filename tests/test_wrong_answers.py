"""Wrong-answer clusters kept by the analytics job: outputs grouped by the test's compare mode, first failing tests,
and the same numbers from a rebuild (a recount from the attempts)."""

from __future__ import annotations

import time

import httpx

from jobs.analytics import rebuild_all
from tests.factories import enroll, make_user
from tests.grading_support import submit_and_wait, world_with
from tests.support import auth, problem, sql

TESTS = [
    {"name": "sum", "kind": "io", "input": "1 2\n", "expected": "3\n", "compare_mode": "ignore_trailing_whitespace"},
    {"name": "shout", "kind": "io", "input": "hi\n", "expected": "HI!\n", "compare_mode": "case_insensitive"},
]
PROGRAM = "s = input()\ntry:\n    a, b = map(int, s.split())\n    print({sum})\nexcept ValueError:\n    print({word})\n"
RIGHT = PROGRAM.format(sum="a + b", word="s.upper() + '!'")
MINUS = PROGRAM.format(sum="a - b", word="s + '!'")  # sum fails with -1; "hi!" passes case-insensitively
MINUS_SPACED_NO_BANG = PROGRAM.format(sum="str(a - b) + '   '", word="s.upper()")  # -1 (trailing spaces), HI
LOWER = PROGRAM.format(sum="a + b", word="s.lower()")  # sum passes; hi (the same as HI, case-insensitively)
TABLES = {
    "wrong_output": "attempt, test_case, student, verdict, output_key, output, first_failure",
    "wrong_answer_cluster": "test_case, verdict, output_key, output, students, attempts, first_failure_students, "
    "example_attempt",
    "test_failure": "test_case, failing_students, failing_attempts, first_failure_students",
    "problem_analytics": "question, assignment, attempts, distinct_students, solved_students",
}


def snapshot() -> dict[str, list[tuple]]:
    return {
        table: sorted((tuple(row) for row in sql(f"SELECT {columns} FROM {table}")), key=repr)
        for table, columns in TABLES.items()
    }


def wait_for(api: httpx.Client, path: str, user_id: int, ready, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = api.get(path, headers=auth(user_id)).json()
        if ready(body):
            return body
        time.sleep(0.2)
    raise AssertionError(body)


def test_wrong_outputs_cluster_by_compare_mode_and_match_a_rebuild(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    peer = make_user("peer@test.edu")
    enroll(world.cs101, peer)
    first = submit_and_wait(api, world, MINUS)
    submit_and_wait(api, world, MINUS)
    spaced = submit_and_wait(api, world, MINUS_SPACED_NO_BANG, user=world.classmate)
    lower = submit_and_wait(api, world, LOWER, user=peer)
    right = submit_and_wait(api, world, RIGHT)
    assert [a["verdict"] for a in (first, spaced, lower, right)] == ["wrong_answer"] * 3 + ["accepted"]
    item, question = world.extra["item"], world.extra["question"]
    path = f"/api/assignments/{item.id}/questions/{question.id}/wrong-answers"
    body = wait_for(api, path, world.instructor.id, lambda b: b["students"] == 3 and b["solved_students"] == 1)
    summing, shouting = body["tests"]
    assert (summing["name"], shouting["name"]) == ("sum", "shout")
    assert [
        (w["output"], w["students"], w["attempts"], w["first_failure_students"]) for w in summing["wrong_answers"]
    ] == [
        ("-1", 2, 3, 2)  # "-1" and "-1   " are one answer under ignore_trailing_whitespace
    ]
    assert summing["wrong_answers"][0]["example_attempt"] == first["id"]
    assert summing["wrong_answers"][0]["first_failure_share"] == round(2 / 3, 4)
    assert [
        (w["output"], w["students"], w["attempts"], w["first_failure_students"]) for w in shouting["wrong_answers"]
    ] == [
        ("hi", 2, 2, 1)  # HI and hi are one answer case-insensitively; only the peer failed it first
    ]
    assert (summing["failing_students"], summing["failing_attempts"], summing["first_failure_students"]) == (2, 3, 2)
    assert (shouting["failing_students"], shouting["first_failure_students"]) == (2, 1)
    assert body["fails_first"] == [summing["test_id"], shouting["test_id"]]
    assert body["avg_attempts_to_first_pass"] == 3.0 and body["avg_seconds_to_first_pass"] >= 0
    incremental = snapshot()
    assert incremental["wrong_output"] and incremental["wrong_answer_cluster"]
    rebuild_all()
    assert snapshot() == incremental


def test_wrong_answers_are_for_the_class_staff_only(api: httpx.Client) -> None:
    world = world_with(TESTS)
    item, question = world.extra["item"], world.extra["question"]
    path = f"/api/assignments/{item.id}/questions/{question.id}/wrong-answers"
    for caller in (world.student, world.other_instructor):
        problem(api.get(path, headers=auth(caller.id)), 404)
    assert api.get(path, headers=auth(world.ta.id)).status_code == 200
    empty = api.get(path, headers=auth(world.instructor.id)).json()
    assert empty["students"] == 0 and [t["wrong_answers"] for t in empty["tests"]] == [[], []]
