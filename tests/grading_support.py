"""Helpers for end-to-end grading tests: a published question, a submit, and waiting for the verdict."""

from __future__ import annotations

import time

import httpx

from tests.factories import World, make_assignment, make_question, make_world
from tests.support import auth


def world_with(tests: list[dict], *, language: str = "python", config: dict | None = None, **question: object) -> World:
    return add_question(make_world(), tests, language=language, config=config, **question)


def add_question(
    world: World, tests: list[dict], *, language: str = "python", config: dict | None = None, **question: object
) -> World:
    """A new published assignment with one question; submissions go there from now on."""
    q = make_question(
        f"q-{time.monotonic_ns()}",
        tests=tests,
        language=language,
        default_points=10.0,
        owner=world.instructor.id,
        **question,
    )
    order = world.extra.get("next_order", 5)
    world.extra.update(
        item=make_assignment(world.module, [q], title=f"Graded {order}", order_index=order, config=config),
        question=q,
        next_order=order + 1,
    )
    return world


def submit_and_wait(api: httpx.Client, world: World, code: str, *, user=None, timeout: float = 60) -> dict:
    user = user or world.student
    item, question = world.extra["item"], world.extra["question"]
    response = api.post(
        f"/api/assignments/{item.id}/questions/{question.id}/submissions",
        json={"code": code, "language": question.language},
        headers=auth(user.id),
    )
    assert response.status_code == 202, response.text
    return wait_graded(api, response.json()["id"], user.id, timeout=timeout)


def wait_graded(api: httpx.Client, attempt_id: int, user_id: int, *, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = api.get(f"/api/submissions/{attempt_id}?wait=10", headers=auth(user_id)).json()
        if body["status"] in ("graded", "error"):
            return body
    raise AssertionError(f"attempt {attempt_id} not graded within {timeout}s: {body}")


ECHO_TEST = [{"name": "prints ok", "kind": "io", "input": "", "expected": "ok\n"}]
