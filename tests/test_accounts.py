"""Accounts over HTTP against the real services: users, invitations by mail, password resets, profiles, login
throttling (what revokes tokens: tests/test_tokens.py)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from redis import Redis

from tables import passwords
from tests.accounts_support import NEW_PASSWORD, bearer, login
from tests.factories import PASSWORD, make_world
from tests.mailbox import Mailbox
from tests.support import auth, problem, running_api, sql


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
    confirmed = api.post("/api/auth/password-reset/confirm", json={"token": token, "password": NEW_PASSWORD})
    assert api.get("/api/users/me", headers=bearer(confirmed)).status_code == 200
    problem(api.get("/api/users/me", headers=old), 401)
    problem(api.post("/api/auth/password-reset/confirm", json={"token": token, "password": PASSWORD * 2}), 410)
    assert login(api, world.student.email, NEW_PASSWORD).status_code == 200


def test_an_expired_reset_token_is_refused(api: httpx.Client, mailbox: Mailbox) -> None:
    world = make_world()
    api.post("/api/auth/password-reset", json={"email": world.student.email})
    token = mailbox.token(world.student.email)
    sql("UPDATE account_tokens SET expires_at = now() - interval '1 second'")
    problem(api.post("/api/auth/password-reset/confirm", json={"token": token, "password": NEW_PASSWORD}), 410)
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
    with running_api(env) as client:
        yield client


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


def test_a_burst_of_failed_logins_is_counted_whole(api: httpx.Client, services: dict[str, str]) -> None:
    """300 wrong passwords at once while Redis stalls for a moment: each one answered 401 was counted by the
    throttle (none slipped through uncounted because the API ran out of Redis connections, which the throttle would
    take for Redis being down)."""
    import asyncio

    world = make_world()
    redis = Redis.from_url(services["redis"])

    async def guess(client: httpx.AsyncClient, i: int) -> int:
        response = await client.post("/api/auth/login", json={"email": world.student.email, "password": f"g-{i}-x"})
        return response.status_code

    async def burst() -> list[int]:
        limits = httpx.Limits(max_connections=300)
        async with httpx.AsyncClient(base_url=str(api.base_url), timeout=120, limits=limits) as client:
            return await asyncio.gather(*(guess(client, i) for i in range(300)))

    redis.execute_command("CLIENT", "PAUSE", 700, "ALL")  # a latency spike: every request's check waits on Redis
    statuses = asyncio.run(burst())
    assert set(statuses) <= {401, 429}, sorted(set(statuses))
    try:
        counted = int(redis.get(f"ratelimit:login:email:{world.student.email}") or 0)
    finally:
        redis.close()
    assert counted == statuses.count(401) and counted >= 5, (counted, statuses.count(401))
