"""States the API cannot keep are refused: publishing untested tests, blank titles, class codes that differ only in
case, expected values their compare mode cannot use, empty code, a reused Idempotency-Key with another body, and
staff writes in an archived class."""

from __future__ import annotations

import threading
import time

import asyncpg
import httpx
import pytest

from tests.factories import make_assignment, make_attempt, make_question, make_world
from tests.support import auth, problem, problem_field, sql

CODE = "def add(a, b):\n    return a + b\n"


def _draft_with_pending_test(world) -> tuple[int, int]:
    question = make_question("pending-one", owner=world.instructor.id)
    test_id = sql("SELECT id FROM test_cases WHERE question = $1 ORDER BY id LIMIT 1", question.id)[0][0]
    sql("UPDATE test_cases SET validation = 'pending' WHERE id = $1", test_id)
    item = make_assignment(world.module, [question], title="Draft", published=False, order_index=4)
    return item.id, test_id


def test_publishing_while_a_test_is_pending_is_409_listing_it(api: httpx.Client) -> None:
    world = make_world()
    item_id, test_id = _draft_with_pending_test(world)
    url, headers = f"/api/items/{item_id}/publish", auth(world.instructor.id)
    body = problem(api.post(url, json={"published": True}, headers=headers), 409)
    assert body["reason"] == "pending_tests"
    assert [t["test_id"] for t in body["pending_tests"]] == [test_id]
    assert sql("SELECT is_published FROM content_item WHERE id = $1", item_id)[0][0] is False
    sql("UPDATE test_cases SET validation = 'valid' WHERE id = $1", test_id)
    assert api.post(url, json={"published": True}, headers=headers).json()["is_published"] is True


def test_publish_with_wait_waits_for_the_validation(api: httpx.Client) -> None:
    world = make_world()
    item_id, test_id = _draft_with_pending_test(world)
    validated = threading.Timer(1.0, sql, ("UPDATE test_cases SET validation = 'valid' WHERE id = $1", test_id))
    validated.start()
    started = time.monotonic()
    answer = api.post(
        f"/api/items/{item_id}/publish?wait=10", json={"published": True}, headers=auth(world.instructor.id)
    )
    validated.join()
    assert answer.status_code == 200, answer.text
    assert 0.9 < time.monotonic() - started < 9


@pytest.mark.parametrize("title", ["   ", "\t\n", ""])
def test_blank_titles_are_400(api: httpx.Client, title: str) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    problem(api.post(f"/api/classes/{world.cs101.id}/modules", json={"title": title}, headers=headers), 400)
    problem(
        api.patch(f"/api/assignments/{world.assignment.id}", json={"title": title}, headers=headers),
        400,
    )
    problem(api.post("/api/classes", json={"code": "NEW1", "title": title}, headers=headers), 400)


def test_class_codes_are_unique_whatever_their_case(api: httpx.Client) -> None:
    world = make_world()
    created = api.post("/api/classes", json={"code": "cs101", "title": "Again"}, headers=auth(world.instructor.id))
    assert problem_field(created, 409) == "code"
    with pytest.raises(asyncpg.UniqueViolationError):  # the database keeps it under concurrent creates too
        sql(
            "INSERT INTO classes (code, title, term, settings, archived, created_at) "
            "VALUES ('Cs101', 'x', '', '{}', false, now())"
        )


@pytest.mark.parametrize(
    ("test", "field"),
    [
        ({"name": "t", "kind": "io", "expected": "abc\n", "compare_mode": "numeric_tolerance"}, "expected"),
        ({"name": "t", "kind": "io", "expected": "  \n", "compare_mode": "numeric_tolerance"}, "expected"),
        (
            {
                "name": "t",
                "kind": "call",
                "input": "add(1, 2)",
                "expected": '"three"',
                "compare_mode": "numeric_tolerance",
            },
            "expected",
        ),
        ({"name": "t", "kind": "io", "expected": "a(", "compare_mode": "regex"}, "expected"),
    ],
)
def test_expected_values_must_fit_their_compare_mode(api: httpx.Client, test: dict, field: str) -> None:
    world = make_world()
    url, headers = f"/api/questions/{world.question.id}/tests", auth(world.instructor.id)
    assert problem_field(api.post(url, json=test, headers=headers), 400) == field
    fine = {**test, "expected": "3\n" if test["kind"] == "io" else "[3, 3.5]", "compare_mode": "numeric_tolerance"}
    assert api.post(url, json=fine, headers=headers).status_code == 201


def test_empty_code_is_400_and_spends_no_attempt(api: httpx.Client) -> None:
    world = make_world()
    url = f"/api/assignments/{world.assignment.id}/questions/{world.question.id}/submissions"
    for code in ("", "  \n\t"):
        assert problem_field(api.post(url, json={"code": code}, headers=auth(world.student.id)), 400) == "code"
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 0


def test_an_idempotency_key_reused_with_another_body_is_422(api: httpx.Client) -> None:
    world = make_world()
    url = f"/api/assignments/{world.assignment.id}/questions/{world.question.id}/submissions"
    headers = {**auth(world.student.id), "Idempotency-Key": "k-1"}
    first = api.post(url, json={"code": CODE}, headers=headers)
    assert first.status_code == 202, first.text
    assert api.post(url, json={"code": CODE}, headers=headers).json()["id"] == first.json()["id"]  # a replay
    body = problem(api.post(url, json={"code": CODE + "# changed\n"}, headers=headers), 422)
    assert body["reason"] == "idempotency_key_reused"
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 1


def test_staff_writes_in_an_archived_class_are_403_but_reading_and_unarchiving_work(api: httpx.Client) -> None:
    world = make_world()
    attempt = make_attempt(world, status="graded", tries=1)
    klass = f"/api/classes/{world.cs101.id}"
    instructor = auth(world.instructor.id)
    assert api.post(f"{klass}/archive", headers=instructor).status_code == 200
    writes = [
        api.post(
            f"{klass}/roster", json={"rows": [{"email": "new@test.edu", "display_name": "New"}]}, headers=instructor
        ),
        api.post(f"/api/submissions/{attempt}/override", json={"score": 1, "reason": "x"}, headers=instructor),
        api.put(
            f"/api/assignments/{world.assignment.id}/extensions/{world.student.id}",
            json={"extra_minutes": 5},
            headers=instructor,
        ),
        api.patch(klass, json={"settings": {"ta_can_override": True}}, headers=instructor),
        api.post(f"{klass}/modules", json={"title": "More"}, headers=instructor),
        api.patch(f"/api/modules/{world.module.id}", json={"title": "Renamed"}, headers=instructor),
        api.patch(f"/api/assignments/{world.assignment.id}", json={"title": "Renamed"}, headers=instructor),
        api.post(f"{klass}/enrollments", json={"email": world.other_student.email}, headers=instructor),
    ]
    for answer in writes:
        assert problem(answer, 403)["reason"] == "class_archived", answer.request.url
    assert sql("SELECT count(*) FROM score_override")[0][0] == 0
    assert api.get(f"{klass}/enrollments", headers=instructor).status_code == 200
    assert api.get(f"/api/assignments/{world.assignment.id}", headers=instructor).status_code == 200
    assert api.post(f"{klass}/unarchive", headers=instructor).json()["archived"] is False
    assert api.post(f"{klass}/modules", json={"title": "More"}, headers=instructor).status_code == 201
