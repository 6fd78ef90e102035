"""Score passback (AGS) to the independent platform (tests/lti_platform.py), from the grade ledger through the
outbox: a graded score reaches the line item once and quickly, a rejudge sends the new score, an outage only delays
scores, held exam results wait for their release."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx

from tables.courses import Class
from tests.factories import make_assignment, make_exam, make_module, make_question
from tests.grading_support import wait_graded
from tests.lti_support import TEACHER, Lti, exchange, launch, lti, lti_servers, wait_for  # noqa: F401
from tests.support import METRICS_AUTH, auth, run, sql

TESTS = [{"name": "adds", "kind": "call", "input": "add(1, 2)", "expected": "3"}]
FAILED_METRIC = 'autograder_lti_scores{status="failed"} 1.0'
MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#"
RIGHT = "def add(a, b):\n    return a + b\n"


def _linked(lti: Lti, *, exam: bool = False) -> dict:
    """A class made by the instructor's launch, an assignment (10 points) in it, and a student who launched it."""
    lti.control(members=[_member("t-1", "Instructor"), _member("s-1", "Learner")])  # the first launch syncs it
    teacher = exchange(lti, launch(lti, **TEACHER).code).json()
    module = make_module(run(Class.objects().get(Class.id == teacher["class_id"])))
    question = make_question("adder", tests=TESTS, default_points=10.0)
    if exam:
        item = make_exam(module, [question], opens=-timedelta(hours=1), closes=timedelta(hours=1), title="Adding")
    else:
        item = make_assignment(module, [question], title="Adding")
    student = launch(lti, user="s-1", roles="Learner", email="s1@school.edu", resource_link="rl-1", item=str(item.id))
    body = exchange(lti, student.code).json()
    assert body["assignment_id"] == item.id
    return {"teacher": teacher, "student": body["user_id"], "item": item, "question": question}


def _member(sub: str, role: str) -> dict:
    return {"user_id": sub, "roles": [MEMBERSHIP + role], "status": "Active", "email": f"{sub}@school.edu"}


def _submit(api: httpx.Client, world: dict, code: str) -> dict:
    item, question = world["item"], world["question"]
    answer = api.post(
        f"/api/assignments/{item.id}/questions/{question.id}/submissions",
        json={"code": code, "language": "python"},
        headers=auth(world["student"]),
    )
    assert answer.status_code == 202, answer.text
    return wait_graded(api, answer.json()["id"], world["student"])


def _scores(lti: Lti, user: str = "s-1") -> list[dict]:
    return [s for s in lti.state()["scores"] if s["userId"] == user]


def test_a_graded_score_reaches_the_line_item_once_within_5_s(lti: Lti, api: httpx.Client, workers) -> None:
    world = _linked(lti)
    graded = _submit(api, world, RIGHT)
    assert graded["score"] == 10.0
    graded_at = time.time()
    [score] = wait_for(lambda: _scores(lti), timeout=5.0, interval=0.05)
    assert score["received_at"] - graded_at < 5.0
    assert (score["scoreGiven"], score["scoreMaximum"]) == (10.0, 10.0)
    assert (score["activityProgress"], score["gradingProgress"]) == ("Completed", "FullyGraded")
    [line_item] = lti.state()["lineitems"].values()
    assert line_item["resourceId"] == str(world["item"].id) and line_item["scoreMaximum"] == 10.0
    time.sleep(3)  # the poller runs every second: nothing is sent again
    assert len(_scores(lti)) == 1
    state = httpx.get(
        f"{lti.api}/api/classes/{world['teacher']['class_id']}/lti/sync",
        headers={"Authorization": f"Bearer {world['teacher']['access_token']}"},
    ).json()
    assert (state["linked"], state["sent"], state["pending"], state["failed"]) == (True, 1, 0, 0)


def test_a_rejudge_that_changes_a_score_sends_the_new_score(
    lti: Lti, api: httpx.Client, workers, service_env: dict[str, str]
) -> None:
    world = _linked(lti)
    _submit(api, world, RIGHT)
    wait_for(lambda: _scores(lti), timeout=10)
    sql("UPDATE test_cases SET expected = '4' WHERE question = $1", world["question"].id)
    answer = subprocess.run(
        [str(Path(sys.executable).parent / "autograder"), "rejudge", "--question", str(world["question"].id)]
        + ["--publish"],
        env=service_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert answer.returncode == 0, answer.stderr
    scores = wait_for(lambda: s if len(s := _scores(lti)) == 2 else None, timeout=10)
    assert [s["scoreGiven"] for s in scores] == [10.0, 0.0]
    assert scores[0]["timestamp"] < scores[1]["timestamp"]


def test_a_platform_outage_delays_scores_and_they_arrive_after_it_returns(lti: Lti, api: httpx.Client, workers) -> None:
    world = _linked(lti)
    lti.control(outage=True)
    _submit(api, world, RIGHT)
    staff = {"Authorization": f"Bearer {world['teacher']['access_token']}"}
    sync_url = f"{lti.api}/api/classes/{world['teacher']['class_id']}/lti/sync"
    failed = wait_for(lambda: (b := httpx.get(sync_url, headers=staff).json())["failed"] and b, timeout=10)
    assert "503" in failed["problems"][0]["last_error"] and _scores(lti) == []
    metrics = wait_for(
        lambda: (
            'autograder_lti_scores{status="failed"} 1.0'
            in (t := httpx.get(f"{lti.api}/metrics", headers=METRICS_AUTH).text)
            and t
        ),
        timeout=12,
    )
    assert metrics
    lti.control(outage=False)
    [score] = wait_for(lambda: _scores(lti), timeout=20)
    assert score["scoreGiven"] == 10.0
    assert wait_for(lambda: httpx.get(sync_url, headers=staff).json()["sent"] == 1, timeout=5)


def test_held_exam_results_are_sent_only_when_released(lti: Lti, api: httpx.Client, workers) -> None:
    world = _linked(lti, exam=True)
    started = api.post(f"/api/assignments/{world['item'].id}/start", headers=auth(world["student"]))
    assert started.status_code == 201, started.text
    _submit(api, world, RIGHT)
    time.sleep(3)
    assert _scores(lti) == []
    released = api.post(
        f"/api/assignments/{world['item'].id}/release",
        headers={"Authorization": f"Bearer {world['teacher']['access_token']}"},
    )
    assert released.status_code == 200, released.text
    [score] = wait_for(lambda: _scores(lti), timeout=10)
    assert score["scoreGiven"] == 10.0
