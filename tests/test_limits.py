"""One student cannot crowd out the others: submissions and runs are limited per question and per student across
questions, autosaves per student (429 with Retry-After), and long-polls per user (beyond the cap a wait answers at
once with the current state).

An API of its own with small limits (and no workers: attempts stay queued, so long-polls really wait).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.factories import make_assignment, make_attempt, make_question, make_world
from tests.support import auth, isolated, problem, start_of_a_rate_window

LIMITS = {
    "SUBMIT_RATE_PER_MINUTE": "3",
    "SUBMIT_TOTAL_RATE_PER_MINUTE": "5",
    "RUN_RATE_PER_MINUTE": "5",
    "RUN_QUESTION_RATE_PER_MINUTE": "2",
    "AUTOSAVE_RATE_PER_MINUTE": "4",
    "LONGPOLLS_PER_USER": "2",
}


@pytest.fixture(scope="module")
def limited(service_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    with isolated(service_env, tmp_path_factory.mktemp("limits"), **LIMITS) as stack:
        yield stack["client"]


def _three_questions(world) -> tuple[int, list[int]]:
    questions = [make_question(f"q-{i}", owner=world.instructor.id) for i in range(3)]
    return make_assignment(world.module, questions, title="Three", order_index=3).id, [q.id for q in questions]


def test_submissions_are_limited_per_question_and_per_student_across_questions(limited: httpx.Client) -> None:
    world = make_world()
    item, questions = _three_questions(world)
    start_of_a_rate_window()

    def submit(question: int, n: int) -> httpx.Response:
        code = f"def add(a, b):\n    return a + b  # {n}\n"
        url = f"/api/assignments/{item}/questions/{question}/submissions"
        return limited.post(url, json={"code": code}, headers=auth(world.student.id))

    first = [submit(questions[0], n).status_code for n in range(4)]
    assert first == [202, 202, 202, 429]  # 3 a minute for one question
    assert [submit(questions[1], n).status_code for n in range(3)] == [202, 202, 429]  # 5 in all
    refused = submit(questions[2], 0)
    assert "submissions" in problem(refused, 429)["detail"] and int(refused.headers["retry-after"]) >= 1
    classmate = limited.post(
        f"/api/assignments/{item}/questions/{questions[2]}/submissions",
        json={"code": "def add(a, b):\n    return a + b\n"},
        headers=auth(world.classmate.id),
    )
    assert classmate.status_code == 202  # limits are the student's own


def test_runs_are_limited_per_question_too(limited: httpx.Client) -> None:
    world = make_world()
    item, questions = _three_questions(world)
    start_of_a_rate_window()

    def run(question: int) -> int:
        url = f"/api/assignments/{item}/questions/{question}/runs"
        body = {"code": "print(1)\n", "language": "python", "stdin": ""}
        return limited.post(url, json=body, headers=auth(world.student.id)).status_code

    assert [run(questions[0]) for _ in range(3)] == [202, 202, 429]
    assert [run(questions[1]) for _ in range(3)] == [202, 202, 429]
    assert run(questions[2]) == 202


def test_autosaves_are_rate_limited_with_retry_after(limited: httpx.Client) -> None:
    world = make_world()
    url = f"/api/assignments/{world.assignment.id}/questions/{world.question.id}/progress"
    start_of_a_rate_window()
    revision, statuses = 0, []
    for n in range(5):
        answer = limited.put(
            url, json={"code": f"x = {n}\n", "base_revision": revision}, headers=auth(world.student.id)
        )
        statuses.append(answer.status_code)
        revision = answer.json().get("revision", revision)
    assert statuses == [200, 200, 200, 200, 429]
    assert int(answer.headers["retry-after"]) >= 1


def test_long_polls_beyond_the_cap_answer_at_once_and_others_still_wait(limited: httpx.Client) -> None:
    world = make_world()
    attempt = make_attempt(world, status="running", tries=1)  # never finishes: no workers here
    path = f"/api/submissions/{attempt}?wait=4"

    def timed(user_id: int) -> tuple[int, float]:
        started = time.monotonic()
        status = limited.get(path, headers=auth(user_id)).status_code
        return status, time.monotonic() - started

    with ThreadPoolExecutor(4) as pool:
        holding = [pool.submit(timed, world.student.id) for _ in range(2)]
        time.sleep(1.0)  # both waits are open
        status, seconds = timed(world.student.id)
        assert (status, seconds < 1.5) == (200, True)  # beyond the cap: the current state at once
        staff = pool.submit(timed, world.instructor.id)  # another user's waits are theirs
        assert all(f.result()[0] == 200 and f.result()[1] >= 3.5 for f in holding)
        assert staff.result()[1] >= 3.5
    status, seconds = timed(world.student.id)  # the slots came back
    assert status == 200 and seconds >= 3.5
