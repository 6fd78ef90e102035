"""Authoring rules checked when written, before any worker runs: test settings that cannot work are refused and
nothing is stored; slugs are unique per owner and by-slug prefers the caller's own."""

from __future__ import annotations

import httpx
import pytest

from tests.authoring_support import create
from tests.factories import make_question, make_world
from tests.support import auth, problem, problem_field, sql

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
    assert problem_field(api.post(url, json=body, headers=auth(world.instructor.id)), 400) == field
    assert sql("SELECT count(*) FROM test_cases WHERE question = $1", world.question.id)[0][0] == 2
    created = api.post(
        "/api/questions", json={"slug": "bad-one", "title": "x", "tests": [body]}, headers=auth(world.instructor.id)
    )
    assert problem_field(created, 400) == field
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
    assert problem_field(to_c, 400) == "kind"
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
    assert problem_field(removed, 400) == "kind"
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
