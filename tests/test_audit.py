"""The audit log: each staff or admin write made through the API leaves exactly one `audit_event` row (actor, class,
target, the before and after of what changed, the request id), as does an edit in Piccolo Admin; the rows are
append-only in the database (tests/test_audit_reading.py), and only a class's instructors (and admins) read them."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta

import httpx

from tests.admin_support import admin_login, admin_patch, csrf_headers
from tests.audit_support import act, assignment_id, audit_rows, count, item_path
from tests.factories import make_attempt, make_exam, make_world
from tests.support import auth, sql


def test_an_override_and_its_removal_are_one_row_each(api: httpx.Client) -> None:
    world = make_world()
    attempt = make_attempt(world)
    made = act(
        api,
        "POST",
        f"/api/submissions/{attempt}/override",
        world.instructor.id,
        {"score": 7, "reason": "ok"},
        status=201,
    )
    assert (made["kind"], made["class_id"], made["target_table"], made["target_id"]) == (
        "override",
        world.cs101.id,
        "submission_attempt",
        attempt,
    )
    assert made["change"] == {"score": [None, 7.0], "reason": [None, "ok"]}
    removed = act(
        api, "POST", f"/api/submissions/{attempt}/override/removal", world.instructor.id, {"reason": "no"}, status=200
    )
    assert removed["kind"] == "override_removed"
    assert removed["change"] == {"score": [7.0, None], "reason": [None, "no"]}


def test_an_extension_set_changed_and_removed(api: httpx.Client) -> None:
    world = make_world()
    path = f"{item_path(world)}/extensions/{world.student.id}"
    added = act(api, "PUT", path, world.instructor.id, {"extra_minutes": 10}, status=200)
    assert (added["kind"], added["class_id"], added["target_table"]) == ("extension", world.cs101.id, "extension")
    assert added["change"] == {
        "student": [None, world.student.id],
        "assignment": [None, assignment_id(world)],
        "extra_minutes": [None, 10],
    }
    changed = act(api, "PUT", path, world.instructor.id, {"extra_minutes": 25}, status=200)
    assert (changed["target_id"], changed["change"]) == (added["target_id"], {"extra_minutes": [10, 25]})
    removed = act(api, "DELETE", path, world.instructor.id, status=204)
    assert removed["kind"] == "extension_removed" and removed["change"]["extra_minutes"] == [25, None]


def test_a_release_records_when_the_results_became_visible(api: httpx.Client) -> None:
    world = make_world()
    exam = make_exam(world.module, [world.question], opens=timedelta(hours=-2), closes=timedelta(hours=-1))
    row = act(api, "POST", f"/api/assignments/{exam.id}/release", world.instructor.id, status=200)
    assert (row["kind"], row["class_id"], row["target_table"]) == ("release", world.cs101.id, "assignment")
    before, after = row["change"]["results_released_at"]
    assert before is None and datetime.fromisoformat(after) > datetime.now(UTC) - timedelta(minutes=1)


def test_enrollment_changes_and_a_user_patch_by_an_admin(api: httpx.Client) -> None:
    world = make_world()
    member = f"/api/classes/{world.cs101.id}/enrollments/{world.classmate.id}"
    role = act(api, "PATCH", member, world.instructor.id, {"role": "ta"}, status=200)
    assert (role["kind"], role["class_id"], role["target_table"], role["target_id"]) == (
        "enrollment_role",
        world.cs101.id,
        "users",
        world.classmate.id,
    )
    assert role["change"] == {"role": ["student", "ta"]}
    removed = act(api, "DELETE", member, world.instructor.id, status=204)
    assert (removed["kind"], removed["change"]) == ("enrollment_removed", {"role": ["ta", None]})
    enrollments = f"/api/classes/{world.cs101.id}/enrollments"
    added = act(api, "POST", enrollments, world.admin.id, {"email": world.classmate.email}, status=201)
    assert (added["kind"], added["change"]) == ("enrollment_added", {"role": [None, "student"]})
    bulk = act(api, "POST", f"{enrollments}/bulk", world.admin.id, {"emails": [world.other_student.email]}, status=200)
    assert (bulk["target_id"], bulk["change"]) == (world.other_student.id, {"role": [None, "student"]})
    account = {"email": "made@test.edu", "display_name": "Made", "role": "ta"}
    created = act(api, "POST", "/api/users", world.admin.id, account, status=201)
    assert created["kind"] == "user" and created["change"]["role"] == [None, "ta"]
    user = act(api, "PATCH", f"/api/users/{world.ta.id}", world.admin.id, {"role": "instructor"}, status=200)
    assert (user["kind"], user["class_id"], user["target_id"]) == ("user", None, world.ta.id)
    assert user["change"] == {"role": ["ta", "instructor"]}


def test_a_roster_import_is_one_row(api: httpx.Client) -> None:
    world = make_world()
    rows = [{"email": "new1@test.edu", "display_name": "New"}, {"email": "new2@test.edu", "role": "ta"}]
    row = act(api, "POST", f"/api/classes/{world.cs101.id}/roster", world.instructor.id, {"rows": rows}, status=200)
    assert (row["kind"], row["class_id"], row["target_table"]) == ("roster_import", world.cs101.id, "classes")
    assert row["change"]["accounts_created"] == [None, ["new1@test.edu", "new2@test.edu"]]
    assert row["change"]["enrolled"] == [None, {"new1@test.edu": "student", "new2@test.edu": "ta"}]


def test_class_assignment_and_question_settings(api: httpx.Client) -> None:
    world = make_world()
    klass = act(
        api,
        "PATCH",
        f"/api/classes/{world.cs101.id}",
        world.instructor.id,
        {"title": "Renamed", "settings": {"ta_can_override": True}},
        status=200,
    )
    assert klass["kind"] == "class_settings" and klass["change"]["title"] == [world.cs101.title, "Renamed"]
    before, after = klass["change"]["settings"]
    assert after == {**before, "ta_can_override": True} if before else after["ta_can_override"] is True
    archived = act(api, "POST", f"/api/classes/{world.cs101.id}/archive", world.instructor.id, status=200)
    assert archived["change"] == {"archived": [False, True]}
    act(api, "POST", f"/api/classes/{world.cs101.id}/unarchive", world.instructor.id, status=200)
    item = act(
        api,
        "PATCH",
        item_path(world),
        world.instructor.id,
        {"title": "Lab 1", "config": {"max_attempts": 3}},
        status=200,
    )
    assert (item["kind"], item["target_table"], item["target_id"]) == (
        "assignment_settings",
        "assignment",
        assignment_id(world),
    )
    assert item["change"]["title"] == ["Assignment", "Lab 1"] and item["change"]["config"][1]["max_attempts"] == 3
    points = act(
        api,
        "PATCH",
        f"{item_path(world)}/questions/{world.question.id}",
        world.instructor.id,
        {"custom_points": 5.0},
        status=200,
    )
    assert points["kind"] == "assignment_question"
    assert points["change"] == {f"question {world.question.id}": [{"custom_points": None}, {"custom_points": 5.0}]}


def test_question_and_test_case_edits(api: httpx.Client) -> None:
    world = make_world()
    question = act(
        api, "PATCH", f"/api/questions/{world.question.id}", world.instructor.id, {"title": "Add!"}, status=200
    )
    assert (question["kind"], question["target_table"], question["target_id"]) == (
        "question",
        "questions",
        world.question.id,
    )
    assert question["change"] == {"title": ["Add Two", "Add!"]}
    body = {"name": "extra", "kind": "call", "input": "add(0, 0)", "expected": "0"}
    added = act(api, "POST", f"/api/questions/{world.question.id}/tests", world.instructor.id, body, status=201)
    assert added["kind"] == "test_case" and added["change"]["name"] == [None, "extra"]
    test_id = added["target_id"]
    changed = act(api, "PATCH", f"/api/tests/{test_id}", world.instructor.id, {"expected": "00"}, status=200)
    assert changed["change"] == {"expected": ["0", "00"]}
    removed = act(api, "DELETE", f"/api/tests/{test_id}", world.instructor.id, status=204)
    assert removed["change"]["name"] == ["extra", None]


def test_a_similarity_run_is_recorded(api: httpx.Client) -> None:
    world = make_world()
    make_attempt(world)
    path = f"{item_path(world)}/questions/{world.question.id}/similarity"
    row = act(api, "POST", path, world.instructor.id, status=202)
    assert (row["kind"], row["class_id"], row["target_table"]) == (
        "similarity_run",
        world.cs101.id,
        "similarity_report",
    )
    assert row["change"]["question"] == [None, world.question.id]


def test_a_rejudge_publish_is_one_row_per_class_from_the_worker(api: httpx.Client, workers) -> None:
    from tests.grading_support import submit_and_wait, world_with

    world = world_with([{"name": "one", "kind": "call", "input": "add(1, 2)", "expected": "3"}])
    attempt = submit_and_wait(api, world, "def add(a, b):\n    return 0\n")["id"]
    sql("UPDATE test_cases SET expected = '0' WHERE question = $1", world.extra["question"].id)
    boss = auth(world.instructor.id)
    batch = api.post(f"/api/questions/{world.extra['question'].id}/rejudge", headers=boss).json()["id"]
    deadline = time.monotonic() + 60
    while (state := api.get(f"/api/rejudges/{batch}", headers=boss).json())["done"] < state["total"]:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    rid = uuid.uuid4().hex
    published = api.post(f"/api/rejudges/{batch}/publish", json={}, headers={**boss, "X-Request-ID": rid})
    assert published.status_code == 202, published.text
    while not api.get(f"/api/rejudges/{batch}", headers=boss).json()["published"]:
        assert time.monotonic() < deadline, "publish did not apply"
        time.sleep(0.1)
    found = audit_rows(rid)  # written by the worker, in the publish's transaction, with the request's id
    assert len(found) == 1 and count() == 1, found
    (row,) = found
    assert (row["kind"], row["actor"], row["class_id"]) == ("rejudge_publish", world.instructor.id, world.cs101.id)
    assert row["change"]["scores"] == [{str(attempt): 0.0}, {str(attempt): 10.0}]
    assert row["change"]["batch"] == [None, batch]


def test_an_admin_ui_edit_is_one_row_from_the_database(api: httpx.Client) -> None:
    world = make_world()
    rid = uuid.uuid4().hex
    with httpx.Client(base_url=api.base_url, timeout=30, headers={"X-Request-ID": rid}) as browser:
        assert admin_login(browser, world.admin.email).status_code == 200
        renamed = admin_patch(browser, f"/admin/api/tables/classes/{world.cs101.id}/", {"title": "Admin's"})
        assert renamed.status_code < 300, renamed.text
        password = admin_patch(browser, f"/admin/api/tables/users/{world.student.id}/", {"password": "x" * 20})
        assert password.status_code < 300, password.text
        # the module's items, assignment and its questions go with it (a cascade): part of this one change
        module = browser.delete(f"/admin/api/tables/modules/{world.module.id}/", headers=csrf_headers(browser))
        assert module.status_code < 300, module.text
    first, second, third = audit_rows(rid)
    assert count() == 3
    assert (first["kind"], first["actor"], first["class_id"]) == ("admin_edit", world.admin.id, world.cs101.id)
    assert (first["target_table"], first["target_id"]) == ("classes", world.cs101.id)
    assert first["change"] == {"title": [world.cs101.title, "Admin's"]}
    assert (second["target_table"], second["target_id"], second["class_id"]) == ("users", world.student.id, None)
    assert second["change"]["password"] == ["(hidden)", "(hidden)"]  # changed, never shown
    assert (third["target_table"], third["target_id"], third["class_id"]) == (
        "modules",
        world.module.id,
        world.cs101.id,
    )
    assert third["change"]["title"] == [world.module.title, None]


def test_the_lms_integrations_admin_writes_are_one_row_each(api: httpx.Client) -> None:
    """Trusting, changing and removing an LMS platform, a Dynamic Registration URL and a signing key rotation: each
    one row, the admin as actor and no class (an LMS platform serves every class)."""
    world = make_world()
    admin, lms = world.admin.id, f"https://lms-{uuid.uuid4().hex[:8]}.example.edu"
    body = {
        "name": "LMS",
        "issuer": lms,
        "client_id": "client-1",
        "deployment_ids": ["d1"],
        "auth_login_url": f"{lms}/auth",
        "auth_token_url": f"{lms}/token",
        "key_set_url": f"{lms}/jwks",
    }
    made = act(api, "POST", "/api/lti/platforms", admin, body, status=201)
    assert (made["kind"], made["class_id"], made["target_table"]) == ("lti_platform", None, "lti_platform")
    assert made["change"]["issuer"] == [None, lms] and made["change"]["deployment_ids"] == [None, ["d1"]]
    path = f"/api/lti/platforms/{made['target_id']}"
    changed = act(api, "PATCH", path, admin, {"name": "LMS 2", "deployment_ids": ["d1", "d2"]}, status=200)
    assert changed["change"] == {"name": ["LMS", "LMS 2"], "deployment_ids": [["d1"], ["d1", "d2"]]}
    removed = act(api, "DELETE", path, admin, status=204)
    assert removed["target_id"] == made["target_id"] and removed["change"]["client_id"] == ["client-1", None]
    started = act(api, "POST", "/api/lti/registrations", admin, {"name": "Moodle"}, status=201)
    assert (started["kind"], started["change"]["name"]) == ("lti_registration_url", [None, "Moodle"])
    rotated = act(api, "POST", "/api/lti/keys/rotate", admin, status=201)
    assert rotated["kind"] == "lti_key" and len(rotated["change"]["signing_kids"][1]) == 1
