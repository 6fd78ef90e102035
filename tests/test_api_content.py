"""Content items, the question bank, assignment questions and the nested assignment view."""

from __future__ import annotations

import httpx

from tests.factories import make_assignment, make_attempt, make_page, make_question, make_world
from tests.support import auth, problem, sql

QUESTION = {
    "slug": "double-it",
    "title": "Double it",
    "prompt": "Return twice x",
    "language": "python",
    "starter_code": "def double(x):\n    pass\n",
    "reference_solution": "def double(x):\n    return 2 * x\n",
    "default_points": 4,
    "tests": [
        {"name": "one", "kind": "call", "input": "double(1)", "expected": "2"},
        {"name": "secret", "kind": "call", "input": "double(21)", "expected": "42", "visibility": "hidden"},
    ],
}


def test_module_items_are_an_ordered_tagged_union(api: httpx.Client) -> None:
    world = make_world()
    make_page(world.module, "Reading", "some **markdown**", order_index=1)
    items = api.get(f"/api/modules/{world.module.id}/items", headers=auth(world.student.id)).json()["items"]
    assert [i["type"] for i in items] == ["assignment", "page"]
    assert items[0]["mode"] == "practice" and "config" in items[0]
    assert items[1]["body"] == "some **markdown**"


def test_students_do_not_see_unpublished_items(api: httpx.Client) -> None:
    world = make_world()
    draft = make_assignment(world.module, [world.question], title="Draft", published=False, order_index=1)
    items = api.get(f"/api/modules/{world.module.id}/items", headers=auth(world.student.id)).json()["items"]
    assert draft.id not in [i["id"] for i in items]
    problem(api.get(f"/api/items/{draft.id}", headers=auth(world.student.id)), 404)
    assert api.get(f"/api/items/{draft.id}", headers=auth(world.ta.id)).status_code == 200


