"""Schemathesis over the OpenAPI document, against the running app on real services with seeded data, as a student
and as an instructor: no 5xx answers, and every answer's status, media type and body are documented.

Schemathesis' lazy pytest loader breaks on pytest 9, so this drives its Python API: a bounded Hypothesis search per
operation, every failure collected and reported together.
"""

from __future__ import annotations

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.factories import make_world
from tests.support import auth

EXAMPLES_PER_OPERATION = 6
# the real answer's status, media type and body are each one the document declares for the operation
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_api_never_answers_5xx_and_matches_its_schema(api: httpx.Client, api_url: str) -> None:
    world = make_world()
    callers = {"student": auth(world.student.id), "instructor": auth(world.instructor.id)}
    schema = schemathesis.openapi.from_url(f"{api_url}/schema/openapi.json")
    failures: list[str] = []
    operations = 0
    calls = [0]
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case) -> None:
            for headers in callers.values():
                calls[0] += 1
                case.call_and_validate(base_url=api_url, headers=headers, checks=CHECKS)

        try:
            check()
        except Exception as exc:
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:600]}")
    assert operations >= 40, "the OpenAPI document describes every route"
    assert calls[0] >= operations * 2, "every operation was called, as both callers"
    assert not failures, "\n\n".join(failures)
