"""Authoring: tests validated against the reference solution by the workers, publishing blocked by invalid tests,
settings that cannot work refused when written, slugs unique per owner."""

from __future__ import annotations

import time

import httpx
import pytest

from app.grading_contract import enqueue_validation, validate_job_id
from app.settings import get_settings
from tests.factories import make_assignment, make_question, make_world
from tests.support import auth, problem, seed_demo, sql

ADD_IO = "a, b = map(int, input().split())\nprint(a + b)\n"
SUM_TESTS = [
    {"name": "small", "input": "2 3\n", "expected": "5\n"},
    {"name": "negative", "input": "-7 2\n", "expected": "-5\n", "visibility": "hidden"},
]


def create(api: httpx.Client, user_id: int, **fields) -> dict:
    body = {"slug": f"q-{time.monotonic_ns()}", "title": "Sum", "reference_solution": ADD_IO, "tests": SUM_TESTS}
    response = api.post("/api/questions", json={**body, **fields}, headers=auth(user_id))
    assert response.status_code == 201, response.text
    return response.json()


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


# settings that cannot work are refused when written ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("test", "field"),
    [
        ({"compare_mode": "regex", "expected": "(["}, "expected"),
        ({"kind": "call", "compare_mode": "regex", "expected": '"(["'}, "expected"),
        ({"compare_mode": "exact", "tolerance": 0.01}, "tolerance"),
        ({"kind": "checker"}, "kind"),
    ],
    ids=["regex-io", "regex-call-json-string", "tolerance-not-numeric", "checker-without-checker"],
)
def test_a_test_that_cannot_work_is_refused_and_nothing_is_stored(api: httpx.Client, test: dict, field: str) -> None:
    world = make_world()
    body = {"name": "bad", "input": "1\n", "expected": "1\n", **test}
    url = f"/api/questions/{world.question.id}/tests"
    assert problem(api.post(url, json=body, headers=auth(world.instructor.id)), 400)["field"] == field
    assert sql("SELECT count(*) FROM test_cases WHERE question = $1", world.question.id)[0][0] == 2
    created = api.post(
        "/api/questions", json={"slug": "bad-one", "title": "x", "tests": [body]}, headers=auth(world.instructor.id)
    )
    assert problem(created, 400)["field"] == field
    assert sql("SELECT count(*) FROM questions WHERE slug = 'bad-one'")[0][0] == 0


def test_a_tolerance_with_the_numeric_mode_is_accepted(api: httpx.Client) -> None:
    world = make_world()
    body = {"name": "close", "kind": "call", "input": "add(0.1, 0.2)", "expected": "0.3"}
    test = api.post(
        f"/api/questions/{world.question.id}/tests",
        json={**body, "compare_mode": "numeric_tolerance", "tolerance": 0.01},
        headers=auth(world.instructor.id),
    )
    assert test.status_code == 201, test.text
    assert test.json()["tolerance"] == 0.01


def test_changing_a_test_into_one_that_cannot_work_is_refused(api: httpx.Client) -> None:
    world = make_world()
    test_id = sql("SELECT id FROM test_cases WHERE question = $1 ORDER BY id LIMIT 1", world.question.id)[0][0]
    headers = auth(world.instructor.id)
    problem(api.patch(f"/api/tests/{test_id}", json={"compare_mode": "regex", "expected": "a("}, headers=headers), 400)
    problem(api.patch(f"/api/tests/{test_id}", json={"tolerance": 0.5}, headers=headers), 400)
    problem(api.patch(f"/api/tests/{test_id}", json={"kind": "checker"}, headers=headers), 400)
    row = sql("SELECT compare_mode, expected, tolerance, kind FROM test_cases WHERE id = $1", test_id)[0]
    assert tuple(row) == ("ignore_trailing_whitespace", "3", 1e-6, "call")


def test_a_call_test_on_a_c_question_is_refused_also_when_changing_the_language(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    c_question = make_question("in-c", owner=world.instructor.id, language="c", tests=[{"name": "t", "kind": "io"}])
    refused = api.post(
        f"/api/questions/{c_question.id}/tests", json={"name": "call", "kind": "call", "input": "f()"}, headers=headers
    )
    assert "c questions have no call tests" in problem(refused, 400)["detail"]
    # the world's question is Python with call tests: it cannot become C
    to_c = api.patch(f"/api/questions/{world.question.id}", json={"language": "c"}, headers=headers)
    assert problem(to_c, 400)["field"] == "kind"
    assert sql("SELECT language FROM questions WHERE id = $1", world.question.id)[0][0] == "python"


def test_checker_tests_need_a_checker_that_parses_and_keep_it(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    checker = "import json\ncase = json.loads(input())\nprint(json.dumps({'passed': True}))\n"
    problem(api.post("/api/questions", json={"slug": "chk", "title": "x", "checker": "def ("}, headers=headers), 400)
    question = create(
        api,
        world.instructor.id,
        reference_solution="",
        checker=checker,
        tests=[{"name": "judged", "kind": "checker", "input": "4\n", "expected": "2\n"}],
    )
    assert question["checker"] == checker and question["tests"][0]["kind"] == "checker"
    removed = api.patch(f"/api/questions/{question['id']}", json={"checker": ""}, headers=headers)
    assert problem(removed, 400)["field"] == "kind"
    assert sql("SELECT checker FROM questions WHERE id = $1", question["id"])[0][0] == checker


# slugs unique per owner -------------------------------------------------------------------------------------------


def test_slugs_are_unique_per_owner_and_by_slug_prefers_the_callers_own(api: httpx.Client) -> None:
    world = make_world()  # the instructor owns "add-two"
    mine = create(api, world.other_instructor.id, slug="add-two")
    assert mine["owner_id"] == world.other_instructor.id
    problem(api.post("/api/questions", json={"slug": "add-two", "title": "x"}, headers=auth(world.instructor.id)), 409)
    by_slug = api.get("/api/questions/by-slug/add-two", headers=auth(world.other_instructor.id)).json()
    assert by_slug["id"] == mine["id"]
    assert (
        api.get("/api/questions/by-slug/add-two", headers=auth(world.instructor.id)).json()["id"] == world.question.id
    )
    # the TA of CS101 sees only the instructor's question of that slug (attached to CS101's assignment)
    assert api.get("/api/questions/by-slug/add-two", headers=auth(world.ta.id)).json()["id"] == world.question.id
    # the admin sees both: their own first (none), then the oldest
    assert api.get("/api/questions/by-slug/add-two", headers=auth(world.admin.id)).json()["id"] == world.question.id


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
