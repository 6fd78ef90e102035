"""Mail links that land: an invitation and a reset, from the mail to the product's own page to a working password,
in Chromium with every request outside the product refused; and the mails' words and link templates."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page

from app.accounts import account_mail
from app.lti import lti_launch
from app.settings import load_settings
from jobs.devserver.child_process import free_port
from tests.accounts_support import NEW_PASSWORD
from tests.factories import PASSWORD, make_world
from tests.mailbox import Mailbox
from tests.support import auth, python_process, wait_http
from tests.test_docs_browser import Offline, browser  # noqa: F401 - the module's Chromium


@pytest.fixture(scope="module")
def product(service_env: dict[str, str]) -> Iterator[str]:
    """An API whose PUBLIC_URL is its own address, as a fresh install behind its own name would be."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = python_process(
        ["-m", "uvicorn", "app.asgi:serve", "--factory", "--host", "127.0.0.1", "--port", str(port)],
        {**service_env, "PUBLIC_URL": url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_http(f"{url}/health", timeout=60)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def _mailed_link(mailbox: Mailbox, to: str) -> tuple[str, str]:
    message = mailbox.wait_for(to)[-1]
    body = message.get_payload(decode=True).decode()
    links = [word for word in body.split() if word.startswith("http")]
    assert len(links) == 1, body
    return links[0], body


def _set_password(page: Page, link: str, password: str, again: str | None = None) -> str:
    page.goto(link)
    page.fill("#password", password)
    page.fill("#password_again", password if again is None else again)
    page.click("button[type=submit]")
    return page.inner_text("main")


def _login(url: str, email: str, password: str) -> int:
    return httpx.post(f"{url}/api/auth/login", json={"email": email, "password": password}).status_code


def test_an_invited_student_follows_the_mail_link_and_signs_in(
    browser: Browser,  # noqa: F811
    product: str,
    mailbox: Mailbox,
) -> None:
    world = make_world()
    rows = {"rows": [{"email": "newcomer@test.edu", "display_name": "New Comer", "student_id": "S-9"}]}
    roster = f"{product}/api/classes/{world.cs101.id}/roster"
    imported = httpx.post(roster, json=rows, headers=auth(world.instructor.id))
    assert imported.status_code == 200, imported.text
    link, body = _mailed_link(mailbox, "newcomer@test.edu")
    message = mailbox.wait_for("newcomer@test.edu")[-1]
    assert world.cs101.title in body and world.cs101.title in message["Subject"]
    assert world.instructor.display_name in body and "/api/" not in body and "POST" not in body
    assert link.startswith(f"{product}/invitation?token=")

    offline = Offline(browser, product)
    page = offline.page()
    assert "the two passwords differ" in _set_password(page, link, NEW_PASSWORD, NEW_PASSWORD + "?")
    done = _set_password(page, link, NEW_PASSWORD)
    assert "You can now sign in as newcomer@test.edu" in done
    assert _login(product, "newcomer@test.edu", NEW_PASSWORD) == 200
    again = _set_password(page, link, NEW_PASSWORD + "!")
    assert "unknown, used or expired" in again
    assert offline.refused == [] and not offline.csp_violations(), (offline.refused, offline.console)
    offline.context.close()


def test_a_reset_mail_link_opens_the_form_and_the_new_password_works(
    browser: Browser,  # noqa: F811
    product: str,
    mailbox: Mailbox,
) -> None:
    world = make_world()
    assert httpx.post(f"{product}/api/auth/password-reset", json={"email": world.student.email}).status_code == 202
    link, body = _mailed_link(mailbox, world.student.email)
    assert "/api/" not in body and link.startswith(f"{product}/password-reset?token=")
    response = httpx.get(link)
    assert "form-action 'self'" in response.headers["content-security-policy"] and "<script" not in response.text

    offline = Offline(browser, product)
    page = offline.page()
    assert "at least 10 characters" in _set_password(page, link, "short")
    assert "You can now sign in" in _set_password(page, link, NEW_PASSWORD)
    assert _login(product, world.student.email, NEW_PASSWORD) == 200
    assert _login(product, world.student.email, PASSWORD) == 401
    assert offline.refused == [] and not offline.csp_violations(), (offline.refused, offline.console)
    offline.context.close()


def test_frontend_url_templates_shape_the_mailed_links() -> None:
    settings = load_settings(
        {
            "FRONTEND_URL": "https://learn.example.edu/app/",
            "FRONTEND_PASSWORD_RESET_URL": "{frontend}/#/reset/{token}",
        }
    )
    subject, body = account_mail.invitation(
        settings, name="Ann", inviter="Prof. Ada", class_title="CS101 Intro", token="a/b+c"
    )
    assert "https://learn.example.edu/app/invitation?token=a%2Fb%2Bc" in body
    assert subject == "Prof. Ada invited you to CS101 Intro" and "the class CS101 Intro" in body
    _, reset = account_mail.password_reset(settings, name="Ann", token="tok")
    assert "https://learn.example.edu/app/#/reset/tok" in reset
    assert "/api/" not in body + reset


def test_the_lti_landing_link_follows_its_template_like_the_mailed_links() -> None:
    product = load_settings({"PUBLIC_URL": "https://grader.example.edu"})
    assert lti_launch.landing_url(product, "c/1") == "https://grader.example.edu/api/lti/landing?lti_code=c%2F1"
    behind = load_settings({"PUBLIC_URL": "https://grader.example.edu", "FRONTEND_URL": "https://learn.example.edu/"})
    assert lti_launch.landing_url(behind, "c1") == "https://learn.example.edu/api/lti/landing?lti_code=c1"
    own = load_settings(
        {"FRONTEND_URL": "https://learn.example.edu/app", "FRONTEND_LTI_LANDING_URL": "{frontend}/#/lti/{token}"}
    )
    assert lti_launch.landing_url(own, "a+b") == "https://learn.example.edu/app/#/lti/a%2Bb"
