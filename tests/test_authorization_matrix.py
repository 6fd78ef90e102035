"""One table over the routes and eight callers: each cell's status, and no forbidden content in what is read."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from redis import Redis

from tests.accounts_support import NEW_PASSWORD, bearer
from tests.admin_support import USERS_TABLE, admin_login, admin_patch
from tests.authorization_routes import CALLERS, ROUTES, Route
from tests.authorization_world import build
from tests.factories import PASSWORD, World, make_user, make_world
from tests.mailbox import Mailbox
from tests.support import PUBLIC_OPERATIONS, auth, running_api, sql


def _fill(value: object, ids: dict) -> object:
    """Body values written `$name` (alone or in lists) become the id `name` of this world."""
    if isinstance(value, dict):
        return {key: _fill(item, ids) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, ids) for item in value]
    return ids[value[1:]] if isinstance(value, str) and value.startswith("$") else value


def _caller_headers(world: World, caller: str) -> dict[str, str]:
    if caller == "anonymous":
        return {}
    user = {"outsider_student": world.other_student, "outsider_instructor": world.other_instructor}.get(caller)
    return auth((user or getattr(world, caller)).id)


def _check_cell(api: httpx.Client, route: Route, world: World, ids: dict, caller: str, expected: int) -> None:
    path = route.path.format(**ids)
    body = _fill(route.body, ids)
    response = api.request(route.method, path, json=body, headers=_caller_headers(world, caller))
    cell = f"{route.method} {route.path} as {caller}"
    assert response.status_code == expected, f"{cell}: {response.status_code} {response.text[:300]}"
    text = response.text
    assert "pbkdf2" not in text, f"{cell} leaks a password hash"
    if caller != "student" and caller not in ("ta", "instructor", "admin"):
        assert "STUDENT-PRIVATE-CODE" not in text, f"{cell} leaks another student's code"
    if caller in ("student", "classmate", "outsider_student"):
        for secret in route.forbidden_for_students:
            assert secret not in text, f"{cell} leaks {secret!r}"
    if expected >= 400:
        assert response.headers["content-type"].startswith("application/problem+json"), cell


@pytest.mark.parametrize("route", ROUTES, ids=[f"{r.method} {r.path}" for r in ROUTES])
def test_authorization_matrix(api: httpx.Client, route: Route, services: dict[str, str]) -> None:
    world = make_world()
    ids = build(world)
    redis = Redis.from_url(services["redis"])
    for index, caller in enumerate(CALLERS):
        for key in redis.scan_iter("ratelimit:mail:*"):  # each caller within the mail caps (tested on their own)
            redis.delete(key)
        if route.fresh and index:
            sql(
                "TRUNCATE problem_analytics, submission_analysis, test_result, submission_attempt, "
                "assignment_progress, assignment_question, test_cases, questions, page, assignment, content_item, "
                "modules, enrollments, classes, sessions, users CASCADE"
            )
            world = make_world()
            ids = build(world)
        _check_cell(api, route, world, ids, caller, route.statuses[index])
    redis.close()


def _template(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\{\w+\\}", r"\\{\\w+\\}", re.escape(path)) + "$")


def test_every_route_of_the_openapi_document_has_its_rule(api: httpx.Client) -> None:
    """A new route cannot be added without saying who may call it: add a Route above (one status per caller)."""
    document = api.get("/schema/openapi.json").json()
    operations = {(method.upper(), path) for path, item in document["paths"].items() for method in item}
    covered = {
        (route.method, path) for route in ROUTES for path in document["paths"] if _template(path).match(route.path)
    }
    assert all(len(route.statuses) == len(CALLERS) for route in ROUTES)
    missing = sorted(operations - covered - PUBLIC_OPERATIONS)
    assert not missing, f"operations without an authorization rule: {missing}"


# The admin session after each revocation: whatever revokes the API tokens ends the Piccolo Admin session too, in
# every API process (the revocation is made through a second API process). One row per revocation: how it is made
# (by the admin themself, or by another admin), and the admin session's answers after it (read, write).
def _revoke_by_password_change(api: httpx.Client, world: World, mailbox: Mailbox) -> httpx.Response:
    body = {"current_password": PASSWORD, "password": NEW_PASSWORD}
    return api.post("/api/auth/password", json=body, headers=auth(world.admin.id))


def _revoke_by_password_reset(api: httpx.Client, world: World, mailbox: Mailbox) -> httpx.Response:
    api.post("/api/auth/password-reset", json={"email": world.admin.email})
    body = {"token": mailbox.token(world.admin.email), "password": NEW_PASSWORD}
    return api.post("/api/auth/password-reset/confirm", json=body)


def _revoke_by_logout_everywhere(api: httpx.Client, world: World, mailbox: Mailbox) -> httpx.Response:
    return api.post("/api/auth/logout-everywhere", headers=auth(world.admin.id))


def _revoke_by_deactivation(api: httpx.Client, world: World, mailbox: Mailbox) -> httpx.Response:
    other = make_user("admin2@test.edu", "admin")
    return api.patch(f"/api/users/{world.admin.id}", json={"active": False}, headers=auth(other.id))


def _revoke_by_demotion(api: httpx.Client, world: World, mailbox: Mailbox) -> httpx.Response:
    other = make_user("admin2@test.edu", "admin")
    return api.patch(f"/api/users/{world.admin.id}", json={"role": "instructor"}, headers=auth(other.id))


ADMIN_SESSION_ROWS = {
    "password change": (_revoke_by_password_change, 200, [401, 401]),
    "password reset": (_revoke_by_password_reset, 200, [401, 401]),
    "logout everywhere": (_revoke_by_logout_everywhere, 204, [401, 401]),
    "deactivation": (_revoke_by_deactivation, 200, [401, 401]),
    "demotion": (_revoke_by_demotion, 200, [401, 401]),
}


@pytest.fixture(scope="module")
def second_api(service_env: dict[str, str]) -> Iterator[httpx.Client]:
    with running_api(service_env) as client:
        yield client


@pytest.mark.parametrize("revocation", list(ADMIN_SESSION_ROWS))
def test_the_admin_session_after_each_revocation(
    api: httpx.Client, second_api: httpx.Client, mailbox: Mailbox, revocation: str
) -> None:
    revoke, revoked_status, (read, write) = ADMIN_SESSION_ROWS[revocation]
    world = make_world()
    with httpx.Client(base_url=api.base_url, timeout=30) as browser:
        assert admin_login(browser, world.admin.email).status_code == 200
        assert browser.get(USERS_TABLE).status_code == 200, "the session works before"
        assert revoke(second_api, world, mailbox).status_code == revoked_status
        assert browser.get(USERS_TABLE).status_code == read, f"read after {revocation}"
        renamed = admin_patch(browser, f"/admin/api/tables/classes/{world.cs101.id}/", {"title": "Hijacked"})
        assert renamed.status_code == write, f"write after {revocation}"
    assert sql("SELECT title FROM classes WHERE id = $1", world.cs101.id)[0][0] == world.cs101.title


# The roster role: a global student whom a class's roster made its instructor (the import that minted staff). The
# class role holds in the class; nothing global comes with it. One status per row for that caller.
ROSTER_ROLE_ROWS = [
    Route("GET", "/api/classes/{c}/enrollments", [200]),
    Route("POST", "/api/classes/{c}/modules", [201], {"title": "Week 9"}),
    Route("POST", "/api/classes/{c}/roster", [200], {"rows": [{"email": "pal@test.edu", "role": "instructor"}]}),
    Route("POST", "/api/classes", [403], {"code": "MINT1", "title": "Minted"}),
    Route("POST", "/api/users", [403], {"email": "staff@test.edu", "display_name": "Staff", "role": "instructor"}),
    Route("PATCH", "/api/users/{u}", [403], {"role": "instructor"}),
    Route("GET", "/api/users", [403]),
    Route("GET", "/api/questions", [403]),
    Route("GET", "/api/classes/{c2}", [404]),
]


@pytest.mark.parametrize("route", ROSTER_ROLE_ROWS, ids=[f"{r.method} {r.path}" for r in ROSTER_ROLE_ROWS])
def test_the_roster_role_stays_in_the_class(api: httpx.Client, mailbox: Mailbox, route: Route) -> None:
    world = make_world()
    rows = {"rows": [{"email": "minted@test.edu", "role": "instructor"}]}
    imported = api.post(f"/api/classes/{world.cs101.id}/roster", json=rows, headers=auth(world.instructor.id))
    assert imported.json()["items"][0]["status"] == "created"
    accepted = api.post(
        "/api/auth/invitations/accept", json={"token": mailbox.token("minted@test.edu"), "password": NEW_PASSWORD}
    )
    ids = {"c": world.cs101.id, "c2": world.cs102.id, "u": world.classmate.id}
    response = api.request(
        route.method, route.path.format(**ids), json=_fill(route.body, ids), headers=bearer(accepted)
    )
    assert response.status_code == route.statuses[0], f"{route.method} {route.path}: {response.text[:300]}"
    assert sql("SELECT role FROM users WHERE email = 'minted@test.edu'")[0][0] == "student"
    minted = sql("SELECT role FROM users WHERE email IN ('pal@test.edu', 'staff@test.edu')")
    assert {row[0] for row in minted} <= {"student"}, "no staff account came of it"
