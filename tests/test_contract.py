"""The API contract: no 5xx for any method on any route as any caller, and an OpenAPI document that says what the
API really answers (descriptions, problem documents in their real shape, no token asked of the public routes)."""

from __future__ import annotations

import re

import httpx
import jsonschema

from tests.factories import make_world
from tests.support import PUBLIC_OPERATIONS, auth

METHODS = ("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE")


def _document(api: httpx.Client) -> dict:
    return api.get("/schema/openapi.json").json()


def _problem_validator(document: dict) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(document["components"]["schemas"]["Problem"])


def test_no_method_on_any_route_answers_5xx_for_any_caller(api: httpx.Client) -> None:
    world = make_world()
    callers = {
        "anonymous": {},
        "student": auth(world.student.id),
        "instructor": auth(world.instructor.id),
        "admin": auth(world.admin.id),
    }
    ids = {"class_id": world.cs101.id, "item_id": world.assignment.id, "question_id": world.question.id}
    failures = []
    for template in _document(api)["paths"]:
        path = re.sub(r"\{(\w+)\}", lambda m: str(ids.get(m.group(1), 1)), template)
        for method in METHODS:
            for caller, headers in callers.items():
                response = api.request(method, path, headers=headers, json=None if method in ("GET", "HEAD") else {})
                if response.status_code >= 500:
                    failures.append(f"{method} {path} as {caller}: {response.status_code} {response.text[:200]}")
    assert not failures, "\n".join(failures)


def test_options_answers_without_a_user_on_guarded_routes(api: httpx.Client) -> None:
    for path in ("/api/questions", "/api/questions/1/rejudge", "/api/rejudges/" + "0" * 32):
        response = api.options(path)
        assert response.status_code == 204, response.text
        assert "GET" in response.headers["allow"] or "POST" in response.headers["allow"]


def test_nested_wrong_types_are_400_naming_the_field(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.instructor.id)
    document = _document(api)
    for method, path, body in [
        ("POST", "/api/classes", {"code": "X1", "title": "X", "settings": [None, None]}),
        ("PATCH", f"/api/classes/{world.cs101.id}", {"settings": [None, None]}),
        ("PATCH", f"/api/classes/{world.cs101.id}", {"settings": {"time_zone": 5}}),
        ("POST", "/api/questions", {"slug": "x", "title": "X", "tests": [{"name": None}]}),
        ("PUT", f"/api/classes/{world.cs101.id}/modules/order", {"module_ids": [None, "x"]}),
    ]:
        response = api.request(method, path, json=body, headers=headers)
        assert response.status_code == 400, f"{method} {path}: {response.status_code} {response.text}"
        assert response.headers["content-type"].startswith("application/problem+json")
        problem = response.json()
        _problem_validator(document).validate(problem)
        assert problem["errors"] and all(error["source"] == "body" for error in problem["errors"]), problem
    settings = api.get(f"/api/classes/{world.cs101.id}", headers=headers).json()["settings"]
    assert settings.get("time_zone", "UTC") == "UTC", "nothing stored from a refused body"


def test_every_operation_has_a_description_and_documents_its_problems(api: httpx.Client) -> None:
    document = _document(api)
    for path, item in document["paths"].items():
        for method, operation in item.items():
            name = f"{method.upper()} {path}"
            assert operation.get("description"), f"{name}: no description (give the handler a docstring)"
            responses = operation["responses"]
            problems = {status for status in responses if status.startswith(("4", "5"))}
            assert {"400", "503"} <= problems, name
            for status in problems:
                content = responses[status]["content"]
                assert list(content) == ["application/problem+json"], f"{name} {status}"
                assert content["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}
            public = (method.upper(), path) in PUBLIC_OPERATIONS
            assert (operation.get("security") == []) == public, f"{name}: security {operation.get('security')}"
            assert "401" in responses or public, name


def test_metrics_and_admin_are_not_in_the_document(api: httpx.Client) -> None:
    paths = _document(api)["paths"]
    assert "/metrics" not in paths
    assert not any(path.startswith("/admin") for path in paths)


def test_real_error_answers_match_the_documented_problem(api: httpx.Client) -> None:
    world = make_world()
    validator = _problem_validator(_document(api))
    answers = [
        api.get("/api/classes"),  # 401
        api.get(f"/api/classes/{world.cs101.id}", headers=auth(world.other_student.id)),  # 404
        api.get("/api/questions", headers=auth(world.student.id)),  # 403
        api.post("/api/classes", json={"code": ""}, headers=auth(world.instructor.id)),  # 400
        api.delete("/api/auth/me", headers=auth(world.student.id)),  # 405
        api.post("/api/auth/login", json={"email": "nobody@test.edu", "password": "wrong"}),  # 401
    ]
    assert [a.status_code for a in answers] == [401, 404, 403, 400, 405, 401]
    for answer in answers:
        assert answer.headers["content-type"].startswith("application/problem+json")
        validator.validate(answer.json())
