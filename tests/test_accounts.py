"""Accounts over HTTP against the real services: users, invitations by mail, passwords, profiles, revocation."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from redis import Redis

from tables import passwords
from tests.factories import PASSWORD, make_world
from tests.mailbox import Mailbox
from tests.support import auth, problem, sql, start_api, wait_http

NEW_PASSWORD = "a-brand-new-passphrase"


@pytest.fixture
def mailbox(services: dict[str, str]) -> Iterator[Mailbox]:
    box = Mailbox(Path(services["data_dir"]) / "mail")
    box.clear()
    yield box


def login(api: httpx.Client, email: str, password: str = PASSWORD) -> httpx.Response:
    return api.post("/api/auth/login", json={"email": email, "password": password})


def bearer(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_admin_creates_an_account_with_a_password_that_logs_in(api: httpx.Client) -> None:
    world = make_world()
    created = api.post(
        "/api/users",
        json={"email": "New.Person@Test.EDU", "display_name": "New Person", "role": "ta", "password": NEW_PASSWORD},
        headers=auth(world.admin.id),
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["email"] == "new.person@test.edu" and body["role"] == "ta" and body["invited"] is False
    assert body["invitation_sent"] is None
    assert login(api, "NEW.person@test.edu", NEW_PASSWORD).status_code == 200
    row = sql("SELECT username, password, admin, superuser FROM users WHERE id = $1", body["id"])[0]
    assert row["username"] == "new.person@test.edu" and row["password"].startswith("$argon2id$")
    assert (row["admin"], row["superuser"]) == (False, False)
    duplicate = {"email": "NEW.PERSON@test.edu", "display_name": "x", "password": NEW_PASSWORD}
    problem(api.post("/api/users", json=duplicate, headers=auth(world.admin.id)), 409)


def test_only_admins_create_accounts_and_the_password_policy_applies(api: httpx.Client) -> None:
    world = make_world()
    data = {"email": "x@test.edu", "display_name": "X", "password": NEW_PASSWORD}
    problem(api.post("/api/users", json=data, headers=auth(world.instructor.id)), 403)
    short = problem(api.post("/api/users", json={**data, "password": "short"}, headers=auth(world.admin.id)), 400)
    assert "10 characters" in short["detail"]
    same = problem(api.post("/api/users", json={**data, "password": "X@test.edu"}, headers=auth(world.admin.id)), 400)
    assert "email" in same["detail"]
    assert not sql("SELECT 1 FROM users WHERE email = 'x@test.edu'")


def test_an_invited_account_gets_a_mail_and_accepts_it_once(api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    created = api.post(
        "/api/users", json={"email": "Invitee@Test.edu", "display_name": "Invitee"}, headers=auth(world.admin.id)
    ).json()
    assert created["invited"] is True and created["invitation_sent"] is True
    problem(login(api, "invitee@test.edu", ""), 401)
    token = mailbox.token("invitee@test.edu")
    stored = sql("SELECT token_sha256, expires_at - created_at AS lifetime FROM account_tokens")[0]
    assert token not in stored["token_sha256"] and stored["lifetime"].days == 7
    weak = api.post("/api/auth/invitations/accept", json={"token": token, "password": "invitee"})
    problem(weak, 400)  # a refused password does not use the token up
    accepted = api.post("/api/auth/invitations/accept", json={"token": token, "password": NEW_PASSWORD})
    assert api.get("/api/users/me", headers=bearer(accepted)).json()["email"] == "invitee@test.edu"
    again = api.post("/api/auth/invitations/accept", json={"token": token, "password": "another-long-password"})
    problem(again, 410)
    assert login(api, "invitee@test.edu", NEW_PASSWORD).status_code == 200


def test_admins_search_users_and_instructors_look_up_one_exact_email(api: httpx.Client) -> None:
    world = make_world()
    found = api.get("/api/users?search=STU&role=student", headers=auth(world.admin.id)).json()
    assert [u["email"] for u in found["items"]] == ["otherstu@test.edu", "stu@test.edu"]
    assert found["next_cursor"] is None
    exact = api.get("/api/users?search=Mate@Test.edu", headers=auth(world.instructor.id)).json()
    assert [u["email"] for u in exact["items"]] == ["mate@test.edu"]
    problem(api.get("/api/users?search=mate", headers=auth(world.instructor.id)), 403)
    problem(api.get("/api/users?search=mate@test.edu", headers=auth(world.student.id)), 403)


def test_a_role_change_revokes_tokens_at_once_and_sets_the_admin_flags(api: httpx.Client) -> None:
    world = make_world()
    session = bearer(login(api, world.instructor.email))
    assert api.get("/api/classes", headers=session).status_code == 200
    changed = api.patch(f"/api/users/{world.instructor.id}", json={"role": "admin"}, headers=auth(world.admin.id))
    assert changed.status_code == 200 and changed.json()["role"] == "admin"
    problem(api.get("/api/classes", headers=session), 401)
    assert sql("SELECT admin, superuser FROM users WHERE id = $1", world.instructor.id)[0] == (True, True)
    api.patch(f"/api/users/{world.instructor.id}", json={"role": "student"}, headers=auth(world.admin.id))
    assert sql("SELECT admin, superuser FROM users WHERE id = $1", world.instructor.id)[0] == (False, False)


def test_deactivation_revokes_tokens_on_the_next_request(api: httpx.Client) -> None:
    world = make_world()
    session = bearer(login(api, world.student.email))
    assert api.get("/api/users/me", headers=session).status_code == 200
    api.patch(f"/api/users/{world.student.id}", json={"active": False}, headers=auth(world.admin.id))
    problem(api.get("/api/users/me", headers=session), 401)
    problem(login(api, world.student.email), 401)
    mine = problem(api.patch(f"/api/users/{world.admin.id}", json={"active": False}, headers=auth(world.admin.id)), 409)
    assert "themselves" in mine["detail"]


def test_logout_revokes_only_the_token_used(api: httpx.Client) -> None:
    world = make_world()
    first, second = bearer(login(api, world.student.email)), bearer(login(api, world.student.email))
    assert api.post("/api/auth/logout", headers=first).status_code == 204
    problem(api.get("/api/users/me", headers=first), 401)
    assert api.get("/api/users/me", headers=second).status_code == 200
    assert sql("SELECT count(*) FROM revoked_tokens WHERE user_id = $1", world.student.id)[0][0] == 1


def test_logout_everywhere_revokes_every_token(api: httpx.Client) -> None:
    world = make_world()
    first, second = bearer(login(api, world.student.email)), bearer(login(api, world.student.email))
    assert api.post("/api/auth/logout-everywhere", headers=first).status_code == 204
    problem(api.get("/api/users/me", headers=first), 401)
    problem(api.get("/api/users/me", headers=second), 401)
    assert api.get("/api/users/me", headers=bearer(login(api, world.student.email))).status_code == 200


def test_refresh_gives_a_new_working_token(api: httpx.Client) -> None:
    world = make_world()
    refreshed = api.post("/api/auth/refresh", headers=bearer(login(api, world.student.email)))
    assert refreshed.json()["expires_in"] >= 8 * 3600, "a token lasts a working session"
    assert api.get("/api/users/me", headers=bearer(refreshed)).json()["id"] == world.student.id


def test_a_password_change_revokes_older_tokens_and_answers_a_new_one(api: httpx.Client) -> None:
    world = make_world()
    old = bearer(login(api, world.student.email))
    wrong = {"current_password": "not-my-password", "new_password": NEW_PASSWORD}
    problem(api.post("/api/auth/password", json=wrong, headers=old), 400)
    weak = {"current_password": PASSWORD, "new_password": "stu@test.edu"}
    problem(api.post("/api/auth/password", json=weak, headers=old), 400)
    changed = api.post(
        "/api/auth/password", json={"current_password": PASSWORD, "new_password": NEW_PASSWORD}, headers=old
    )
    problem(api.get("/api/users/me", headers=old), 401)
    assert api.get("/api/users/me", headers=bearer(changed)).status_code == 200
    problem(login(api, world.student.email), 401)
    assert login(api, world.student.email, NEW_PASSWORD).status_code == 200


def test_a_password_reset_mails_a_one_hour_single_use_token(api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    old = bearer(login(api, world.student.email))
    for email in ("STU@test.edu", "nobody@test.edu"):
        answer = api.post("/api/auth/password-reset", json={"email": email})
        assert answer.status_code == 202, "the same answer whether or not the account exists"
    token = mailbox.token("stu@test.edu")
    assert not mailbox.messages("nobody@test.edu")
    lifetime = sql("SELECT expires_at - created_at FROM account_tokens WHERE purpose = 'password_reset'")[0][0]
    assert lifetime.total_seconds() == 3600
    confirmed = api.post("/api/auth/password-reset/confirm", json={"token": token, "new_password": NEW_PASSWORD})
    assert api.get("/api/users/me", headers=bearer(confirmed)).status_code == 200
    problem(api.get("/api/users/me", headers=old), 401)
    problem(api.post("/api/auth/password-reset/confirm", json={"token": token, "new_password": PASSWORD * 2}), 410)
    assert login(api, world.student.email, NEW_PASSWORD).status_code == 200


def test_an_expired_reset_token_is_refused(api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    api.post("/api/auth/password-reset", json={"email": world.student.email})
    token = mailbox.token(world.student.email)
    sql("UPDATE account_tokens SET expires_at = now() - interval '1 second'")
    problem(api.post("/api/auth/password-reset/confirm", json={"token": token, "new_password": NEW_PASSWORD}), 410)
    assert login(api, world.student.email).status_code == 200


def test_the_profile_changes_name_avatar_and_typed_settings(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.student.id)
    assert api.get("/api/users/me", headers=headers).json()["settings"] == {
        "editor_theme": "light",
        "font_size": 14,
        "key_bindings": "default",
        "time_zone": "UTC",
    }
    changed = api.patch(
        "/api/users/me",
        json={
            "display_name": "Stu Dent",
            "avatar_url": "https://img.example.edu/stu.png",
            "settings": {"font_size": 18, "time_zone": "Europe/Berlin"},
        },
        headers=headers,
    )
    assert changed.status_code == 200, changed.text
    body = changed.json()
    assert body["display_name"] == "Stu Dent" and body["avatar_url"] == "https://img.example.edu/stu.png"
    assert body["settings"]["font_size"] == 18 and body["settings"]["time_zone"] == "Europe/Berlin"
    again = api.patch("/api/users/me", json={"settings": {"editor_theme": "dark"}}, headers=headers).json()
    assert again["settings"]["font_size"] == 18 and again["settings"]["editor_theme"] == "dark"
    stored = sql("SELECT settings FROM users WHERE id = $1", world.student.id)[0][0]
    assert '"time_zone":"Europe/Berlin"' in stored.replace(" ", "")


@pytest.mark.parametrize(
    "change",
    [
        {"avatar_url": "http://img.example.edu/stu.png"},
        {"avatar_url": "https://" + "a" * 500 + ".edu"},
        {"avatar_url": "javascript:alert(1)"},
        {"settings": {"time_zone": "Mars/Olympus_Mons"}},
        {"settings": {"font_size": 400}},
        {"settings": {"colour": "red"}},
        {"settings": {"editor_theme": {"nested": True}}},
        {"favourite_colour": "red"},
    ],
)
def test_bad_profile_changes_are_400_and_change_nothing(api: httpx.Client, change: dict) -> None:
    world = make_world()
    problem(api.patch("/api/users/me", json=change, headers=auth(world.student.id)), 400)
    assert sql("SELECT avatar_url, settings FROM users WHERE id = $1", world.student.id)[0] == (None, "{}")


def test_a_legacy_pbkdf2_hash_logs_in_and_is_upgraded_to_argon2id(api: httpx.Client) -> None:
    world = make_world()
    sql("UPDATE users SET password = $1 WHERE id = $2", passwords.legacy_hash(PASSWORD, "salt1234"), world.ta.id)
    version = sql("SELECT token_version FROM users WHERE id = $1", world.ta.id)[0][0]
    assert login(api, world.ta.email).status_code == 200
    row = sql("SELECT password, token_version FROM users WHERE id = $1", world.ta.id)[0]
    assert row["password"].startswith("$argon2id$v=19$m=7168,t=5,p=1$")
    assert row["token_version"] == version, "an upgrade is not a password change"
    assert login(api, world.ta.email).status_code == 200


def test_emails_are_stored_normalized_and_unique_whoever_writes_them(api: httpx.Client) -> None:
    world = make_world()
    sql(
        "INSERT INTO users (username, password, first_name, last_name, email, active, admin, superuser, "
        "display_name, role, settings) VALUES ('whatever', '', '', '', '  Mixed.Case@Test.EDU ', true, true, true, "
        "'', 'student', '{}')"
    )
    row = sql("SELECT email, username, admin, superuser FROM users WHERE email = 'mixed.case@test.edu'")[0]
    assert tuple(row) == ("mixed.case@test.edu", "mixed.case@test.edu", False, False)
    taken = {"email": "MIXED.case@test.edu", "display_name": "x", "password": NEW_PASSWORD}
    problem(api.post("/api/users", json=taken, headers=auth(world.admin.id)), 409)


def test_one_accounts_failures_never_block_another_accounts_password(api: httpx.Client) -> None:
    world = make_world()
    statuses = [login(api, world.student.email, f"guess-{i}-wrong").status_code for i in range(12)]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429
    assert login(api, world.instructor.email).status_code == 200, "same address, another account"
    limited = problem(login(api, world.student.email), 429)
    assert limited["retry_after"] >= 1


def test_failed_logins_lock_an_email_for_growing_delays(api: httpx.Client, services: dict[str, str]) -> None:
    world = make_world()
    for i in range(5):
        problem(login(api, world.student.email, f"guess-{i}-wrong"), 401)
    first = problem(login(api, world.student.email), 429)
    assert 1 <= first["retry_after"] <= 2 and first["retry_after"] == int(first["retry_after"])
    redis = Redis.from_url(services["redis"])
    redis.delete(*redis.keys("ratelimit:login:pair:*:lock"))  # the first delay has passed
    problem(login(api, world.student.email, "guess-5-wrong"), 401)
    second = problem(login(api, world.student.email), 429)
    assert 3 <= second["retry_after"] <= 4, "the delay doubles with each further failure"
    redis.close()


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
        ("helper@test.edu", "Helper", "", "ta", "ta", None),
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


def test_a_successful_login_clears_its_failures(api: httpx.Client) -> None:
    world = make_world()
    for i in range(4):
        problem(login(api, world.student.email, f"guess-{i}-wrong"), 401)
    assert login(api, world.student.email).status_code == 200
    for i in range(4):
        problem(login(api, world.student.email, f"guess-{i}-again"), 401)  # not 429: the count started over
    assert login(api, world.student.email).status_code == 200


@pytest.fixture(scope="module")
def tuned_api(service_env: dict[str, str]) -> Iterator[httpx.Client]:
    """A second API process with its own throttling and mail settings (same services)."""
    env = {
        **service_env,
        "LOGIN_FREE_FAILURES": "100",
        "LOGIN_EMAIL_FREE_FAILURES": "2",
        "LOGIN_ADDRESS_FAILURES": "6",
        "LOGIN_MAX_DELAY_SECONDS": "1",
        "PUBLIC_URL": "https://grader.test.edu/",
        "MAIL_FROM": "CS101 Staff <staff@test.edu>",
    }
    process, url = start_api(env)
    try:
        wait_http(f"{url}/health", timeout=60)
        with httpx.Client(base_url=url, timeout=30) as client:
            yield client
    finally:
        process.terminate()
        process.wait(10)


def test_failures_of_one_email_from_anywhere_lock_it_for_at_most_the_longest_delay(tuned_api: httpx.Client) -> None:
    world = make_world()
    for i in range(2):
        problem(login(tuned_api, world.student.email, f"guess-{i}-wrong"), 401)
    locked = problem(login(tuned_api, world.student.email), 429)
    assert locked["retry_after"] == 1, "LOGIN_MAX_DELAY_SECONDS caps the delay"
    assert login(tuned_api, world.classmate.email).status_code == 200


def test_many_accounts_failing_from_one_address_hit_the_address_limit(tuned_api: httpx.Client) -> None:
    world = make_world()
    for user in (world.student, world.classmate, world.ta, world.other_student, world.other_instructor):
        problem(login(tuned_api, user.email, "a-wrong-password"), 401)
    problem(login(tuned_api, world.instructor.email, "a-wrong-password"), 401)  # the sixth failure
    problem(login(tuned_api, world.admin.email), 429)


def test_mail_comes_from_mail_from_and_links_to_the_public_url(tuned_api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    assert tuned_api.post("/api/auth/password-reset", json={"email": world.student.email}).status_code == 202
    message = mailbox.wait_for(world.student.email)[0]
    assert message["From"] == "CS101 Staff <staff@test.edu>"
    token = mailbox.token(world.student.email)
    assert f"https://grader.test.edu/password-reset?token={token}" in message.get_payload(decode=True).decode()
