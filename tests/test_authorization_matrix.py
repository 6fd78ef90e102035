"""One table over the routes and eight callers: each cell's status, and no forbidden content in what is read."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx
import pytest

from tests.factories import World, make_module, make_user, make_world
from tests.support import auth, sql

CALLERS = ["anonymous", "outsider_student", "student", "classmate", "ta", "outsider_instructor", "instructor", "admin"]
STUDENT_CODE = "def add(a, b):\n    return a + b  # STUDENT-PRIVATE-CODE\n"
HIDDEN_INPUT = "add(2, 2)"
REFERENCE = "return a + b\n"


@dataclass
class Route:
    method: str
    path: str
    statuses: list[int]  # one per caller, in CALLERS order
    body: dict | None = None
    fresh: bool = False  # the route changes what the next caller would see: a new world per caller
    forbidden_for_students: list[str] = field(default_factory=list)


def build(world: World) -> dict[str, object]:
    """Ids the routes need, and a graded-looking attempt and autosave of the student."""
    assignment_pk = sql("SELECT id FROM assignment WHERE content_item = $1", world.assignment.id)[0][0]
    attempt = sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, status, is_late, late_penalty, tries) VALUES ($1, $2, $3, 1, 'python', 'k', 's', "
        "1, 'graded', false, 0, 1) RETURNING id",
        world.student.id,
        assignment_pk,
        world.question.id,
    )[0][0]
    sql(
        "INSERT INTO assignment_progress (user_id, assignment, question, current_code, time_spent, revision, "
        "updated_at) VALUES ($1, $2, $3, $4, 5, 1, now())",
        world.student.id,
        assignment_pk,
        world.question.id,
        STUDENT_CODE,
    )
    empty = make_module(world.cs101, "Empty", 1)
    make_user("newbie@test.edu")
    return {
        "c": world.cs101.id,
        "m": world.module.id,
        "a": world.assignment.id,
        "q": world.question.id,
        "s": attempt,
        "e": empty.id,
    }


ROUTES = [
    Route("GET", "/api/auth/me", [401, 200, 200, 200, 200, 200, 200, 200]),
    Route("GET", "/api/classes/{c}", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route("PATCH", "/api/classes/{c}", [401, 404, 403, 403, 403, 404, 200, 200], {"title": "Renamed"}),
    Route("GET", "/api/classes/{c}/enrollments", [401, 404, 403, 403, 200, 404, 200, 200]),
    Route(
        "POST",
        "/api/classes/{c}/enrollments",
        [401, 404, 403, 403, 403, 404, 201, 201],
        {"email": "newbie@test.edu"},
        fresh=True,
    ),
    Route("GET", "/api/classes/{c}/modules", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route("POST", "/api/classes/{c}/modules", [401, 404, 403, 403, 403, 404, 201, 201], {"title": "New"}),
    Route("DELETE", "/api/modules/{e}", [401, 404, 403, 403, 403, 404, 204, 204], fresh=True),
    Route("GET", "/api/modules/{m}/items", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route("POST", "/api/modules/{m}/pages", [401, 404, 403, 403, 403, 404, 201, 201], {"title": "Notes"}),
    Route("GET", "/api/items/{a}", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route(
        "GET",
        "/api/assignments/{a}",
        [401, 404, 200, 200, 200, 404, 200, 200],
        forbidden_for_students=[HIDDEN_INPUT, REFERENCE],
    ),
    Route("PATCH", "/api/assignments/{a}", [401, 404, 403, 403, 403, 404, 200, 200], {"title": "Lab"}),
    Route("POST", "/api/items/{a}/publish", [401, 404, 403, 403, 403, 404, 200, 200], {"published": True}),
    Route("GET", "/api/questions", [401, 403, 403, 403, 200, 200, 200, 200]),
    Route("GET", "/api/questions/{q}", [401, 403, 403, 403, 200, 404, 200, 200]),
    Route("PATCH", "/api/questions/{q}", [401, 403, 403, 403, 403, 404, 200, 200], {"title": "Add!"}),
    Route("GET", "/api/assignments/{a}/questions/{q}/progress", [401, 404, 200, 404, 404, 404, 404, 404]),
    Route(
        "PUT",
        "/api/assignments/{a}/questions/{q}/progress",
        [401, 404, 409, 200, 200, 404, 200, 200],
        {"code": "x", "base_revision": 0},
        fresh=True,
    ),
    Route(
        "POST",
        "/api/assignments/{a}/questions/{q}/submissions",
        [401, 404, 202, 202, 403, 404, 403, 403],
        {"code": "def add(a, b):\n    return a + b\n"},
    ),
    Route("GET", "/api/submissions/{s}", [401, 404, 200, 404, 200, 404, 200, 200]),
    Route("GET", "/api/assignments/{a}/questions/{q}/submissions", [401, 404, 200, 200, 200, 404, 200, 200]),
    Route("GET", "/api/assignments/{a}/submissions", [401, 404, 403, 403, 200, 404, 200, 200]),
    Route("GET", "/api/classes/{c}/gradebook", [401, 404, 403, 403, 200, 404, 200, 200]),
    Route("GET", "/api/questions/{q}/analytics", [401, 403, 403, 403, 200, 404, 200, 200]),
    Route("GET", "/api/assignments/{a}/analytics", [401, 403, 403, 403, 200, 404, 200, 200]),
    Route("POST", "/api/assignments/{a}/rejudge", [401, 403, 403, 403, 403, 404, 202, 202]),
]


def _caller_headers(world: World, caller: str) -> dict[str, str]:
    if caller == "anonymous":
        return {}
    user = {"outsider_student": world.other_student, "outsider_instructor": world.other_instructor}.get(caller)
    return auth((user or getattr(world, caller)).id)


def _check_cell(api: httpx.Client, route: Route, world: World, ids: dict, caller: str, expected: int) -> None:
    path = route.path.format(**ids)
    response = api.request(route.method, path, json=route.body, headers=_caller_headers(world, caller))
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


def test_matrix_covers_every_caller_and_many_routes() -> None:
    assert all(len(route.statuses) == len(CALLERS) for route in ROUTES)
    assert len(ROUTES) >= 25
