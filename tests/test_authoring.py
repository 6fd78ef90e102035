"""Authoring: tests validated against the reference solution by the workers, publishing blocked by invalid tests
(what is refused when written: tests/test_authoring_rules.py)."""

from __future__ import annotations

import time

import httpx

from app.grading.contract import enqueue_validation, validate_job_id
from app.settings import get_settings
from tests.authoring_support import SUM_TESTS, create
from tests.factories import make_assignment, make_world
from tests.support import auth, problem, seed_demo, sql


def wait_validated(api: httpx.Client, question_id: int, user_id: int, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        question = api.get(f"/api/questions/{question_id}", headers=auth(user_id)).json()
        if question["tests"] and all(t["validation"] != "pending" for t in question["tests"]):
            return question
        time.sleep(0.2)
    raise AssertionError(f"question {question_id} still pending after {timeout}s: {question}")


def states(question: dict) -> list[tuple[str, str]]:
    return [(t["name"], t["validation"]) for t in question["tests"]]


def test_tests_the_reference_solution_passes_become_valid(api: httpx.Client, workers) -> None:
    world = make_world()
    question = create(api, world.instructor.id)
    assert states(question) == [("small", "pending"), ("negative", "pending")]
    validated = wait_validated(api, question["id"], world.instructor.id)
    assert states(validated) == [("small", "valid"), ("negative", "valid")]
    assert [t["validation_reason"] for t in validated["tests"]] == ["", ""]
    item = make_assignment(world.module, [], title="Draft", published=False, order_index=3)
    sql("INSERT INTO assignment_question (assignment, question) SELECT id, $2 FROM assignment WHERE content_item = $1",
        item.id, question["id"])  # fmt: skip
    staff_view = api.get(f"/api/assignments/{item.id}", headers=auth(world.ta.id)).json()
    assert [t["validation"] for t in staff_view["questions"][0]["tests"]] == ["valid", "valid"]


def test_a_test_the_reference_fails_is_invalid_with_its_reason_and_blocks_publishing(
    api: httpx.Client, workers
) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    broken = [*SUM_TESTS, {"name": "typo", "input": "1 1\n", "expected": "3\n"}]
    question = wait_validated(api, create(api, world.instructor.id, tests=broken)["id"], world.instructor.id)
    assert states(question)[2] == ("typo", "invalid")
    assert question["tests"][2]["validation_reason"].startswith("wrong_answer: 2")
    item = make_assignment(world.module, [], title="Draft", published=False, order_index=3)
    assert api.post(f"/api/assignments/{item.id}/questions", json={"question_id": question["id"]}, headers=headers)

    refused = problem(api.post(f"/api/items/{item.id}/publish", json={"published": True}, headers=headers), 409)
    typo = question["tests"][2]
    assert refused["failing_tests"] == [
        {
            "question_id": question["id"],
            "slug": question["slug"],
            "test_id": typo["id"],
            "test_name": "typo",
            "reason": typo["validation_reason"],
        }
    ]
    assert sql("SELECT is_published FROM content_item WHERE id = $1", item.id)[0][0] is False

    fixed = api.patch(f"/api/tests/{typo['id']}", json={"expected": "2\n"}, headers=headers)
    assert fixed.json()["validation"] == "pending"
    assert states(wait_validated(api, question["id"], world.instructor.id))[2] == ("typo", "valid")
    published = api.post(f"/api/items/{item.id}/publish", json={"published": True}, headers=headers)
    assert published.status_code == 200 and published.json()["is_published"] is True


def test_a_reference_solution_that_does_not_compile_makes_every_test_invalid(api: httpx.Client, workers) -> None:
    world = make_world()
    question = create(api, world.instructor.id, language="c", reference_solution="int main( {")
    validated = wait_validated(api, question["id"], world.instructor.id)
    assert {t["validation"] for t in validated["tests"]} == {"invalid"}
    assert all(t["validation_reason"].startswith("compile_error") for t in validated["tests"])


def test_changing_the_reference_solution_validates_the_tests_again(api: httpx.Client, workers) -> None:
    world = make_world()
    question = wait_validated(api, create(api, world.instructor.id)["id"], world.instructor.id)
    changed = api.patch(
        f"/api/questions/{question['id']}", json={"reference_solution": "print(0)\n"}, headers=auth(world.instructor.id)
    ).json()
    assert changed["revision"] == question["revision"] + 1
    assert states(changed) == [("small", "pending"), ("negative", "pending")]
    assert states(wait_validated(api, question["id"], world.instructor.id)) == [
        ("small", "invalid"),
        ("negative", "invalid"),
    ]
    retitled = api.patch(
        f"/api/questions/{question['id']}", json={"title": "Renamed"}, headers=auth(world.instructor.id)
    )
    assert retitled.json()["revision"] == changed["revision"], "a title is not something a validation depends on"


def test_a_question_without_reference_solution_has_unchecked_tests_and_publishes(api: httpx.Client) -> None:
    world = make_world()
    question = create(api, world.instructor.id, reference_solution="")
    assert {(t["validation"], t["validation_reason"]) for t in question["tests"]} == {
        ("unchecked", "the question has no reference solution")
    }
    item = make_assignment(world.module, [], title="Draft", published=False, order_index=3)
    sql("INSERT INTO assignment_question (assignment, question) SELECT id, $2 FROM assignment WHERE content_item = $1",
        item.id, question["id"])  # fmt: skip
    assert api.post(f"/api/items/{item.id}/publish", json={"published": True}, headers=auth(world.instructor.id))


def _wait_for_job(job_id: str, timeout: float = 30) -> None:
    from rq.job import Job
    from rq.serializers import JSONSerializer

    from app.adapters.queue import redis_connection

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = Job.fetch(job_id, connection=redis_connection(get_settings().redis_address), serializer=JSONSerializer)
        if job.get_status() in ("finished", "failed"):
            assert job.get_status() == "finished", job.exc_info
            return
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def test_an_older_validation_never_overwrites_a_newer_pending_state(api: httpx.Client, workers) -> None:
    world = make_world()
    question = wait_validated(api, create(api, world.instructor.id)["id"], world.instructor.id)
    old = question["revision"]
    # a newer change whose own validation has not run yet
    sql("UPDATE questions SET revision = revision + 1 WHERE id = $1", question["id"])
    sql("UPDATE test_cases SET validation = 'pending' WHERE question = $1", question["id"])
    assert enqueue_validation(get_settings(), question["id"], old)
    _wait_for_job(validate_job_id(question["id"], old))
    rows = sql("SELECT validation FROM test_cases WHERE question = $1", question["id"])
    assert [r[0] for r in rows] == ["pending", "pending"]


def test_every_seeded_question_passes_its_own_tests_in_every_language(service_env, workers) -> None:
    seeded = seed_demo(service_env)
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    tour = sql(
        "SELECT q.language FROM content_item ci JOIN assignment a ON a.content_item = ci.id "
        "JOIN assignment_question aq ON aq.assignment = a.id JOIN questions q ON q.id = aq.question "
        "WHERE ci.title = 'One problem, five languages' ORDER BY aq.order_index"
    )
    assert [r[0] for r in tour] == ["python", "c", "cpp", "java", "javascript"]
    deadline = time.monotonic() + 120
    while sql("SELECT count(*) FROM test_cases WHERE validation = 'pending'")[0][0] and time.monotonic() < deadline:
        time.sleep(0.5)
    states = sql(
        "SELECT q.slug, t.name, t.validation, t.validation_reason FROM test_cases t JOIN questions q "
        "ON q.id = t.question WHERE t.validation <> 'valid' ORDER BY q.slug, t.name"
    )
    assert [tuple(r) for r in states] == []


SIGN_CHECKER = """import json
case = json.loads(input())
want, got = case["expected"].strip(), case["output"].strip()
if got == want:
    print(json.dumps({"passed": True}))
elif got.lstrip("-") == want:
    print(json.dumps({"passed": False, "score": 0.5, "message": "wrong sign"}))
else:
    print(json.dumps({"passed": False, "message": "no"}))
"""


def test_a_checker_question_validates_and_its_checker_gives_partial_credit(api: httpx.Client, workers) -> None:
    from tests.grading_support import wait_graded

    world = make_world()
    question = create(
        api,
        world.instructor.id,
        reference_solution="print(int(input()) * 2)\n",
        checker=SIGN_CHECKER,
        default_points=10,
        tests=[{"name": "double", "kind": "checker", "input": "4\n", "expected": "8"}],
    )
    assert states(wait_validated(api, question["id"], world.instructor.id)) == [("double", "valid")]
    item = make_assignment(world.module, [], title="Signs", order_index=3)
    sql("INSERT INTO assignment_question (assignment, question) SELECT id, $2 FROM assignment WHERE content_item = $1",
        item.id, question["id"])  # fmt: skip
    submitted = api.post(
        f"/api/assignments/{item.id}/questions/{question['id']}/submissions",
        json={"code": "print(-int(input()) * 2)\n", "language": "python"},
        headers=auth(world.student.id),
    )
    graded = wait_graded(api, submitted.json()["id"], world.student.id)
    assert (graded["verdict"], graded["score"], graded["max_score"]) == ("wrong_answer", 5.0, 10.0)
