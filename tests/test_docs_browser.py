"""The API docs pages and the product's own account pages in Chromium, with every request outside the product refused:
they must work with no internet (no CDN) under their Content-Security-Policy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Request, Route, sync_playwright

from tests.test_admin_browser import CHROMIUM_ARGS


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Offline:
    """A browser context in which only the product answers; what else was asked for, and CSP complaints, are kept."""

    def __init__(self, browser: Browser, product: str) -> None:
        self.context: BrowserContext = browser.new_context()
        self.refused: list[str] = []
        self.console: list[str] = []
        self.context.route("**/*", self._route)
        self.product = product

    def _route(self, route: Route, request: Request) -> None:
        if request.url.startswith(self.product + "/") or request.url.startswith(("blob:", "data:")):
            route.continue_()
        else:
            self.refused.append(request.url)
            route.abort()

    def page(self) -> Page:
        page = self.context.new_page()
        page.on("console", lambda message: self._console(message))
        return page

    def csp_violations(self) -> list[str]:
        return [line for line in self.console if "Content Security Policy" in line]

    def _console(self, message: ConsoleMessage) -> None:
        # ReDoc's footer asks for Redocly's logo from their CDN (hard-coded); the CSP blocks it and ReDoc hides it
        if message.type == "error" and "cdn.redoc.ly/redoc/logo-mini.svg" not in message.text:
            self.console.append(message.text)


@pytest.fixture
def offline(browser: Browser, api_url: str) -> Iterator[Offline]:
    context = Offline(browser, api_url)
    yield context
    context.context.close()


def test_swagger_ui_renders_every_tag_offline_under_its_csp(offline: Offline, api, api_url: str) -> None:
    response = api.get("/schema/swagger")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "<script>" not in response.text and "cdn" not in response.text.lower()
    page = offline.page()
    page.goto(f"{api_url}/schema/swagger")
    login = page.locator(".opblock-summary-path[data-path='/api/auth/login']")
    login.wait_for(timeout=30000)
    login.click()
    page.wait_for_selector("text=Try it out")
    assert page.locator(".opblock").count() > 50
    assert offline.refused == []
    assert not offline.csp_violations(), offline.console


def test_redoc_renders_the_operations_offline_under_its_csp(offline: Offline, api, api_url: str) -> None:
    assert "default-src 'none'" in api.get("/schema/redoc").headers["content-security-policy"]
    page = offline.page()
    page.goto(f"{api_url}/schema/redoc")
    page.wait_for_selector("text=Exchange email and password for a bearer token", timeout=30000)
    assert page.locator("[data-section-id^='operation/']").count() > 50
    assert offline.refused == []
    assert not offline.csp_violations(), offline.console
