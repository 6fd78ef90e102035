"""IMS LTI Dynamic Registration against the platform's side written from the specification in the test platform's
own process (tests/lti_registration_platform.py in tests/lti_platform.py): an admin's one-time URL, opened by the
platform, registers the tool there and stores the platform here, and the launch that follows works."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx

from tests.factories import make_user
from tests.lti_registration_platform import REGISTRATION_TOKEN
from tests.lti_support import TEACHER, Lti, counts, exchange, launch, lti, lti_servers  # noqa: F401
from tests.support import auth, sql

PLATFORM_COLUMNS = "issuer, client_id, auth_login_url, auth_token_url, key_set_url, name"


def _new_url(lti: Lti, name: str = "Moodle of the school") -> str:
    made = httpx.post(f"{lti.api}/api/lti/registrations", json={"name": name}, headers=lti.admin_headers)
    assert made.status_code == 201, made.text
    assert made.json()["url"].startswith(f"{lti.api}/api/lti/register/")
    return made.json()["url"]


def _open(url: str, lti: Lti, token: str = REGISTRATION_TOKEN) -> httpx.Response:
    """What the platform does: opens the URL in the admin's browser with its configuration URL and token."""
    params = {"openid_configuration": f"{lti.platform}/.well-known/openid-configuration", "registration_token": token}
    return httpx.get(url, params=params, headers={"Accept": "text/html"}, timeout=30)


def _fresh(lti: Lti) -> None:
    """No platform registered here, none there: the registration starts from nothing."""
    sql("TRUNCATE lti_platform, lti_registration CASCADE")
    lti.control(registrations=[], registered=None, dr_issuer=None)


def test_a_one_time_url_registers_the_tool_on_the_platform_and_the_launch_then_works(lti: Lti) -> None:
    _fresh(lti)
    url = _new_url(lti)
    page = _open(url, lti)
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert "default-src 'none'" in csp and f'<script nonce="{nonce}">' in page.text
    assert "postMessage({subject:'org.imsglobal.lti.close'}" in page.text
    [received] = lti.state()["registrations"]
    assert received["status"] == 200, received["answer"]  # the platform found every field the spec requires
    assert received["body"]["initiate_login_uri"] == f"{lti.api}/api/lti/login"
    assert received["body"]["redirect_uris"] == [f"{lti.api}/api/lti/launch"]
    assert received["body"]["jwks_uri"] == f"{lti.api}/api/lti/jwks"
    messages = received["body"]["https://purl.imsglobal.org/spec/lti-tool-configuration"]["messages"]
    assert [m["type"] for m in messages] == ["LtiDeepLinkingRequest"]
    stored = sql(f"SELECT id, {PLATFORM_COLUMNS} FROM lti_platform")
    assert [tuple(r)[1:] for r in stored] == [
        (
            lti.platform,
            "tool-client-1",
            f"{lti.platform}/auth",
            f"{lti.platform}/token",
            f"{lti.platform}/jwks",
            "Moodle of the school",
        )
    ]
    listed = httpx.get(f"{lti.api}/api/lti/platforms/{stored[0]['id']}", headers=lti.admin_headers).json()
    assert listed["deployment_ids"] == ["deployment-1"]  # from the platform's answer
    # on record as the admin's who made the URL (the platform's request carries no account)
    made_by = sql("SELECT created_by FROM lti_registration")[0][0]
    audited = sql("SELECT actor FROM audit_event WHERE kind = 'lti_platform' AND target_id = $1", stored[0]["id"])
    assert made_by is not None and [row["actor"] for row in audited] == [made_by]
    assert exchange(lti, launch(lti, **TEACHER).code).status_code == 200
    again = _open(url, lti)
    assert again.status_code == 410 and "used or has expired" in again.text
    assert len(lti.state()["registrations"]) == 1


def test_a_platform_whose_issuer_is_not_where_its_configuration_is_served_is_refused(
    lti: Lti, service_env: dict[str, str]
) -> None:
    _fresh(lti)
    made = subprocess.run(  # the URL from the command line alone, this time
        [str(Path(sys.executable).parent / "autograder"), "lti", "registration-url", "--name", "Canvas"],
        env={**service_env, "PUBLIC_URL": lti.api},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    url = made.stdout.split()[0]
    assert url.startswith(f"{lti.api}/api/lti/register/") and "usable once" in made.stdout
    lti.control(dr_issuer="https://lms.elsewhere.edu")
    refused = _open(url, lti)
    assert refused.status_code == 422 and "is not where the configuration" in refused.text
    assert refused.headers["content-type"].startswith("text/html")
    assert lti.state()["registrations"] == [] and sql("SELECT count(*) FROM lti_platform")[0][0] == 0
    lti.control(dr_issuer=None)
    assert _open(url, lti).status_code == 200  # a refusal leaves the URL usable within its hour
    assert sql("SELECT name FROM lti_platform")[0][0] == "Canvas"


def test_the_platform_refusing_the_registration_token_stores_nothing(lti: Lti) -> None:
    _fresh(lti)
    refused = _open(_new_url(lti), lti, token="not-the-platform's")
    assert refused.status_code == 422 and "HTTP 401" in refused.text
    assert sql("SELECT count(*) FROM lti_platform")[0][0] == 0


def test_registration_needs_an_admin_made_url_that_has_not_expired(lti: Lti) -> None:
    _fresh(lti)
    before = counts()
    unknown = _open(f"{lti.api}/api/lti/register/made-up-token", lti)
    assert unknown.status_code == 404 and lti.state()["registrations"] == []
    url = _new_url(lti)
    sql("UPDATE lti_registration SET expires_at = now() - interval '1 second'")
    assert _open(url, lti).status_code == 410
    plain = {"openid_configuration": "http://lms.example.edu/.well-known/openid-configuration"}
    assert httpx.get(_new_url(lti), params=plain).status_code == 422  # plain http only to a loopback host
    teacher = auth(make_user("t@x.edu", "instructor").id)
    assert httpx.post(f"{lti.api}/api/lti/registrations", json={}, headers=teacher).status_code == 403
    assert counts() == {**before, "users": before["users"] + 1}
    assert lti.state()["registrations"] == [] and sql("SELECT count(*) FROM lti_platform")[0][0] == 0
