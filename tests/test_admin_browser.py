"""Piccolo Admin in a real browser (Debian's Chromium driven by Playwright)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.factories import PASSWORD, make_world
from tests.support import sql

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _login(browser: Browser, api_url: str, email: str) -> Page:
    page = browser.new_context().new_page()
    page.goto(f"{api_url}/admin/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Login')")
    page.wait_for_load_state("networkidle")
    return page


def _open_class_and_retitle(page: Page, api_url: str, class_id: int, title: str) -> tuple[int, str]:
    page.goto(f"{api_url}/admin/#/classes")
    page.wait_for_selector("text=CS101")
    page.goto(f"{api_url}/admin/#/classes/{class_id}")
    page.wait_for_selector("input[name=title]")
    page.fill("input[name=title]", title)
    with page.expect_response(lambda r: f"/api/tables/classes/{class_id}/" in r.url and r.request.method != "GET") as r:
        page.click("button:has-text('Save')")
    return r.value.status, r.value.text()


def test_admin_role_edits_a_class_title_and_it_is_saved(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.admin.email)
    status, _ = _open_class_and_retitle(page, api_url, world.cs101.id, "Renamed in the admin")
    assert status == 200
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-class-saved.png"))
    assert sql("SELECT title FROM classes WHERE id = $1", world.cs101.id)[0][0] == "Renamed in the admin"
    page.reload()
    page.wait_for_selector("input[name=title]")
    assert page.input_value("input[name=title]") == "Renamed in the admin"


def test_instructor_reads_the_admin_but_cannot_write(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.instructor.email)
    status, body = _open_class_and_retitle(page, api_url, world.cs101.id, "Instructor was here")
    assert status == 403
    assert "Only the admin role" in body, "refused by the role rule, not by CSRF"
    assert sql("SELECT title FROM classes WHERE id = $1", world.cs101.id)[0][0] == "Class CS101"


def test_student_is_refused_at_login(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.student.email)
    response = page.request.get(f"{api_url}/admin/api/user/")
    assert response.status == 401
    assert page.is_visible("input[name=password]"), "still on the login form"


def test_password_hashes_are_never_shown(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.admin.email)
    body = page.request.get(f"{api_url}/admin/api/tables/users/?__readable=true").text()
    assert world.student.email in body
    assert "pbkdf2_sha256" not in body
    detail = page.request.get(f"{api_url}/admin/api/tables/users/{world.student.id}/").text()
    assert "pbkdf2_sha256" not in detail


def test_attempts_are_read_only_even_for_the_admin_role(browser: Browser, api_url: str) -> None:
    world = make_world()
    page = _login(browser, api_url, world.admin.email)
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"{api_url}/admin/api/tables/submission_attempt/",
        data={"language": "python"},
        headers={"X-CSRFToken": csrf},
    )
    assert response.status == 403
    assert "read-only" in response.text(), "refused by the read-only rule, not by CSRF"
