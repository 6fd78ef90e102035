"""LTI 1.3 launches from an independent platform (lti1p3platform in its own process, tests/lti_platform.py):
accounts, classes and enrollments from launches; every forged or replayed launch refused with nothing created."""

from __future__ import annotations

import subprocess
import sys
from html import unescape
from pathlib import Path

import httpx
import jwt
import pytest

from tables.courses import Class
from tests.factories import make_assignment, make_module, make_question
from tests.lti_support import TEACHER, Lti, counts, exchange, launch, lti, lti_servers  # noqa: F401
from tests.support import run, sql

LEARNER = {"user": "s-1", "roles": "Learner", "email": "student@school.edu", "name": "Sam Student"}


def _class_of(lti: Lti) -> int:
    return sql("SELECT class_id FROM lti_context")[0][0]


def test_instructor_first_launch_creates_the_class_and_the_next_links_it(lti: Lti) -> None:
    first = launch(lti, **TEACHER, context="course-1", title="Intro to Programming")
    body = exchange(lti, first.code).json()
    klass = sql("SELECT id, title FROM classes")
    assert [dict(r) for r in klass] == [{"id": body["class_id"], "title": "Intro to Programming"}]
    user = sql("SELECT role, email, password FROM users WHERE id = $1", body["user_id"])[0]
    assert (user["role"], user["email"], user["password"]) == ("student", "teacher@school.edu", "")
    role = sql("SELECT role FROM enrollments WHERE class_id = $1 AND user_id = $2", body["class_id"], body["user_id"])
    assert role[0]["role"] == "instructor"
    again = exchange(lti, launch(lti, **TEACHER, context="course-1").code).json()
    assert (again["class_id"], again["user_id"]) == (body["class_id"], body["user_id"])
    assert counts()["classes"] == 1


def test_student_launch_lands_on_the_assignment_with_account_and_enrollment(lti: Lti) -> None:
    exchange(lti, launch(lti, **TEACHER).code)
    klass = _class_of(lti)
    module = make_module(run(Class.objects().get(Class.id == klass)))
    item = make_assignment(module, [make_question("add")], title="Adding")
    landed = launch(lti, **LEARNER, resource_link="link-1", item=str(item.id))
    assert landed.response.headers["location"].startswith(f"{lti.api}/api/lti/landing?lti_code=")
    body = exchange(lti, landed.code).json()
    assert (body["class_id"], body["assignment_id"], body["role"]) == (klass, item.id, "student")
    me = httpx.get(f"{lti.api}/api/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"}).json()
    assert me["email"] == "student@school.edu" and me["role"] == "student"
    assert [(e["class_id"], e["role"]) for e in me["enrollments"]] == [(klass, "student")]


def test_a_launch_code_is_exchanged_once(lti: Lti) -> None:
    code = launch(lti, **TEACHER).code
    assert exchange(lti, code).status_code == 200
    second = exchange(lti, code)
    assert second.status_code == 410 and second.headers["content-type"].startswith("application/problem+json")


def test_a_learner_before_any_instructor_is_refused_and_nothing_is_created(lti: Lti) -> None:
    before = counts()
    refused = launch(lti, **LEARNER)
    assert refused.response.status_code == 403
    assert "instructor must open it first" in refused.response.text
    assert counts() == before


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        ("aud", "audience (aud) is not this tool"),
        ("kid", "'unknown-kid' is not in the platform's key set"),
        ("deployment", "deployment 'deployment-unregistered' is not registered"),
        ("expired", "has expired"),
        ("none", "algorithm 'none' is not accepted"),
    ],
)
def test_a_forged_launch_is_refused_with_a_page_and_nothing_created(lti: Lti, tamper: str, reason: str) -> None:
    before = counts()
    refused = launch(lti, **TEACHER, tamper=tamper)
    assert refused.response.status_code == 401, refused.response.text
    assert refused.response.headers["content-type"].startswith("text/html")
    assert "LTI launch refused" in refused.response.text and reason in unescape(refused.response.text)
    assert counts() == before


