"""One table over the routes and eight callers: each cell's status, and no forbidden content in what is read."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.authorization_routes import CALLERS, ROUTES, Route
from tests.authorization_world import build
from tests.factories import World, make_world
from tests.support import PUBLIC_OPERATIONS, auth, sql


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
def test_authorization_matrix(api: httpx.Client, route: Route, request: pytest.FixtureRequest) -> None:
    world = make_world()
    ids = build(world)
    for index, caller in enumerate(CALLERS):
        if route.fresh and index:
            sql(
                "TRUNCATE problem_analytics, submission_analysis, test_result, submission_attempt, "
                "assignment_progress, assignment_question, test_cases, questions, page, assignment, content_item, "
                "modules, enrollments, classes, sessions, users CASCADE"
            )
            world = make_world()
            ids = build(world)
        _check_cell(api, route, world, ids, caller, route.statuses[index])


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
