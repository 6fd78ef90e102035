"""LTI Advantage services against the independent platform (tests/lti_platform.py): deep linking answered with a
signed response the platform accepts, and the roster pulled by NRPS (paged by Link headers) into the class."""

from __future__ import annotations

import re
from html import unescape

import httpx

from tables.courses import Class
from tests.factories import make_assignment, make_module, make_question
from tests.lti_support import TEACHER, Lti, exchange, launch, lti, lti_servers, wait_for  # noqa: F401
from tests.support import auth, run, sql

MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#"


def _member(sub: str, role: str = "Learner", status: str = "Active") -> dict:
    return {"user_id": sub, "roles": [MEMBERSHIP + role], "status": status, "email": f"{sub}@school.edu", "name": sub}


def _class_with_assignment(lti: Lti) -> tuple[dict, int, int]:
    """The instructor's first launch makes the class; an assignment of two questions (3 + 4.5 points) in it."""
    body = exchange(lti, launch(lti, **TEACHER).code).json()
    module = make_module(run(Class.objects().get(Class.id == body["class_id"])))
    questions = [make_question("q-a", default_points=3.0), make_question("q-b", default_points=4.5)]
    item = make_assignment(module, questions, title="Loops")
    return body, body["class_id"], item.id


def test_deep_linking_returns_a_signed_response_the_platform_accepts(lti: Lti) -> None:
    _, _, item_id = _class_with_assignment(lti)
    picker = launch(lti, **TEACHER, kind="deep").response
    assert picker.status_code == 200, picker.text
    assert "default-src 'none'" in picker.headers["content-security-policy"]
    assert "Loops" in picker.text and "7.5 points" in picker.text
    code = unescape(re.search(r'name="code" value="([^"]+)"', picker.text).group(1))
    back = httpx.post(f"{lti.api}/api/lti/deep-link", data={"code": code, "item_id": str(item_id)})
    assert back.status_code == 200, back.text
    action = unescape(re.search(r'action="([^"]+)"', back.text).group(1))
    signed = unescape(re.search(r'name="JWT" value="([^"]+)"', back.text).group(1))
    assert action == f"{lti.platform}/deep_link_return"
    assert httpx.post(action, data={"JWT": signed}).status_code == 200  # the platform checked signature and type
    [[placed]] = lti.state()["deep_links"]
    assert placed["type"] == "ltiResourceLink" and placed["custom"] == {"item_id": str(item_id)}
    assert placed["lineItem"]["scoreMaximum"] == 7.5 and placed["lineItem"]["resourceId"] == str(item_id)
    again = httpx.post(f"{lti.api}/api/lti/deep-link", data={"code": code, "item_id": str(item_id)})
    assert again.status_code == 410  # the picker's code is used once


def test_a_student_cannot_open_the_deep_linking_picker(lti: Lti) -> None:
    _class_with_assignment(lti)
    refused = launch(lti, user="s-9", roles="Learner", email="s9@school.edu", kind="deep").response
    assert refused.status_code == 403 and "instructors and TAs" in refused.text


def _roster(lti: Lti, class_id: int, headers: dict, want: dict) -> dict:
    def finished() -> dict | None:
        answer = httpx.get(f"{lti.api}/api/classes/{class_id}/lti/roster-sync", headers=headers)
        body = answer.json() if answer.status_code == 200 else {}
        return body if body and all(body[k] == v for k, v in want.items()) else None

    return wait_for(finished, timeout=30, interval=0.3)