def test_a_replayed_id_token_is_refused(lti: Lti) -> None:
    done = launch(lti, **TEACHER)
    assert done.response.status_code == 303
    before = counts()
    # the worst case: the browser that launched still has the state's cookie (the launch cleared it)
    state = done.form["state"]
    done.browser.cookies.set(f"lti_state_{state}", state, domain="127.0.0.1", path="/api/lti/")
    replay = done.browser.post(f"{lti.api}/api/lti/launch", data=done.form, headers={"Accept": "text/html"})
    assert replay.status_code == 401 and "already used" in replay.text
    assert counts() == before


def test_an_id_token_with_a_used_nonce_is_refused_in_a_fresh_login(lti: Lti) -> None:
    old = launch(lti, **TEACHER)
    assert old.response.status_code == 303
    browser = httpx.Client(timeout=30)
    start = httpx.get(f"{lti.platform}/start", params=TEACHER).json()["url"]
    state = httpx.URL(browser.get(start).headers["location"]).params["state"]
    before = counts()
    form = {"id_token": old.form["id_token"], "state": state}
    refused = browser.post(f"{lti.api}/api/lti/launch", data=form, headers={"Accept": "text/html"})
    assert refused.status_code == 401 and "nonce is not the one of this login" in refused.text
    assert counts() == before


def test_a_launch_from_another_browser_is_refused(lti: Lti) -> None:
    start = httpx.get(f"{lti.platform}/start", params=TEACHER).json()["url"]
    page = httpx.get(httpx.get(start).headers["location"])  # no cookie jar: the state cookie is lost
    form = dict(__import__("re").findall(r'name="([^"]+)" value="([^"]*)"', page.text))
    refused = httpx.post(f"{lti.api}/api/lti/launch", data=form, headers={"Accept": "application/json"})
    assert refused.status_code == 401 and "did not start this login" in refused.json()["detail"]
    assert jwt.get_unverified_header(form["id_token"])["alg"] == "RS256"


def test_only_admins_register_platforms_and_the_config_names_the_tool_urls(lti: Lti) -> None:
    code = launch(lti, **TEACHER).code
    teacher = {"Authorization": f"Bearer {exchange(lti, code).json()['access_token']}"}
    assert httpx.get(f"{lti.api}/api/lti/platforms", headers=teacher).status_code == 403
    config = httpx.get(f"{lti.api}/api/lti/config", params={"platform": lti.platform_id}, headers=lti.admin_headers)
    body = config.json()
    assert body["login_initiation_url"] == f"{lti.api}/api/lti/login"
    assert body["redirect_uris"] == [f"{lti.api}/api/lti/launch"]
    assert body["canvas_developer_key"]["public_jwk_url"] == f"{lti.api}/api/lti/jwks"


def test_jwks_keeps_the_old_key_during_a_rotation_overlap(lti: Lti) -> None:
    first = httpx.get(f"{lti.api}/api/lti/jwks").json()["keys"]
    rotated = httpx.post(f"{lti.api}/api/lti/keys/rotate", headers=lti.admin_headers).json()["kid"]
    keys = [k["kid"] for k in httpx.get(f"{lti.api}/api/lti/jwks").json()["keys"]]
    assert keys == [rotated, first[0]["kid"]]


def test_a_platform_registered_from_the_command_line_alone_launches(lti: Lti, service_env: dict[str, str]) -> None:
    sql("TRUNCATE lti_platform CASCADE")
    answer = subprocess.run(
        [str(Path(sys.executable).parent / "autograder"), "lti", "add-platform", "--name", "Moodle of the school"]
        + ["--issuer", lti.platform, "--client-id", "tool-client-1", "--deployment-id", "deployment-1"]
        + ["--auth-login-url", f"{lti.platform}/auth", "--auth-token-url", f"{lti.platform}/token"]
        + ["--key-set-url", f"{lti.platform}/jwks"],
        env=service_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert answer.returncode == 0, answer.stderr
    assert "registered platform" in answer.stdout and "/api/lti/login" in answer.stdout
    assert exchange(lti, launch(lti, **TEACHER).code).status_code == 200
