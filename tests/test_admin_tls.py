"""Piccolo Admin behind a TLS-terminating proxy: uvicorn trusts X-Forwarded-Proto from loopback (where the proxy
runs), PUBLIC_URL is https. The admin logs in and saves a row; its cookies are Secure, HttpOnly (but the CSRF token
its scripts read) and SameSite; every page carries a Content-Security-Policy."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import httpx
import pytest

from jobs.devserver.child_process import free_port
from tests.factories import PASSWORD, make_world
from tests.support import python_process, sql, wait_http

PUBLIC = "https://grader.test.edu"
# what the proxy adds to every request it forwards (the browser spoke TLS to it)
FORWARDED = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7", "Host": "grader.test.edu"}


@pytest.fixture(scope="module")
def behind_proxy(service_env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    process = python_process(
        ["-m", "uvicorn", "app.asgi:serve", "--factory", "--host", "127.0.0.1", "--port", str(port)]
        + ["--proxy-headers", "--forwarded-allow-ips", "127.0.0.1", "--no-access-log", "--log-level", "warning"],
        {**service_env, "PUBLIC_URL": PUBLIC},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/health", timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def _cookies(response: httpx.Response) -> dict[str, str]:
    """name -> the whole Set-Cookie line (httpx keeps Secure cookies for https, and the proxy's client is http)."""
    return {line.split("=", 1)[0]: line for line in response.headers.get_list("set-cookie")}


def _value(line: str) -> str:
    return line.split(";", 1)[0].split("=", 1)[1]


def test_behind_a_tls_proxy_the_admin_logs_in_and_saves_a_row(behind_proxy: str) -> None:
    world = make_world()
    with httpx.Client(base_url=behind_proxy, headers=FORWARDED, timeout=30) as browser:
        page = browser.get("/admin/")
        assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
        csrf_line = _cookies(page)["csrftoken"]
        assert "Secure" in csrf_line and "SameSite=Lax" in csrf_line
        csrf = _value(csrf_line)
        same_site = {"Origin": PUBLIC, "Referer": f"{PUBLIC}/admin/", "X-CSRFToken": csrf}
        body = {"username": world.admin.email, "password": PASSWORD}
        with_csrf = {**same_site, "Cookie": f"csrftoken={csrf}"}
        logged_in = browser.post("/admin/public/login/", json=body, headers=with_csrf)
        assert logged_in.status_code == 200, logged_in.text
        session_line = _cookies(logged_in)["id"]
        assert all(flag in session_line for flag in ("Secure", "HttpOnly", "SameSite=Lax")), session_line
        device_line = _cookies(logged_in)["device"]
        assert all(flag in device_line for flag in ("Secure", "HttpOnly", "SameSite=Strict")), device_line
        cookie = f"csrftoken={csrf}; id={_value(session_line)}"
        path = f"/admin/api/tables/classes/{world.cs101.id}/"
        saved = browser.patch(path, json={"title": "Saved behind TLS"}, headers={**same_site, "Cookie": cookie})
        assert saved.status_code == 200, saved.text
        assert "default-src 'self'" in saved.headers["content-security-policy"]
        cross_site = {**same_site, "Origin": "https://evil.test", "Referer": "https://evil.test/", "Cookie": cookie}
        assert browser.patch(path, json={"title": "Forged"}, headers=cross_site).status_code == 403
    assert sql("SELECT title FROM classes WHERE id = $1", world.cs101.id)[0][0] == "Saved behind TLS"
