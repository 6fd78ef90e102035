"""What the authoring tests share: a Python question (the sum of two numbers) created over the API."""

from __future__ import annotations

import time

import httpx

from tests.support import auth

ADD_IO = "a, b = map(int, input().split())\nprint(a + b)\n"
SUM_TESTS = [
    {"name": "small", "input": "2 3\n", "expected": "5\n"},
    {"name": "negative", "input": "-7 2\n", "expected": "-5\n", "visibility": "hidden"},
]


def create(api: httpx.Client, user_id: int, **fields) -> dict:
    body = {"slug": f"q-{time.monotonic_ns()}", "title": "Sum", "reference_solution": ADD_IO, "tests": SUM_TESTS}
    response = api.post("/api/questions", json={**body, **fields}, headers=auth(user_id))
    assert response.status_code == 201, response.text
    return response.json()
