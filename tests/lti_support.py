"""The LTI tests' world: an API whose PUBLIC_URL is its real address, the independent platform (tests/lti_platform.py)
in its own process, a registration of it, and a browser-like client that walks a launch through both."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from typing import Any

import httpx
import pytest

from jobs.devserver.child_process import free_port
from tests.factories import make_user
from tests.support import auth, python_process, sql, wait_http

# the platform's instructor, whose first launch makes the class
TEACHER = {"user": "t-1", "roles": "Instructor", "email": "teacher@school.edu", "name": "Ada Teacher"}
LTI_TABLES = (
    "lti_platform, lti_deployment, lti_login_state, lti_tool_key, lti_cursor, lti_score_outbox, lti_launch_code"
)


@dataclass
class Lti:
    api: str
    platform: str
    admin_headers: dict[str, str]
    platform_id: int = 0

    def control(self, **changes: Any) -> dict[str, Any]:
        return httpx.post(f"{self.platform}/control", json=changes, timeout=10).json()

    def state(self) -> dict[str, Any]:
        return httpx.get(f"{self.platform}/control", timeout=10).json()


@pytest.fixture(scope="module")
def lti_servers(service_env: dict[str, str]) -> Iterator[tuple[str, str]]:
    api_port, platform_port = free_port(), free_port()
    api_url, platform_url = f"http://127.0.0.1:{api_port}", f"http://127.0.0.1:{platform_port}"
    env = {**service_env, "PUBLIC_URL": api_url}
    api = python_process(
        ["-m", "uvicorn", "app.asgi:serve", "--factory", "--host", "127.0.0.1", "--port", str(api_port)]
        + ["--no-access-log", "--log-level", "warning"],
        env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    platform = python_process(["-m", "tests.lti_platform", str(platform_port), api_url], env)
    try:
        wait_http(f"{api_url}/health", timeout=60)
        wait_http(f"{platform_url}/jwks", timeout=30)
        yield api_url, platform_url
    finally:
        for process in (api, platform):
            process.terminate()
            process.wait(10)


@pytest.fixture
def lti(lti_servers: tuple[str, str]) -> Lti:
    """A clean LTI state and the platform registered by an admin, over the API."""
    sql(f"TRUNCATE {LTI_TABLES} CASCADE")
    api_url, platform_url = lti_servers
    admin = make_user("admin@example.edu", "admin")
    world = Lti(api=api_url, platform=platform_url, admin_headers=auth(admin.id))
    world.control(outage=False, rate=0, members=[], lineitems={}, scores=[], deep_links=[], rate_limited=0)
    body = {
        "name": "Test platform",
        "issuer": platform_url,
        "client_id": "tool-client-1",
        "deployment_ids": ["deployment-1"],
        "auth_login_url": f"{platform_url}/auth",
        "auth_token_url": f"{platform_url}/token",
        "key_set_url": f"{platform_url}/jwks",
    }
    response = httpx.post(f"{api_url}/api/lti/platforms", json=body, headers=world.admin_headers, timeout=30)
    assert response.status_code == 201, response.text
    world.platform_id = response.json()["id"]
    return world


def _form(html: str) -> tuple[str, dict[str, str]]:
    action = unescape(re.search(r'<form[^>]*action="([^"]+)"', html).group(1))
    fields = {unescape(n): unescape(v) for n, v in re.findall(r'name="([^"]+)" value="([^"]*)"', html)}
    return action, fields


@dataclass
class Launched:
    response: httpx.Response  # the tool's answer to the launch post
    form: dict[str, str]  # what the platform posted (id_token, state)
    browser: httpx.Client

    @property
    def code(self) -> str:
        assert self.response.status_code == 303, self.response.text
        return httpx.URL(self.response.headers["location"]).params["lti_code"]


def launch(lti: Lti, browser: httpx.Client | None = None, **params: str) -> Launched:
    """A launch as a browser makes it: the platform starts it, the tool's login redirects to the platform's
    authorization endpoint, whose page posts the id_token back to the tool."""
    browser = browser or httpx.Client(timeout=30)
    start = httpx.get(f"{lti.platform}/start", params=params, timeout=10).json()["url"]
    login = browser.get(start)
    assert login.status_code == 302, login.text
    page = browser.get(login.headers["location"])
    assert page.status_code == 200, page.text
    action, form = _form(page.text)
    response = browser.post(action, data=form, headers={"Accept": "text/html"})
    return Launched(response=response, form=form, browser=browser)


def exchange(lti: Lti, code: str) -> httpx.Response:
    return httpx.post(f"{lti.api}/api/lti/exchange", json={"code": code}, timeout=30)


def wait_for(check: Any, timeout: float = 20.0, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(interval)
    raise TimeoutError(f"not within {timeout} s")


def counts() -> dict[str, int]:
    return {t: sql(f"SELECT count(*) FROM {t}")[0][0] for t in ("users", "classes", "enrollments", "lti_user")}
