"""Issue 24's findings on logins, each written as the attack: no stranger can lock an account out, the admin's login
is no password oracle outside the throttle, and it never hashes on the event loop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest

from tables import passwords
from tests.accounts_support import NEW_PASSWORD, bearer, login
from tests.admin_support import USERS_TABLE, admin_login
from tests.factories import PASSWORD, make_world
from tests.mailbox import Mailbox
from tests.support import problem, running_api, sql


def _lock_out(api: httpx.Client, email: str, guesses: int = 30) -> None:
    """A stranger's wrong passwords (no device cookie of the account) until the email is locked."""
    with httpx.Client(base_url=api.base_url, timeout=30) as stranger:
        statuses = [login(stranger, email, f"guess-{i}-wrong").status_code for i in range(guesses)]
    assert 429 in statuses, "the stranger's guesses are throttled"


def test_a_stranger_cannot_lock_out_a_user_who_logs_in_from_their_device(api: httpx.Client) -> None:
    world = make_world()
    with httpx.Client(base_url=api.base_url, timeout=30) as victim:
        assert login(victim, world.student.email).status_code == 200
        assert victim.cookies.get("device"), "a successful login sets a device cookie"
        _lock_out(api, world.student.email)
        assert login(victim, world.student.email).status_code == 200, "the right password from the known device"
        problem(login(victim, world.student.email, "victim-typo-here"), 401)
    with httpx.Client(base_url=api.base_url, timeout=30) as elsewhere:
        problem(login(elsewhere, world.student.email), 429)  # an unknown device stays throttled


def test_a_device_cookie_of_another_account_or_forged_is_no_way_around_the_lock(api: httpx.Client) -> None:
    world = make_world()
    with httpx.Client(base_url=api.base_url, timeout=30) as attacker:
        assert login(attacker, world.classmate.email).status_code == 200  # the attacker's own account's cookie
        _lock_out(api, world.student.email)
        problem(login(attacker, world.student.email), 429)
        attacker.cookies.set("device", "forged.4102444800.abcdefabcdef.AAAAAAAAAAAAAAAAAAAAAA")
        problem(login(attacker, world.student.email), 429)


def test_a_password_reset_clears_the_accounts_failure_counters(api: httpx.Client, mailbox: Mailbox) -> None:
    """Without the reset, the failures on record would lock the account again at its owner's first typo."""
    world = make_world()
    _lock_out(api, world.student.email)
    time.sleep(2.2)  # the first lock (2 s) is over; the failures are still on record
    api.post("/api/auth/password-reset", json={"email": world.student.email})
    body = {"token": mailbox.token(world.student.email), "password": NEW_PASSWORD}
    assert api.post("/api/auth/password-reset/confirm", json=body).status_code == 200
    with httpx.Client(base_url=api.base_url, timeout=30) as new_device:
        problem(login(new_device, world.student.email, "a-typo-of-mine"), 401)
        assert login(new_device, world.student.email, NEW_PASSWORD).status_code == 200


@pytest.mark.parametrize("path", ["/api/auth/login", "/api/auth/password-reset", "/admin/public/login/"])
def test_auth_routes_refuse_bodies_a_web_page_could_post_cross_site(api: httpx.Client, path: str) -> None:
    world = make_world()
    fields = {"email": world.student.email, "username": world.admin.email, "password": PASSWORD}
    as_json = httpx.Request("POST", "/", json=fields).content
    for media_type in ("text/plain", "application/x-www-form-urlencoded"):
        answer = api.post(path, content=as_json, headers={"Content-Type": media_type})
        assert answer.status_code == 415, (media_type, answer.status_code, answer.text)
    form = api.post(path, data={"username": world.admin.email, "password": PASSWORD})
    assert form.status_code == 415 and "id" not in form.cookies


