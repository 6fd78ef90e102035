"""Runs: code run on custom input or against the visible tests through the real workers; no attempt is spent,
nothing reaches the gradebook or the analytics; rate-limited per student; the sweeper forgets them after a day.
And the languages list."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from app.grading.contract import LANGUAGE_VERSIONS_KEY
from app.settings import get_settings
from jobs.worker import publish_language_versions
from tests.factories import World, make_assignment
from tests.grading_support import add_question, world_with
from tests.support import auth, isolated, problem, run, sql, start_of_a_rate_window

DOUBLE_TESTS = [
    {"name": "double 21", "kind": "io", "input": "21\n", "expected": "42\n"},
    {"name": "double 2", "kind": "io", "input": "2\n", "expected": "4\n"},
    {"name": "secret", "kind": "io", "input": "5\n", "expected": "10\n", "visibility": "hidden"},
]
DOUBLE = "print(int(input()) * 2)\n"


def runs_url(world: World) -> str:
    return f"/api/assignments/{world.extra['item'].id}/questions/{world.extra['question'].id}/runs"


def start(api: httpx.Client, world: World, body: dict, user=None) -> httpx.Response:
    language = world.extra["question"].language
    return api.post(runs_url(world), json={"language": language, **body}, headers=auth((user or world.student).id))


def run_and_wait(api: httpx.Client, world: World, body: dict, timeout: float = 60) -> dict:
    response = start(api, world, body)
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["status"] == "queued" and accepted["links"]["self"] == f"/api/runs/{accepted['id']}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = api.get(f"/api/runs/{accepted['id']}?wait=10", headers=auth(world.student.id)).json()
        if found["status"] in ("done", "error"):
            return found
    raise AssertionError(f"run {accepted['id']} not done: {found}")


def nothing_graded(world: World) -> None:
    for table in ("submission_attempt", "test_result", "submission_analysis", "problem_analytics"):
        assert sql(f"SELECT count(*) FROM {table}")[0][0] == 0, table


def test_a_run_on_custom_input_answers_stdout_and_spends_no_attempt(api: httpx.Client, workers) -> None:
    world = world_with(DOUBLE_TESTS, config={"max_attempts": 1})
    done = run_and_wait(api, world, {"code": DOUBLE, "stdin": "100\n"})
    assert (done["status"], done["mode"], done["verdict"], done["stdout"], done["stderr"]) == (
        "done",
        "stdin",
        "accepted",
        "200\n",
        "",
    )
    assert done["time_ms"] >= 0 and done["tests"] is None
    nothing_graded(world)
    book = api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=auth(world.instructor.id)).json()
    assert all(score is None for row in book["rows"] for score in row["scores"])
    # the one attempt allowed is still there to spend
    submitted = api.post(
        runs_url(world).replace("/runs", "/submissions"),
        json={"code": DOUBLE, "language": "python"},
        headers=auth(world.student.id),
    )
    assert submitted.status_code == 202 and submitted.json()["attempt_number"] == 1


@pytest.mark.parametrize(
    ("code", "verdict", "in_stderr"),
    [
        ("print('half')\nraise ValueError('boom')\n", "runtime_error", "ValueError: boom"),
        ("while True:\n    pass\n", "time_limit", ""),
        ("def broken(:\n", "compile_error", "SyntaxError"),
    ],
    ids=["runtime-error", "time-limit", "compile-error"],
)
def test_a_run_on_custom_input_reports_how_the_program_ended(api: httpx.Client, workers, code, verdict, in_stderr):
    world = world_with(DOUBLE_TESTS, time_limit_ms=500)
    done = run_and_wait(api, world, {"code": code, "stdin": ""})
    assert done["verdict"] == verdict, done
    assert in_stderr in (done["stderr"] or "")


def test_a_c_run_that_does_not_compile_shows_the_compiler_message(api: httpx.Client, workers) -> None:
    world = world_with([{"name": "sum", "kind": "io", "input": "1 2\n", "expected": "3\n"}], language="c")
    done = run_and_wait(api, world, {"code": "int main( {", "stdin": "1 2\n"})
    assert done["verdict"] == "compile_error" and "error" in done["stderr"]
    ok = run_and_wait(api, world, {"code": '#include <stdio.h>\nint main(void){puts("hi");return 0;}', "stdin": ""})
    assert (ok["verdict"], ok["stdout"]) == ("accepted", "hi\n")


def test_a_run_against_the_visible_tests_shows_each_visible_test_only(api: httpx.Client, workers) -> None:
    world = world_with(DOUBLE_TESTS)
    done = run_and_wait(api, world, {"code": "n = int(input())\nprint(42 if n == 21 else 0)\n", "tests": "visible"})
    assert (done["mode"], done["verdict"], done["stdout"]) == ("visible", "wrong_answer", None)
    assert [(t["name"], t["verdict"], t["passed"]) for t in done["tests"]] == [
        ("double 21", "accepted", True),
        ("double 2", "wrong_answer", False),
    ]
    assert (done["tests"][1]["input"], done["tests"][1]["expected"], done["tests"][1]["output_excerpt"]) == (
        "2\n",
        "4\n",
        "0\n",
    )
    nothing_graded(world)


def test_a_visible_run_follows_the_assignments_feedback_setting(api: httpx.Client, workers) -> None:
    world = world_with(DOUBLE_TESTS, config={"feedback": "summary"})
    done = run_and_wait(api, world, {"code": DOUBLE, "tests": "visible"})
    assert done["verdict"] == "accepted"
    assert [(t["verdict"], t["input"], t["expected"], t["output_excerpt"]) for t in done["tests"]] == [
        ("accepted", None, None, None)
    ] * 2


def test_runs_follow_the_rules_of_submitting(api: httpx.Client) -> None:
    world = world_with(DOUBLE_TESTS)
    problem(start(api, world, {"code": DOUBLE, "stdin": ""}, user=world.other_student), 404)
    problem(start(api, world, {"code": DOUBLE, "stdin": ""}, user=world.instructor), 403)
    problem(start(api, world, {"code": DOUBLE}), 400)
    problem(start(api, world, {"code": DOUBLE, "stdin": "", "tests": "visible"}), 400)
    problem(
        api.post(runs_url(world), json={"code": "x", "language": "c", "stdin": ""}, headers=auth(world.student.id)), 400
    )
    problem(start(api, world, {"code": "x" * (get_settings().max_code_bytes + 1), "stdin": ""}), 413)
    hidden_only = add_question(
        world, [{"name": "h", "kind": "io", "input": "", "expected": "", "visibility": "hidden"}]
    )
    problem(start(api, hidden_only, {"code": DOUBLE, "tests": "visible"}), 400)
    world = add_question(world, DOUBLE_TESTS)
    closed = {"available_until": (datetime.now(UTC) - timedelta(hours=1)).isoformat()}
    sql("UPDATE assignment SET config = $2 WHERE content_item = $1", world.extra["item"].id, json.dumps(closed))
    assert problem(start(api, world, {"code": DOUBLE, "stdin": ""}), 403)["reason"] == "closed"
    draft = make_assignment(world.module, [world.extra["question"]], title="Draft", published=False, order_index=40)
    url = f"/api/assignments/{draft.id}/questions/{world.extra['question'].id}/runs"
    problem(
        api.post(url, json={"code": DOUBLE, "language": "python", "stdin": ""}, headers=auth(world.student.id)), 404
    )
    assert sql("SELECT count(*) FROM code_run")[0][0] == 0


def test_a_run_is_visible_to_its_owner_only(api: httpx.Client) -> None:
    world = world_with(DOUBLE_TESTS)
    run_id = start(api, world, {"code": DOUBLE, "stdin": "1\n"}).json()["id"]
    problem(api.get(f"/api/runs/{run_id}", headers=auth(world.classmate.id)), 404)
    problem(api.get(f"/api/runs/{run_id}", headers=auth(world.instructor.id)), 404)
    assert api.get(f"/api/runs/{run_id}", headers=auth(world.student.id)).status_code == 200


def test_runs_are_rate_limited_per_student(api: httpx.Client, workers) -> None:
    """Across questions (RUN_RATE_PER_MINUTE), each question holding at most RUN_QUESTION_RATE_PER_MINUTE of them."""
    world = world_with(DOUBLE_TESTS)
    limit, per_question = get_settings().run_rate_per_minute, get_settings().run_question_rate_per_minute
    start_of_a_rate_window()
    statuses = [start(api, world, {"code": DOUBLE, "stdin": "1\n"}).status_code for _ in range(per_question + 1)]
    assert statuses == [202] * per_question + [429]
    add_question(world, DOUBLE_TESTS)
    statuses = [start(api, world, {"code": DOUBLE, "stdin": "1\n"}).status_code for _ in range(limit - per_question)]
    assert statuses == [202] * (limit - per_question)
    refused = start(api, world, {"code": DOUBLE, "stdin": "1\n"})
    problem(refused, 429)
    assert int(refused.headers["Retry-After"]) >= 1
    assert start(api, world, {"code": DOUBLE, "stdin": "1\n"}, user=world.classmate).status_code == 202
    assert sql("SELECT count(*) FROM code_run")[0][0] == limit + 1


def test_the_sweeper_forgets_runs_after_a_day_and_ends_abandoned_ones(api: httpx.Client) -> None:
    from jobs.outbox import sweep_once

    world = world_with(DOUBLE_TESTS)
    columns = "owner, assignment, question, language, mode, status, created_at"
    values = "$1, (SELECT id FROM assignment WHERE content_item = $2), $3, 'python', 'stdin', $4, now() - $5::interval"
    ids = [
        sql(
            f"INSERT INTO code_run ({columns}) VALUES ({values}) RETURNING id",
            world.student.id,
            world.extra["item"].id,
            world.extra["question"].id,
            status,
            age,
        )[0][0]
        for status, age in [
            ("done", timedelta(hours=25)),
            ("queued", timedelta(minutes=11)),
            ("done", timedelta(hours=1)),
        ]
    ]
    counts = run(sweep_once(get_settings()))
    assert (counts["runs_deleted"], counts["runs_given_up"]) == (1, 1)
    assert [tuple(r) for r in sql("SELECT id, status FROM code_run ORDER BY id")] == [
        (ids[1], "error"),
        (ids[2], "done"),
    ]


# languages ---------------------------------------------------------------------------------------------------------


def test_languages_list_names_source_files_test_kinds_and_reported_versions(api: httpx.Client) -> None:
    world = world_with(DOUBLE_TESTS)
    from app.adapters.queue import redis_connection

    redis = redis_connection(get_settings().redis_address)
    saved = redis.hgetall(LANGUAGE_VERSIONS_KEY)
    redis.delete(LANGUAGE_VERSIONS_KEY)
    try:
        publish_language_versions(get_settings(), {"python": "3.99.1"})
        body = api.get("/api/languages", headers=auth(world.student.id)).json()
    finally:
        redis.delete(LANGUAGE_VERSIONS_KEY)
        if saved:
            redis.hset(LANGUAGE_VERSIONS_KEY, mapping=saved)
    assert body["next_cursor"] is None
    assert [(i["id"], i["name"], i["source_file"], i["test_kinds"], i["version"]) for i in body["items"]] == [
        ("python", "Python 3", "solution.py", ["io", "call", "checker"], "3.99.1"),
        ("c", "C (gcc, GNU C11)", "solution.c", ["io", "checker"], None),
        ("cpp", "C++17 (g++)", "solution.cpp", ["io", "checker"], None),
        ("java", "Java (OpenJDK)", "Main.java", ["io", "checker"], None),
        ("javascript", "JavaScript (Node.js)", "solution.js", ["io", "checker"], None),
    ]
    problem(api.get("/api/languages"), 401)


def test_workers_report_the_installed_toolchain_versions_at_start(api: httpx.Client, workers) -> None:
    from jobs.sandbox.languages import installed_versions

    world = world_with(DOUBLE_TESTS)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        body = api.get("/api/languages", headers=auth(world.student.id)).json()
        versions = {item["id"]: item["version"] for item in body["items"]}
        if all(versions.values()):
            break
        time.sleep(0.5)
    assert versions == installed_versions()


def test_a_run_that_cannot_be_queued_is_503_and_ends_as_error(service_env, tmp_path) -> None:

    world = world_with(DOUBLE_TESTS)
    with isolated(service_env, tmp_path) as stack:
        stack["redis"].stop()
        response = stack["client"].post(
            runs_url(world), json={"code": DOUBLE, "language": "python", "stdin": ""}, headers=auth(world.student.id)
        )
    assert problem(response, 503)["service"] == "redis"
    assert [r[0] for r in sql("SELECT status FROM code_run")] == ["error"]
