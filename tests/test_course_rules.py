"""Course rules over HTTP: archived classes are read-only for students, the last instructor stays, items reorder
within a module, `null` clears nullable fields in a PATCH, unknown query parameters are refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx

from tests.factories import make_assignment, make_exam, make_page, make_world
from tests.support import auth, problem, sql

CODE = "def add(a, b):\n    return a + b\n"


def test_an_archived_class_is_read_only_for_students_and_still_listed(api: httpx.Client) -> None:
    world = make_world()
    api.post(f"/api/classes/{world.cs101.id}/archive", headers=auth(world.instructor.id))
    base = f"/api/assignments/{world.assignment.id}/questions/{world.question.id}"
    for response in (
        api.post(f"{base}/submissions", json={"code": CODE}, headers=auth(world.student.id)),
        api.put(f"{base}/progress", json={"code": CODE, "base_revision": 0}, headers=auth(world.student.id)),
    ):
        body = problem(response, 403)
        assert body["type"].endswith("/class_archived") and body["reason"] == "class_archived"
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 0
    assert sql("SELECT count(*) FROM assignment_progress")[0][0] == 0
    listed = api.get("/api/classes", headers=auth(world.student.id)).json()["items"]
    assert [(c["code"], c["archived"]) for c in listed] == [("CS101", True)]
    assert api.get("/api/classes", headers=auth(world.instructor.id)).json()["items"] == []


def test_the_last_instructor_cannot_be_removed_or_demoted(api: httpx.Client) -> None:
    world = make_world()
    url = f"/api/classes/{world.cs101.id}/enrollments/{world.instructor.id}"
    assert problem(api.delete(url, headers=auth(world.instructor.id)), 409)["reason"] == "last_instructor"
    problem(api.patch(url, json={"role": "ta"}, headers=auth(world.instructor.id)), 409)
    assert sql("SELECT role FROM enrollments WHERE user_id = $1", world.instructor.id)[0][0] == "instructor"
    api.post(  # by an admin: the other instructor is in none of this instructor's classes (else an offer by mail)
        f"/api/classes/{world.cs101.id}/enrollments",
        json={"email": world.other_instructor.email, "role": "instructor"},
        headers=auth(world.admin.id),
    )
    assert api.patch(url, json={"role": "ta"}, headers=auth(world.instructor.id)).status_code == 200
    other = f"/api/classes/{world.cs101.id}/enrollments/{world.other_instructor.id}"
    problem(api.delete(other, headers=auth(world.other_instructor.id)), 409)


def test_items_reorder_within_a_module(api: httpx.Client) -> None:
    world = make_world()
    page = make_page(world.module, order_index=1)
    second = make_assignment(world.module, [world.question], title="Second", order_index=2)
    url = f"/api/modules/{world.module.id}/items/order"
    order = [second.id, world.assignment.id, page.id]
    done = api.put(url, json={"item_ids": order}, headers=auth(world.instructor.id))
    assert done.status_code == 200, done.text
    assert [i["id"] for i in done.json()] == order
    listed = api.get(f"/api/modules/{world.module.id}/items", headers=auth(world.student.id)).json()["items"]
    assert [i["id"] for i in listed] == order
    problem(api.put(url, json={"item_ids": order[:2]}, headers=auth(world.instructor.id)), 400)
    problem(api.put(url, json={"item_ids": order}, headers=auth(world.ta.id)), 403)


def test_null_clears_a_nullable_field_and_leaving_it_out_keeps_it(api: httpx.Client) -> None:
    world = make_world()
    url = f"/api/assignments/{world.assignment.id}"
    kept = api.patch(url, json={"title": "Renamed"}, headers=auth(world.instructor.id)).json()
    assert kept["due_date"] is not None and kept["title"] == "Renamed"
    cleared = api.patch(url, json={"due_date": None}, headers=auth(world.instructor.id)).json()
    assert cleared["due_date"] is None and cleared["title"] == "Renamed"
    assert sql("SELECT due_date FROM content_item WHERE id = $1", world.assignment.id)[0][0] is None
    problem(api.patch(url, json={"title": None}, headers=auth(world.instructor.id)), 400)
    question = f"/api/questions/{world.question.id}"
    api.patch(question, json={"time_limit_ms": 500}, headers=auth(world.instructor.id))
    limits = api.patch(question, json={"time_limit_ms": None}, headers=auth(world.instructor.id)).json()
    assert limits["time_limit_ms"] is None


def test_unknown_query_parameters_are_refused(api: httpx.Client) -> None:
    world = make_world()
    body = problem(api.get("/api/classes", params={"archived": "true"}, headers=auth(world.student.id)), 400)
    assert body["unknown"] == ["archived"]
    assert api.get("/api/classes", params={"limit": 5}, headers=auth(world.student.id)).status_code == 200


def test_an_exam_config_change_moves_running_sessions(api: httpx.Client) -> None:
    world = make_world()
    exam = make_exam(
        world.module, [world.question], opens=-timedelta(minutes=5), closes=timedelta(minutes=10), limit=60
    )
    started = api.post(f"/api/assignments/{exam.id}/start", headers=auth(world.student.id)).json()
    config = sql("SELECT config FROM assignment WHERE mode = 'exam'")[0][0]
    later = datetime.now(UTC) + timedelta(hours=2)
    api.patch(
        f"/api/assignments/{exam.id}",
        json={"config": {**json.loads(config), "available_until": later.isoformat()}},
        headers=auth(world.instructor.id),
    )
    moved = api.get(f"/api/assignments/{exam.id}/session", headers=auth(world.student.id)).json()
    assert datetime.fromisoformat(moved["ends_at"]) == datetime.fromisoformat(started["started_at"]) + timedelta(
        minutes=60
    )