def test_roster_sync_creates_enrolls_and_deactivates_through_paged_memberships(lti: Lti, workers) -> None:
    lti.control(members=[_member("t-1", "Instructor"), _member("s-1"), _member("s-2"), _member("s-3")])
    body = exchange(lti, launch(lti, **TEACHER, limit="2").code).json()  # 2 per page: three pages, Link headers
    staff = {"Authorization": f"Bearer {body['access_token']}"}
    first = _roster(lti, body["class_id"], staff, {"created": 3})  # the instructor's first launch synced
    assert [(i["sub"], i["status"]) for i in first["items"]] == [
        ("t-1", "already_enrolled"),
        ("s-1", "created"),
        ("s-2", "created"),
        ("s-3", "created"),
    ]
    enrolled = sql(
        "SELECT u.email, e.role FROM enrollments e JOIN users u ON u.id = e.user_id WHERE e.class_id = $1 ORDER BY 1",
        body["class_id"],
    )
    assert [tuple(r) for r in enrolled] == [
        ("s-1@school.edu", "student"),
        ("s-2@school.edu", "student"),
        ("s-3@school.edu", "student"),
        ("teacher@school.edu", "instructor"),
    ]
    lti.control(members=[_member("t-1", "Instructor"), _member("s-1"), _member("s-3", status="Inactive")])
    started = httpx.post(f"{lti.api}/api/classes/{body['class_id']}/lti/roster-sync", headers=staff)
    assert started.status_code == 202, started.text
    second = _roster(lti, body["class_id"], staff, {"deactivated": 2})
    assert sorted(i["status"] for i in second["items"]) == [
        "already_enrolled",
        "already_enrolled",
        "deactivated",
        "deactivated",
    ]
    inactive = sql(
        "SELECT u.email FROM lti_membership m JOIN users u ON u.id = m.user_id WHERE NOT m.active ORDER BY 1"
    )
    assert [r[0] for r in inactive] == ["s-2@school.edu", "s-3@school.edu"]
    assert sql("SELECT count(*) FROM enrollments WHERE class_id = $1", body["class_id"])[0][0] == 4  # none deleted


def test_a_student_cannot_start_a_roster_sync(lti: Lti) -> None:
    _, class_id, _ = _class_with_assignment(lti)
    student = exchange(lti, launch(lti, user="s-1", roles="Learner", email="s1@school.edu").code).json()
    refused = httpx.post(
        f"{lti.api}/api/classes/{class_id}/lti/roster-sync",
        headers={"Authorization": f"Bearer {student['access_token']}"},
    )
    assert refused.status_code == 403


def test_roster_sync_takes_the_class_from_those_gone_and_gives_it_back(lti: Lti, workers) -> None:
    lti.control(members=[_member("t-1", "Instructor"), _member("s-1")])
    body, class_id, item_id = _class_with_assignment(lti)
    staff = {"Authorization": f"Bearer {body['access_token']}"}
    _roster(lti, class_id, staff, {"created": 1})
    student = sql("SELECT id FROM users WHERE email = 's-1@school.edu'")[0][0]
    question = sql("SELECT question FROM assignment_question ORDER BY order_index LIMIT 1")[0][0]
    submit = f"{lti.api}/api/assignments/{item_id}/questions/{question}/submissions"

    def reach() -> tuple[int, int]:
        sent = httpx.post(submit, json={"code": "x = 1", "language": "python"}, headers=auth(student))
        return sent.status_code, httpx.get(f"{lti.api}/api/classes/{class_id}", headers=auth(student)).status_code

    assert reach() == (202, 200)
    lti.control(members=[_member("t-1", "Instructor")])
    assert httpx.post(f"{lti.api}/api/classes/{class_id}/lti/roster-sync", headers=staff).status_code == 202
    _roster(lti, class_id, staff, {"deactivated": 1})
    assert reach() == (404, 404)
    assert sql("SELECT count(*) FROM submission_attempt WHERE user_id = $1", student)[0][0] == 1  # kept
    book = httpx.get(f"{lti.api}/api/classes/{class_id}/gradebook", headers=staff).json()
    assert [(r["email"], r["active"]) for r in book["rows"]] == [("s-1@school.edu", False)]
    lti.control(members=[_member("t-1", "Instructor"), _member("s-1")])
    assert httpx.post(f"{lti.api}/api/classes/{class_id}/lti/roster-sync", headers=staff).status_code == 202
    back = _roster(lti, class_id, staff, {"enrolled": 1})
    assert [(i["sub"], i["status"]) for i in back["items"]] == [("t-1", "already_enrolled"), ("s-1", "enrolled")]
    assert reach() == (202, 200)