def test_instructor_creates_updates_and_publishes_items(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    created = api.post(
        f"/api/modules/{world.module.id}/assignments",
        json={"title": "Lab 2", "mode": "exam", "config": {"max_attempts": 2, "feedback": "summary"}},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    item = created.json()
    assert (item["type"], item["mode"], item["is_published"]) == ("assignment", "exam", False)
    assert item["config"]["max_attempts"] == 2
    page = api.post(f"/api/modules/{world.module.id}/pages", json={"title": "Notes", "body": "hi"}, headers=headers)
    assert page.json()["type"] == "page"
    updated = api.patch(f"/api/assignments/{item['id']}", json={"title": "Lab 2b", "mode": "practice"}, headers=headers)
    assert (updated.json()["title"], updated.json()["mode"]) == ("Lab 2b", "practice")
    edited = api.patch(f"/api/pages/{page.json()['id']}", json={"body": "hello"}, headers=headers)
    assert edited.json()["body"] == "hello"
    published = api.post(f"/api/items/{item['id']}/publish", json={"published": True}, headers=headers)
    assert published.json()["is_published"] is True
    problem(api.post(f"/api/items/{item['id']}/publish", json={"published": False}, headers=auth(world.ta.id)), 403)


def test_an_availability_window_must_be_ordered(api: httpx.Client) -> None:
    world = make_world()
    body = problem(
        api.post(
            f"/api/modules/{world.module.id}/assignments",
            json={
                "title": "x",
                "config": {"available_from": "2026-12-02T00:00:00Z", "available_until": "2026-12-01T00:00:00Z"},
            },
            headers=auth(world.instructor.id),
        ),
        400,
    )
    assert body["errors"][0]["field"] == "config.available_from"


def test_question_bank_crud_by_id_and_slug(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    created = api.post("/api/questions", json=QUESTION, headers=headers)
    assert created.status_code == 201, created.text
    question = created.json()
    assert [t["name"] for t in question["tests"]] == ["one", "secret"]
    assert question["reference_solution"].startswith("def double")
    by_slug = api.get("/api/questions/by-slug/double-it", headers=headers).json()
    assert by_slug["id"] == question["id"]
    patched = api.patch(f"/api/questions/{question['id']}", json={"title": "Double!"}, headers=headers)
    assert patched.json()["title"] == "Double!"
    test = api.post(
        f"/api/questions/{question['id']}/tests",
        json={"name": "three", "kind": "call", "input": "double(3)", "expected": "6"},
        headers=headers,
    )
    assert test.status_code == 201 and test.json()["order"] == 2
    renamed = api.patch(f"/api/tests/{test.json()['id']}", json={"weight": 2}, headers=headers)
    assert renamed.json()["weight"] == 2
    assert api.delete(f"/api/tests/{test.json()['id']}", headers=headers).status_code == 204
    listing = api.get("/api/questions", headers=headers).json()["items"]
    assert "double-it" in [q["slug"] for q in listing]
    assert api.delete(f"/api/questions/{question['id']}", headers=headers).status_code == 204
    problem(api.get(f"/api/questions/{question['id']}", headers=headers), 404)


def test_question_bank_refuses_students_duplicates_and_bad_slugs(api: httpx.Client) -> None:
    world = make_world()
    problem(api.get("/api/questions", headers=auth(world.student.id)), 403)
    problem(api.post("/api/questions", json={**QUESTION, "slug": "add-two"}, headers=auth(world.instructor.id)), 409)
    problem(api.post("/api/questions", json={**QUESTION, "slug": "../etc"}, headers=auth(world.instructor.id)), 400)
    problem(api.get("/api/questions/by-slug/a%2Fb", headers=auth(world.instructor.id)), 404)


def test_other_instructors_cannot_see_my_questions_or_solutions(api: httpx.Client) -> None:
    world = make_world()
    problem(api.get(f"/api/questions/{world.question.id}", headers=auth(world.other_instructor.id)), 404)
    listing = api.get("/api/questions", headers=auth(world.other_instructor.id)).json()
    assert listing["items"] == []
    assert api.get(f"/api/questions/{world.question.id}", headers=auth(world.ta.id)).status_code == 200
    problem(api.patch(f"/api/questions/{world.question.id}", json={"title": "x"}, headers=auth(world.ta.id)), 403)


def test_attach_set_points_reorder_and_detach_questions(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    other = make_question("triple", owner=world.instructor.id, default_points=3.0)
    base = f"/api/assignments/{world.assignment.id}/questions"
    attached = api.post(base, json={"question_id": other.id, "custom_points": 7}, headers=headers)
    assert attached.status_code == 201, attached.text
    assert [(q["slug"], q["points"]) for q in attached.json()["questions"]] == [("add-two", 10.0), ("triple", 7.0)]
    problem(api.post(base, json={"question_id": other.id}, headers=headers), 409)
    reset = api.patch(f"{base}/{other.id}", json={"custom_points": None}, headers=headers)
    assert reset.json()["questions"][1]["points"] == 3.0
    reordered = api.put(f"{base}/order", json={"question_ids": [other.id, world.question.id]}, headers=headers)
    assert [q["slug"] for q in reordered.json()["questions"]] == ["triple", "add-two"]
    assert api.delete(f"{base}/{other.id}", headers=headers).status_code == 204
    problem(api.delete(f"{base}/{other.id}", headers=headers), 404)


def test_assignment_detail_hides_hidden_tests_and_solutions_from_students(api: httpx.Client) -> None:
    world = make_world()
    student = api.get(f"/api/assignments/{world.assignment.id}", headers=auth(world.student.id)).json()
    assert student["mode"] == "practice"
    question = student["questions"][0]
    assert (question["question_id"], question["slug"], question["order"], question["points"]) == (
        world.question.id,
        "add-two",
        0,
        10.0,
    )
    assert question["language"] == "python" and question["starter_code"]
    assert [t["name"] for t in question["tests"]] == ["visible one"]
    assert question["hidden_test_count"] == 1
    assert question["reference_solution"] is None
    text = api.get(f"/api/assignments/{world.assignment.id}", headers=auth(world.student.id)).text
    assert "add(2, 2)" not in text and "return a + b" not in text
    staff = api.get(f"/api/assignments/{world.assignment.id}", headers=auth(world.ta.id)).json()
    assert len(staff["questions"][0]["tests"]) == 2
    assert staff["questions"][0]["reference_solution"].startswith("def add")


def test_nested_assignment_get_costs_the_same_queries_for_1_and_50_questions(api: httpx.Client) -> None:
    world = make_world()
    many = [make_question(f"q-{i}") for i in range(50)]
    big = make_assignment(world.module, many, title="Big", order_index=1)
    headers = auth(world.student.id)
    api.get("/api/auth/me", headers=headers)  # the user is now cached by the API: the GETs below cost the same
    small = api.get(f"/api/assignments/{world.assignment.id}", headers=headers)
    large = api.get(f"/api/assignments/{big.id}", headers=headers)
    assert len(large.json()["questions"]) == 50
    assert small.headers["x-query-count"] == large.headers["x-query-count"]
    assert int(large.headers["x-query-count"]) <= 3


def test_deleting_content_with_attempts_is_refused_and_keeps_everything(api: httpx.Client) -> None:
    world = make_world()
    make_attempt(world)
    headers = auth(world.instructor.id)
    problem(api.delete(f"/api/items/{world.assignment.id}", headers=headers), 409)
    problem(api.delete(f"/api/modules/{world.module.id}", headers=headers), 409)
    problem(api.delete(f"/api/questions/{world.question.id}", headers=headers), 409)
    problem(api.delete(f"/api/assignments/{world.assignment.id}/questions/{world.question.id}", headers=headers), 409)
    assert sql("SELECT count(*) FROM content_item")[0][0] == 1
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 1
