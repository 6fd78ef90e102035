"""Roster import (CSV and JSON, per row, idempotent), invitation resends, revocation across API processes, and the
users command line, over HTTP against the real services."""

from __future__ import annotations

import subprocess
import sys

import httpx

from tests.accounts_support import NEW_PASSWORD, bearer, login
from tests.factories import enroll, make_class, make_world
from tests.mailbox import Mailbox
from tests.support import auth, problem, sql, start_api, wait_http

ROSTER_CSV = (
    "\ufeffemail,display_name,student_id,role\n"
    "  New.One@Test.edu ,  New One ,S-001,\n"
    "stu@test.edu,Stu,S-002,student\n"
    "not-an-email,Bad,S-003,\n"
    "helper@test.edu,Helper,,ta\n"
    "new.one@test.edu,Twice,S-004,\n"
    "odd@test.edu,Odd,S-005,overlord\n"
)


def test_roster_csv_creates_invites_enrolls_and_reports_each_row(api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    headers = {**auth(world.instructor.id), "Content-Type": "text/csv"}
    answer = api.post(f"/api/classes/{world.cs101.id}/roster", content=ROSTER_CSV.encode(), headers=headers)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [(r["row"], r["email"], r["status"]) for r in body["items"]] == [
        (1, "new.one@test.edu", "created"),
        (2, "stu@test.edu", "already_enrolled"),
        (3, "not-an-email", "invalid"),
        (4, "helper@test.edu", "created"),
        (5, "new.one@test.edu", "invalid"),
        (6, "odd@test.edu", "invalid"),
    ]
    assert body["items"][4]["reason"] == "same email as row 1" and "role" in body["items"][5]["reason"]
    assert (body["created"], body["enrolled"], body["already_enrolled"], body["invalid"]) == (2, 0, 1, 3)
    assert body["items"][0]["invitation_sent"] is True
    enrolled = sql(
        "SELECT u.email, u.display_name, u.password, u.role, e.role AS class_role, e.student_id FROM enrollments e "
        "JOIN users u ON u.id = e.user_id WHERE e.class_id = $1 AND u.email IN ('new.one@test.edu', 'helper@test.edu') "
        "ORDER BY u.email",
        world.cs101.id,
    )
    assert [tuple(r) for r in enrolled] == [
        ("helper@test.edu", "Helper", "", "student", "ta", None),  # the class role stays in the class
        ("new.one@test.edu", "New One", "", "student", "student", "S-001"),
    ]
    token = mailbox.token("new.one@test.edu")
    accepted = api.post("/api/auth/invitations/accept", json={"token": token, "password": NEW_PASSWORD})
    assert api.get("/api/users/me", headers=bearer(accepted)).json()["enrollments"][0]["class_code"] == "CS101"


def test_importing_the_same_roster_again_changes_nothing(api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    headers = {**auth(world.instructor.id), "Content-Type": "text/csv"}
    api.post(f"/api/classes/{world.cs101.id}/roster", content=ROSTER_CSV.encode(), headers=headers)
    mailbox.wait_for("helper@test.edu")
    before = sql("SELECT * FROM enrollments ORDER BY id"), sql("SELECT id, email, password FROM users ORDER BY id")
    again = api.post(f"/api/classes/{world.cs101.id}/roster", content=ROSTER_CSV.encode(), headers=headers).json()
    assert [r["status"] for r in again["items"]] == ["already_enrolled", "already_enrolled", "invalid"] + [
        "already_enrolled",
        "invalid",
        "invalid",
    ]
    after = sql("SELECT * FROM enrollments ORDER BY id"), sql("SELECT id, email, password FROM users ORDER BY id")
    assert before == after
    assert len(mailbox.messages("helper@test.edu")) == 1, "no second invitation"


def test_roster_rows_as_json_enroll_existing_accounts(api: httpx.Client) -> None:
    world = make_world()
    taught_too = make_class("CS103")  # other_student is known to the instructor: a student of their other class
    enroll(taught_too, world.instructor, "instructor")
    enroll(taught_too, world.other_student)
    rows = [{"email": " OtherStu@test.edu ", "student_id": "X9"}, {"email": "stu@test.edu"}, {"email": "@"}]
    answer = api.post(f"/api/classes/{world.cs101.id}/roster", json={"rows": rows}, headers=auth(world.instructor.id))
    assert [r["status"] for r in answer.json()["items"]] == ["enrolled", "already_enrolled", "invalid"]
    assert (
        sql(
            "SELECT student_id FROM enrollments WHERE user_id = $1 AND class_id = $2",
            world.other_student.id,
            world.cs101.id,
        )[0][0]
        == "X9"
    )


def test_roster_import_is_for_class_instructors_and_needs_a_header(api: httpx.Client) -> None:
    world = make_world()
    url = f"/api/classes/{world.cs101.id}/roster"
    csv_headers = {"Content-Type": "text/csv"}
    problem(api.post(url, content=b"email\nx@test.edu\n", headers={**auth(world.ta.id), **csv_headers}), 403)
    problem(
        api.post(url, content=b"email\nx@test.edu\n", headers={**auth(world.other_instructor.id), **csv_headers}), 404
    )
    problem(api.post(url, content=b"x@test.edu,X\n", headers={**auth(world.instructor.id), **csv_headers}), 400)
    problem(api.post(url, content=b"email,shoe_size\n", headers={**auth(world.instructor.id), **csv_headers}), 400)
    assert not sql("SELECT 1 FROM users WHERE email = 'x@test.edu'")


def test_the_student_id_from_the_roster_is_in_the_gradebook_csv(api: httpx.Client) -> None:
    world = make_world()
    rows = [{"email": "stu@test.edu"}, {"email": "late@test.edu", "display_name": "Late", "student_id": "S-77"}]
    api.post(f"/api/classes/{world.cs101.id}/roster", json={"rows": rows}, headers=auth(world.instructor.id))
    csv_text = api.get(f"/api/classes/{world.cs101.id}/gradebook?format=csv", headers=auth(world.instructor.id)).text
    lines = csv_text.splitlines()
    assert lines[0].startswith("email,name,student_id,")
    assert any(line.startswith("late@test.edu,Late,S-77,") for line in lines)


def test_instructors_resend_an_invitation_and_the_old_link_stops_working(api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    answer = api.post(
        f"/api/classes/{world.cs101.id}/roster",
        json={"rows": [{"email": "slow@test.edu"}]},
        headers=auth(world.instructor.id),
    ).json()
    user_id = answer["items"][0]["user_id"]
    first = mailbox.token("slow@test.edu")
    resent = api.post(f"/api/classes/{world.cs101.id}/roster/{user_id}/invitation", headers=auth(world.instructor.id))
    assert resent.status_code == 200 and resent.json()["sent"] is True
    second = mailbox.token("slow@test.edu", count=2)
    problem(api.post("/api/auth/invitations/accept", json={"token": first, "password": NEW_PASSWORD}), 410)
    assert api.post("/api/auth/invitations/accept", json={"token": second, "password": NEW_PASSWORD}).status_code == 200
    again = api.post(f"/api/classes/{world.cs101.id}/roster/{user_id}/invitation", headers=auth(world.instructor.id))
    problem(again, 409)
    student = api.post(f"/api/classes/{world.cs101.id}/roster/{user_id}/invitation", headers=auth(world.student.id))
    problem(student, 403)


def test_a_logout_and_a_role_change_reach_every_api_process_at_once(api: httpx.Client, service_env) -> None:
    world = make_world()
    process, other_url = start_api(service_env)
    try:
        wait_http(f"{other_url}/health", timeout=60)
        with httpx.Client(base_url=other_url, timeout=30) as other:
            session = bearer(login(api, world.student.email))
            assert other.get("/api/users/me", headers=session).status_code == 200  # cached there now
            api.post("/api/auth/logout", headers=session)
            problem(other.get("/api/users/me", headers=session), 401)
            ta_session = bearer(login(api, world.ta.email))
            assert other.get("/api/questions", headers=ta_session).status_code == 200
            api.patch(f"/api/users/{world.ta.id}", json={"role": "student"}, headers=auth(world.admin.id))
            problem(other.get("/api/questions", headers=ta_session), 401)
    finally:
        process.terminate()
        process.wait(10)


def _cli(service_env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "jobs.cli", "users", *args],
        env=service_env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_line_creates_the_first_admin_who_logs_in(api: httpx.Client, service_env) -> None:
    created = _cli(
        service_env,
        "create",
        "--email",
        "Root@Example.EDU",
        "--name",
        "Root",
        "--role",
        "admin",
        stdin=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n",
    )
    assert created.returncode == 0, created.stderr
    assert "created root@example.edu" in created.stdout
    session = bearer(login(api, "root@example.edu", NEW_PASSWORD))
    assert api.get("/api/users", headers=session).status_code == 200
    assert sql("SELECT admin, superuser FROM users WHERE email = 'root@example.edu'")[0] == (True, True)
    again = _cli(
        service_env,
        "create",
        "--email",
        "root@example.edu",
        "--name",
        "R",
        "--role",
        "admin",
        "--password",
        NEW_PASSWORD,
    )
    assert again.returncode == 1 and "exists" in again.stderr
    weak = _cli(service_env, "create", "--email", "b@example.edu", "--name", "B", "--role", "ta", "--password", "short")
    assert weak.returncode == 1 and "10 characters" in weak.stderr


def test_the_command_line_changes_roles_and_deactivates_with_immediate_effect(api: httpx.Client, service_env) -> None:
    world = make_world()
    session = bearer(login(api, world.instructor.email))
    demoted = _cli(service_env, "set-role", "PROF@test.edu", "ta")
    assert demoted.returncode == 0 and "role ta" in demoted.stdout
    problem(api.get("/api/users/me", headers=session), 401)
    session = bearer(login(api, world.instructor.email))
    assert _cli(service_env, "deactivate", world.instructor.email).returncode == 0
    problem(api.get("/api/users/me", headers=session), 401)
    problem(login(api, world.instructor.email), 401)
    assert _cli(service_env, "set-role", "ghost@test.edu", "ta").returncode == 1
