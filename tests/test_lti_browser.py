"""LTI pages in a real browser (Debian's Chromium driven by Playwright): deep linking (the platform's auto-posted
launch, the tool's server-rendered picker under its Content-Security-Policy, and the signed response posted back by the
page's own nonce-allowed script, which the independent platform accepts) and Dynamic Registration's closing page."""

from __future__ import annotations

from urllib.parse import urlencode

import httpx
from playwright.sync_api import Browser

from tables.courses import Class
from tests.factories import make_assignment, make_module, make_question
from tests.lti_registration_platform import REGISTRATION_TOKEN
from tests.lti_support import TEACHER, Lti, exchange, launch, lti, lti_servers  # noqa: F401
from tests.support import run, sql
from tests.test_admin_browser import browser  # noqa: F401 - the same Chromium fixture


def test_an_instructor_picks_an_assignment_in_chromium_and_the_platform_receives_it(lti: Lti, browser: Browser) -> None:
    body = exchange(lti, launch(lti, **TEACHER).code).json()
    module = make_module(run(Class.objects().get(Class.id == body["class_id"])))
    item = make_assignment(module, [make_question("q-a", default_points=2.0)], title="Recursion")
    start = httpx.get(f"{lti.platform}/start", params={**TEACHER, "kind": "deep"}).json()["url"]
    page = browser.new_context().new_page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(start)
    page.wait_for_selector("text=Choose an autograder assignment")
    page.check(f"input[value='{item.id}']")
    with page.expect_navigation(url=f"{lti.platform}/deep_link_return"):
        page.click("button:has-text('Add to the course')")
    assert "Deep link received" in page.content()
    [[placed]] = lti.state()["deep_links"]
    assert placed["title"] == "Recursion" and placed["lineItem"]["scoreMaximum"] == 2.0
    assert violations == []


def test_the_registration_page_asks_the_platform_window_to_close_it_in_chromium(lti: Lti, browser: Browser) -> None:
    """Dynamic Registration's last page, framed by the platform's page as an LMS frames it: its one script runs under
    its CSP and posts org.imsglobal.lti.close to the parent window."""
    sql("TRUNCATE lti_platform, lti_registration CASCADE")
    lti.control(registrations=[], registered=None, dr_issuer=None)
    made = httpx.post(f"{lti.api}/api/lti/registrations", json={"name": "Moodle"}, headers=lti.admin_headers)
    query = {"openid_configuration": f"{lti.platform}/.well-known/openid-configuration"}
    framed = f"{made.json()['url']}?{urlencode({**query, 'registration_token': REGISTRATION_TOKEN})}"
    page = browser.new_context().new_page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{lti.platform}/register-frame?{urlencode({'src': framed})}")
    page.wait_for_function("window.got !== null", timeout=30_000)
    assert page.evaluate("window.got") == {"subject": "org.imsglobal.lti.close"}
    assert violations == [] and sql("SELECT count(*) FROM lti_platform")[0][0] == 1
