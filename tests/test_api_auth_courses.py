"""Auth, classes, enrollments and modules over HTTP."""

from __future__ import annotations

import httpx

from tests.factories import PASSWORD, enroll, make_class, make_module, make_user, make_world
from tests.support import auth, problem, sql, start_of_a_rate_window, token_for


def test_login_returns_a_bearer_token_that_works(api: httpx.Client) -> None:
    world = make_world()
    response = api.post("/api/auth/login", json={"email": "STU@test.edu", "password": PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] > 0
    me = api.get("/api/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["email"] == world.student.email
    assert [e["class_code"] for e in me.json()["enrollments"]] == ["CS101"]
    assert "password" not in me.text


def test_wrong_password_and_unknown_email_get_the_same_401(api: httpx.Client) -> None:
    make_world()
    wrong = api.post("/api/auth/login", json={"email": "stu@test.edu", "password": "nope-nope"})
    unknown = api.post("/api/auth/login", json={"email": "ghost@test.edu", "password": "nope-nope"})
    assert problem(wrong, 401)["detail"] == problem(unknown, 401)["detail"]


def test_repeated_login_failures_are_rate_limited(api: httpx.Client) -> None:
    make_world()
    start_of_a_rate_window()
    statuses = [
        api.post("/api/auth/login", json={"email": "stu@test.edu", "password": f"bad-{i}-pass"}).status_code
        for i in range(12)
    ]
    assert statuses[0] == 401
    assert 429 in statuses
    limited = api.post("/api/auth/login", json={"email": "stu@test.edu", "password": PASSWORD})
    assert int(problem(limited, 429)["retry_after"]) >= 1  # even the right password waits
    assert limited.headers["retry-after"]


def test_anonymous_and_forged_tokens_get_401(api: httpx.Client) -> None:
    world = make_world()
    problem(api.get("/api/classes"), 401)
    forged = token_for(world.student.id, secret="not-the-server-secret-at-all-1234")
    problem(api.get("/api/classes", headers={"Authorization": f"Bearer {forged}"}), 401)


def test_classes_list_only_mine_and_admin_sees_all(api: httpx.Client) -> None:
    world = make_world()
    mine = api.get("/api/classes", headers=auth(world.student.id)).json()
    assert [c["code"] for c in mine["items"]] == ["CS101"]
    assert mine["items"][0]["my_role"] == "student"
    everything = api.get("/api/classes", headers=auth(world.admin.id)).json()
    assert [c["code"] for c in everything["items"]] == ["CS101", "CS102"]


def test_instructor_creates_updates_and_archives_a_class(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    created = api.post("/api/classes", json={"code": "CS201", "title": "Data Structures"}, headers=headers)
    assert created.status_code == 201
    class_id = created.json()["id"]
    assert created.json()["my_role"] == "instructor"
    updated = api.patch(f"/api/classes/{class_id}", json={"title": "Data Structures II"}, headers=headers)
    assert updated.json()["title"] == "Data Structures II"
    archived = api.post(f"/api/classes/{class_id}/archive", headers=headers)
    assert archived.status_code == 200 and archived.json()["archived"] is True
    assert class_id not in [c["id"] for c in api.get("/api/classes", headers=headers).json()["items"]]


def test_students_cannot_create_classes_and_duplicate_codes_conflict(api: httpx.Client) -> None:
    world = make_world()
    problem(api.post("/api/classes", json={"code": "X1", "title": "x"}, headers=auth(world.student.id)), 403)
    problem(api.post("/api/classes", json={"code": "CS101", "title": "x"}, headers=auth(world.instructor.id)), 409)


def test_outsiders_get_404_and_tas_cannot_change_structure(api: httpx.Client) -> None:
    world = make_world()
    problem(api.get(f"/api/classes/{world.cs101.id}", headers=auth(world.other_student.id)), 404)
    problem(api.patch(f"/api/classes/{world.cs101.id}", json={"title": "x"}, headers=auth(world.ta.id)), 403)
    problem(api.post(f"/api/classes/{world.cs101.id}/modules", json={"title": "x"}, headers=auth(world.ta.id)), 403)


def test_validation_errors_name_the_offending_field(api: httpx.Client) -> None:
    world = make_world()
    body = problem(api.post("/api/classes", json={"code": "", "title": 5}, headers=auth(world.instructor.id)), 400)
    assert "code" in str(body) or "title" in str(body)


def test_enrollments_add_change_remove_and_list(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    newbie = make_user("newbie@test.edu")
    taught_too = make_class("CS103")  # newbie is a student of the instructor's other class: enrolled at once
    enroll(taught_too, world.instructor, "instructor")
    enroll(taught_too, newbie)
    added = api.post(f"/api/classes/{world.cs101.id}/enrollments", json={"email": "NEWBIE@test.edu"}, headers=headers)
    assert added.status_code == 201 and added.json()["role"] == "student"
    problem(api.post(f"/api/classes/{world.cs101.id}/enrollments", json={"email": newbie.email}, headers=headers), 409)
    changed = api.patch(f"/api/classes/{world.cs101.id}/enrollments/{newbie.id}", json={"role": "ta"}, headers=headers)
    assert changed.json()["role"] == "ta"
    listing = api.get(f"/api/classes/{world.cs101.id}/enrollments", headers=headers).json()
    assert newbie.email in [e["email"] for e in listing["items"]]
    removed = api.delete(f"/api/classes/{world.cs101.id}/enrollments/{newbie.id}", headers=headers)
    assert removed.status_code == 204
    problem(api.delete(f"/api/classes/{world.cs101.id}/enrollments/{newbie.id}", headers=headers), 404)
    problem(api.get(f"/api/classes/{world.cs101.id}/enrollments", headers=auth(world.student.id)), 403)


def test_bulk_enroll_reports_added_already_and_unknown(api: httpx.Client) -> None:
    world = make_world()
    fresh = make_user("fresh@test.edu")
    taught_too = make_class("CS103")
    enroll(taught_too, world.instructor, "instructor")
    enroll(taught_too, fresh)
    make_user("stranger@test.edu")  # in none of the instructor's classes: mailed an offer
    response = api.post(
        f"/api/classes/{world.cs101.id}/enrollments/bulk",
        json={"emails": ["fresh@test.edu", "stu@test.edu", "nobody@test.edu", "stranger@test.edu"]},
        headers=auth(world.instructor.id),
    )
    assert response.status_code == 200
    assert response.json() == {
        "added": ["fresh@test.edu"],
        "already_enrolled": ["stu@test.edu"],
        "unknown": ["nobody@test.edu"],
        "invited": ["stranger@test.edu"],
    }


def test_modules_list_in_order_create_update_reorder_delete(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    base = f"/api/classes/{world.cs101.id}/modules"
    second = api.post(base, json={"title": "Week 2"}, headers=headers).json()
    third = api.post(base, json={"title": "Week 3"}, headers=headers).json()
    assert (second["order_index"], third["order_index"]) == (1, 2)
    order = [third["id"], world.module.id, second["id"]]
    reordered = api.put(f"{base}/order", json={"module_ids": order}, headers=headers)
    assert reordered.status_code == 200, reordered.text
    listed = api.get(base, headers=auth(world.student.id)).json()["items"]
    assert [m["id"] for m in listed] == order
    assert [m["order_index"] for m in listed] == [0, 1, 2]
    renamed = api.patch(f"/api/modules/{second['id']}", json={"title": "Week Two"}, headers=headers)
    assert renamed.json()["title"] == "Week Two"
    assert api.delete(f"/api/modules/{third['id']}", headers=headers).status_code == 204
    assert len(api.get(base, headers=headers).json()["items"]) == 2


def test_reorder_with_missing_or_foreign_ids_changes_nothing(api: httpx.Client) -> None:
    world = make_world()
    other = make_module(make_class("ELSE"), "foreign")
    headers = auth(world.instructor.id)
    body = problem(
        api.put(f"/api/classes/{world.cs101.id}/modules/order", json={"module_ids": [other.id]}, headers=headers), 400
    )
    assert body["field"] == "module_ids"
    assert sql("SELECT order_index FROM modules WHERE id = $1", world.module.id)[0][0] == 0


def test_lists_paginate_with_a_cursor_and_cap_the_page_size(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    for i in range(4):
        api.post(f"/api/classes/{world.cs101.id}/modules", json={"title": f"M{i}"}, headers=headers)
    first = api.get(f"/api/classes/{world.cs101.id}/modules?limit=2", headers=headers).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    rest = api.get(
        f"/api/classes/{world.cs101.id}/modules?limit=2&cursor={first['next_cursor']}", headers=headers
    ).json()
    seen = [m["id"] for m in first["items"] + rest["items"]]
    assert len(seen) == len(set(seen)) == 4
    problem(api.get(f"/api/classes/{world.cs101.id}/modules?limit=100000", headers=headers), 400)
    problem(api.get(f"/api/classes/{world.cs101.id}/modules?cursor=abc", headers=headers), 400)