def test_the_admin_login_answers_a_non_admin_exactly_as_a_wrong_password(api: httpx.Client) -> None:
    world = make_world()
    with httpx.Client(base_url=api.base_url, timeout=30) as browser:
        right_but_student = admin_login(browser, world.student.email)
        wrong = admin_login(browser, world.admin.email, "not-the-password")
        assert (right_but_student.status_code, right_but_student.json()) == (wrong.status_code, wrong.json())
        assert right_but_student.status_code == 401 and "id" not in browser.cookies
        assert browser.get(USERS_TABLE).status_code == 401


def test_the_admin_login_is_throttled_with_the_api_login(api: httpx.Client) -> None:
    world = make_world()
    with httpx.Client(base_url=api.base_url, timeout=30) as browser:
        for i in range(5):
            problem(login(browser, world.student.email, f"guess-{i}-wrong"), 401)
        problem(login(browser, world.student.email), 429)
        locked = admin_login(browser, world.student.email)
        assert locked.status_code == 429 and int(locked.headers["Retry-After"]) >= 1
        for i in range(5):
            assert admin_login(browser, world.admin.email, f"guess-{i}-wrong").status_code == 401
        problem(login(browser, world.admin.email), 429)  # admin-login failures count for the API too


@pytest.fixture(scope="module")
def quick_api(service_env: dict[str, str]) -> Iterator[httpx.Client]:
    """Delays of at most a second, two free failures per email."""
    env = {**service_env, "LOGIN_FREE_FAILURES": "2", "LOGIN_EMAIL_FREE_FAILURES": "2", "LOGIN_MAX_DELAY_SECONDS": "1"}
    with running_api(env) as client:
        yield client


def test_admin_logins_are_never_blocked_for_good(quick_api: httpx.Client) -> None:
    world = make_world()
    with httpx.Client(base_url=quick_api.base_url, timeout=30) as browser:
        assert [admin_login(browser, world.admin.email).status_code for _ in range(25)] == [200] * 25
        for i in range(2):
            assert admin_login(browser, world.admin.email, f"guess-{i}-wrong").status_code == 401
        assert admin_login(browser, world.admin.email).status_code == 429
        time.sleep(1.2)
        assert admin_login(browser, world.admin.email).status_code == 200, "the block expired"


def test_admin_logins_never_hash_on_the_event_loop(api: httpx.Client) -> None:
    """An admin whose stored hash is a slow legacy PBKDF2 one (10M iterations: seconds of CPU) logs in while /health
    is asked every 0.1 s. Asked once the hash has surely started (after 0.5 s), /health still answers before the
    login does: the hash is not on the event loop, where every /health would wait for it. An ordering, not a timing
    bound: it holds on a loaded machine."""
    world = make_world()
    slow = passwords.legacy_hash(PASSWORD, "slow-salt-0123456789", iterations=10_000_000)
    sql("UPDATE users SET password = $1 WHERE id = $2", slow, world.admin.id)

    async def attack() -> int:
        async with httpx.AsyncClient(base_url=str(api.base_url), timeout=120) as client:
            await client.get("/admin/")  # the CSRF cookie the admin's page would have
            headers = {"X-CSRFToken": client.cookies["csrftoken"]}
            body = {"username": world.admin.email, "password": PASSWORD}
            logging_in = asyncio.create_task(client.post("/admin/public/login/", json=body, headers=headers))
            started, answered_meanwhile = time.monotonic(), 0
            while not logging_in.done():
                await asyncio.sleep(0.1)
                asked_at = time.monotonic() - started
                assert (await client.get("/health")).status_code == 200
                answered_meanwhile += asked_at > 0.5 and not logging_in.done()
            assert (await logging_in).status_code == 200
            return answered_meanwhile

    assert asyncio.run(attack()) >= 3, "/health waited behind the hash"


def test_a_device_cookie_is_httponly_and_strict(api: httpx.Client) -> None:
    world = make_world()
    answer = login(api, world.student.email)
    bearer(answer)
    cookie = answer.headers["set-cookie"].lower()
    assert cookie.startswith("device=") and "httponly" in cookie and "samesite=strict" in cookie
