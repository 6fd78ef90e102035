"""An inactive enrollment is no enrollment: set by the class's instructors (PATCH) or by an LTI roster sync for those
gone from the platform's course, it takes the class away from its member while their attempts and grades stay (the
gradebook lists them, marked inactive); active again, everything is back."""

from __future__ import annotations

import httpx

from tests.factories import make_world
from tests.support import auth, problem, sql

CODE = "def add(a, b):\n    return a + b\n"


def student_reach(api: httpx.Client, world, student_id: int) -> dict[str, int | list]:
    """What a student reaches in the class: each status code, the classes listed and the classes of /me."""
    item, question, klass = world.assignment.id, world.question.id, world.cs101.id
    headers = auth(student_id)
    base = f"/api/assignments/{item}/questions/{question}"
    return {
        "class": api.get(f"/api/classes/{klass}", headers=headers).status_code,
        "assignment": api.get(f"/api/assignments/{item}", headers=headers).status_code,
        "submit": api.post(f"{base}/submissions", json={"code": CODE}, headers=headers).status_code,
        "autosave": api.put(f"{base}/progress", json={"code": "x", "base_revision": 0}, headers=headers).status_code,
        "run": api.post(
            f"{base}/runs", json={"code": CODE, "stdin": "", "language": "python"}, headers=headers
        ).status_code,
        "grades": api.get(f"/api/classes/{klass}/grades/me", headers=headers).status_code,
        "listed": [c["id"] for c in api.get("/api/classes", headers=headers).json()["items"]],
        "me": [e["class_id"] for e in api.get("/api/auth/me", headers=headers).json()["enrollments"]],
    }


def test_an_instructor_deactivates_a_student_who_loses_the_class_but_keeps_attempts(api: httpx.Client) -> None:
    world = make_world()
    url = f"/api/classes/{world.cs101.id}/enrollments/{world.student.id}"
    staff = auth(world.instructor.id)
    submitted = api.post(
        f"/api/assignments/{world.assignment.id}/questions/{world.question.id}/submissions",
        json={"code": CODE},
        headers=auth(world.student.id),
    )
    assert submitted.status_code == 202, submitted.text
    changed = api.patch(url, json={"active": False}, headers=staff)
    assert changed.status_code == 200, changed.text
    assert (changed.json()["active"], changed.json()["role"]) == (False, "student")
    gone = student_reach(api, world, world.student.id)
    assert gone == {
        "class": 404,
        "assignment": 404,
        "submit": 404,
        "autosave": 404,
        "run": 404,
        "grades": 404,
        "listed": [],
        "me": [],
    }
    assert sql("SELECT count(*) FROM submission_attempt WHERE user_id = $1", world.student.id)[0][0] == 1
    book = api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=staff).json()
    assert {r["email"]: r["active"] for r in book["rows"]} == {"stu@test.edu": False, "mate@test.edu": True}
    members = api.get(f"/api/classes/{world.cs101.id}/enrollments", headers=staff).json()["items"]
    assert [m["active"] for m in members if m["user_id"] == world.student.id] == [False]
    assert api.patch(url, json={"active": True}, headers=staff).json()["active"] is True
    back = student_reach(api, world, world.student.id)
    assert (back["class"], back["assignment"], back["grades"], back["listed"], back["me"]) == (
        200,
        200,
        200,
        [world.cs101.id],
        [world.cs101.id],
    )
    assert back["submit"] == 202 and back["autosave"] == 200


def test_the_last_active_instructor_cannot_be_deactivated(api: httpx.Client) -> None:
    world = make_world()
    own = f"/api/classes/{world.cs101.id}/enrollments/{world.instructor.id}"
    refused = problem(api.patch(own, json={"active": False}, headers=auth(world.instructor.id)), 409)
    assert refused["reason"] == "last_instructor"
    ta = f"/api/classes/{world.cs101.id}/enrollments/{world.ta.id}"
    assert api.patch(ta, json={"active": False}, headers=auth(world.instructor.id)).status_code == 200
    problem(api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=auth(world.ta.id)), 404)
    problem(api.patch(ta, json={"active": "no"}, headers=auth(world.instructor.id)), 400)
