"""Issue 24's findings on accounts and mail, each written as the attack: the request sequence an outside tester sent,
and what must come of it now (each failed on the code before the fix)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.accounts_support import NEW_PASSWORD, bearer, login
from tests.factories import enroll, make_class, make_user, make_world
from tests.mailbox import Mailbox
from tests.support import auth, problem, running_api, sql

ENCODED_WORD = "=?utf-8?q?attacker=40evil.test=2C?=victim@example.edu"


def test_a_student_who_instructs_a_class_cannot_mint_a_staff_account_by_roster(
    api: httpx.Client, mailbox: Mailbox
) -> None:
    make_world()
    teacher = make_user("student-teacher@test.edu")  # a global student, the instructor of one class
    klass = make_class("T101")
    enroll(klass, teacher, "instructor")
    rows = {"rows": [{"email": "minted@evil.test", "role": "instructor"}]}
    imported = api.post(f"/api/classes/{klass.id}/roster", json=rows, headers=auth(teacher.id))
    assert imported.status_code == 200 and imported.json()["items"][0]["status"] == "created"
    token = mailbox.token("minted@evil.test")
    minted = bearer(api.post("/api/auth/invitations/accept", json={"token": token, "password": NEW_PASSWORD}))
    problem(api.post("/api/classes", json={"code": "EVIL", "title": "Mine"}, headers=minted), 403)
    assert sql("SELECT role FROM users WHERE email = 'minted@evil.test'")[0][0] == "student"
    assert sql(
        "SELECT e.role FROM enrollments e JOIN users u ON u.id = e.user_id WHERE u.email = 'minted@evil.test'"
    ) == [("instructor",)], "the class role stays, in the class"


def test_an_instructor_cannot_pull_another_classes_invited_user_in_and_mail_it(
    api: httpx.Client, mailbox: Mailbox
) -> None:
    world = make_world()
    invited = {"email": "pending@test.edu", "display_name": "Pending"}
    assert api.post("/api/users", json=invited, headers=auth(world.admin.id)).status_code == 201
    original = mailbox.token("pending@test.edu")
    attacker = auth(world.other_instructor.id)
    pulled = api.post(f"/api/classes/{world.cs102.id}/enrollments", json={"email": invited["email"]}, headers=attacker)
    assert pulled.status_code == 202, pulled.text  # offered by mail, not enrolled
    user_id = pulled.json()["user_id"]
    assert not sql("SELECT 1 FROM enrollments WHERE user_id = $1", user_id)
    for _ in range(25):
        problem(api.post(f"/api/classes/{world.cs102.id}/roster/{user_id}/invitation", headers=attacker), 404)
    assert len(mailbox.messages("pending@test.edu")) == 2, "the admin's invitation and one class offer, no more"
    person = bearer(api.post("/api/auth/invitations/accept", json={"token": original, "password": NEW_PASSWORD}))
    offer = mailbox.token("pending@test.edu", count=2)
    problem(api.post("/api/auth/class-invitations/accept", json={"token": offer}, headers=auth(world.student.id)), 410)
    joined = api.post("/api/auth/class-invitations/accept", json={"token": offer}, headers=person)
    assert joined.status_code == 200 and joined.json()["role"] == "student"
    assert sql("SELECT class_id FROM enrollments WHERE user_id = $1", user_id) == [(world.cs102.id,)]


def test_invitation_resends_are_capped_per_account_with_retry_after(api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    rows = {"rows": [{"email": "slow@test.edu"}]}
    user_id = api.post(f"/api/classes/{world.cs101.id}/roster", json=rows, headers=auth(world.instructor.id)).json()[
        "items"
    ][0]["user_id"]
    url = f"/api/classes/{world.cs101.id}/roster/{user_id}/invitation"
    statuses = [api.post(url, headers=auth(world.instructor.id)).status_code for _ in range(6)]
    assert statuses == [200, 200, 200, 429, 429, 429]
    refused = api.post(url, headers=auth(world.instructor.id))
    assert int(refused.headers["Retry-After"]) >= 1
    assert len(mailbox.wait_for("slow@test.edu", 4)) == 4, "the import's invitation and three resends"


def test_password_resets_are_capped_per_email_and_per_sender_with_retry_after(api: httpx.Client) -> None:
    world = make_world()
    to_one = [api.post("/api/auth/password-reset", json={"email": world.student.email}) for _ in range(4)]
    assert [r.status_code for r in to_one] == [202, 202, 202, 429]
    assert int(to_one[-1].headers["Retry-After"]) >= 1
    to_many = [api.post("/api/auth/password-reset", json={"email": f"who{i}@test.edu"}) for i in range(18)]
    assert [r.status_code for r in to_many] == [202] * 17 + [429], "20 an hour from one sender (3 + 17)"


def test_an_encoded_word_address_is_refused_and_mails_no_one(api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    rows = {"rows": [{"email": ENCODED_WORD}, {"email": 'a"b"@example.edu'}, {"email": "two@at@example.edu"}]}
    imported = api.post(f"/api/classes/{world.cs101.id}/roster", json=rows, headers=auth(world.instructor.id))
    assert [r["status"] for r in imported.json()["items"]] == ["invalid"] * 3
    created = {"email": ENCODED_WORD, "display_name": "X"}
    problem(api.post("/api/users", json=created, headers=auth(world.admin.id)), 400)
    time.sleep(0.5)
    assert not list(mailbox.directory.glob("*.eml")), "nothing was mailed"
    assert sql("SELECT count(*) FROM users")[0][0] == 7


@pytest.mark.parametrize("name", ["Eve\r\nClick https://evil.test/reset", "Eve\nBcc: x@evil.test", "Eve\u2028line"])
def test_a_display_name_with_line_breaks_is_refused_everywhere(api: httpx.Client, mailbox: Mailbox, name: str) -> None:
    world = make_world()
    created = {"email": "eve@test.edu", "display_name": name}
    problem(api.post("/api/users", json=created, headers=auth(world.admin.id)), 400)
    problem(api.patch("/api/users/me", json={"display_name": name}, headers=auth(world.student.id)), 400)
    rows = {"rows": [{"email": "eve@test.edu", "display_name": name}]}
    imported = api.post(f"/api/classes/{world.cs101.id}/roster", json=rows, headers=auth(world.instructor.id))
    assert imported.json()["items"][0]["status"] == "invalid"
    assert not sql("SELECT 1 FROM users WHERE email = 'eve@test.edu'")


@pytest.mark.parametrize(
    ("twin", "status"),
    [
        ("stu@test.edu.", 409),
        ("\uff33\uff34\uff35@test.edu", 409),  # full-width STU
        ("\u0455tu@test.edu", 400),  # Cyrillic dze for the s
        ("stu@t\u0435st.edu", 400),  # Cyrillic ie for the e
    ],
)
def test_look_alike_emails_create_no_second_account(api: httpx.Client, twin: str, status: int) -> None:
    world = make_world()
    created = {"email": twin, "display_name": "Twin", "password": NEW_PASSWORD}
    problem(api.post("/api/users", json=created, headers=auth(world.admin.id)), status)
    rows = {"rows": [{"email": twin}]}
    imported = api.post(f"/api/classes/{world.cs101.id}/roster", json=rows, headers=auth(world.instructor.id))
    assert imported.json()["items"][0]["status"] == ("already_enrolled" if status == 409 else "invalid")
    assert sql("SELECT count(*) FROM users")[0][0] == 7


def test_a_reset_link_from_before_a_deactivation_is_dead_after_reactivation(
    api: httpx.Client, mailbox: Mailbox
) -> None:
    world = make_world()
    api.post("/api/auth/password-reset", json={"email": world.student.email})
    token = mailbox.token(world.student.email)
    admin = auth(world.admin.id)
    assert api.patch(f"/api/users/{world.student.id}", json={"active": False}, headers=admin).status_code == 200
    assert api.patch(f"/api/users/{world.student.id}", json={"active": True}, headers=admin).status_code == 200
    problem(api.post("/api/auth/password-reset/confirm", json={"token": token, "password": NEW_PASSWORD}), 410)
    assert login(api, world.student.email).status_code == 200, "the password is unchanged"


def test_logging_out_ends_the_tokens_refreshed_from_the_same_login(api: httpx.Client) -> None:
    world = make_world()
    first = bearer(login(api, world.student.email))
    refreshed = bearer(api.post("/api/auth/refresh", headers=first))
    again = bearer(api.post("/api/auth/refresh", headers=refreshed))
    other_login = bearer(login(api, world.student.email))
    assert api.post("/api/auth/logout", headers=first).status_code == 204
    for headers in (first, refreshed, again):
        problem(api.get("/api/auth/me", headers=headers), 401)
    assert api.get("/api/auth/me", headers=other_login).status_code == 200, "another login is another family"


@pytest.fixture
def hanging_mail_api(service_env: dict[str, str]) -> Iterator[httpx.Client]:
    """An API whose mail server accepts connections and never answers (an SMTP client waits for its greeting)."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    env = {**service_env, "SMTP_URL": f"smtp://127.0.0.1:{silent.getsockname()[1]}"}
    with running_api(env) as client:
        try:
            yield client
        finally:
            silent.close()  # the waiting SMTP clients see the connection reset, and the API can stop


def test_a_reset_answers_as_soon_for_an_existing_email_as_for_an_unknown_one(hanging_mail_api: httpx.Client) -> None:
    """The reset's lookup, token and mail run after the answer: even a mail server that hangs (the SMTP timeout is
    10 s) cannot tell which emails have accounts."""
    world = make_world()
    took = {}
    for email in (world.student.email, "nobody@test.edu"):
        started = time.monotonic()
        assert hanging_mail_api.post("/api/auth/password-reset", json={"email": email}).status_code == 202
        took[email] = time.monotonic() - started
    assert took[world.student.email] < 5, took
