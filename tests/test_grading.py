"""Grading end to end through the API and real workers, and the pure comparison and scoring rules."""

from __future__ import annotations

import httpx
import pytest

from jobs.sandbox import Judgement
from jobs.sandbox import TestVerdict as Judged
from jobs.sandbox.compare import compare_text, compare_value
from jobs.verdicts import score_run
from tests.factories import make_world
from tests.grading_support import submit_and_wait, wait_graded, world_with
from tests.support import METRICS_AUTH, auth, sql

CALL_TESTS = [
    {"name": "small", "kind": "call", "input": "add(1, 2)", "expected": "3"},
    {"name": "secret", "kind": "call", "input": "add(2, 2)", "expected": "4", "visibility": "hidden"},
]
IO_TESTS = [{"name": "double", "kind": "io", "input": "21\n", "expected": "42\n"}]


@pytest.mark.parametrize(
    ("tests", "code", "verdict", "score"),
    [
        (CALL_TESTS, "def add(a, b):\n    return a + b\n", "accepted", 10.0),
        (CALL_TESTS, "def add(a, b):\n    return 3\n", "wrong_answer", 5.0),
        (CALL_TESTS, "def add(a, b) return", "compile_error", 0.0),
        (CALL_TESTS, "def add(a, b):\n    return {}[a]\n", "runtime_error", 0.0),
        (CALL_TESTS, "def add(a, b):\n    while True:\n        pass\n", "time_limit", 0.0),
        (CALL_TESTS, "def add(a, b):\n    return 'x' * (2 ** 33)\n", "memory_limit", 0.0),
        (IO_TESTS, "print(int(input()) * 2)\n", "accepted", 10.0),
        (IO_TESTS, "while True:\n    print('spam' * 100)\n", "output_limit", 0.0),
        (IO_TESTS, "import time\ntime.sleep(30)\n", "time_limit", 0.0),
    ],
    ids=[
        "accepted",
        "wrong-answer",
        "compile-error",
        "runtime-error",
        "cpu-time",
        "memory",
        "io-accepted",
        "output-flood",
        "wall-time",
    ],
)
def test_python_submission_gets_its_verdict(api: httpx.Client, workers, tests, code, verdict, score) -> None:
    world = world_with(tests, time_limit_ms=1000)
    result = submit_and_wait(api, world, code)
    assert (result["status"], result["verdict"], result["score"], result["max_score"]) == (
        "graded",
        verdict,
        score,
        10.0,
    ), result
    assert result["execution_time_ms"] is not None
    assert sql("SELECT count(*) FROM test_result WHERE attempt = $1", result["id"])[0][0] == len(tests)


@pytest.mark.parametrize(
    "body, exception",
    [("raise KeyError('nope')", "KeyError"), ("return open('data.txt').read()", "FileNotFoundError")],
    ids=["exception", "os-error"],
)
def test_runtime_error_names_the_exception_with_a_short_traceback(
    api: httpx.Client, workers, body: str, exception: str
) -> None:
    world = world_with(CALL_TESTS)
    result = submit_and_wait(api, world, f"def add(a, b):\n    {body}\n")
    assert result["verdict"] == "runtime_error", result
    excerpt = result["tests"][0]["output_excerpt"]
    assert exception in excerpt and "solution.py" in excerpt
    assert "harness" not in excerpt and "namespace" not in excerpt


def test_hidden_tests_report_pass_fail_only_to_students(api: httpx.Client, workers) -> None:
    world = world_with(CALL_TESTS)
    result = submit_and_wait(api, world, "def add(a, b):\n    return a + b\n")
    hidden = next(t for t in result["tests"] if t["visibility"] == "hidden")
    assert hidden["passed"] is True and hidden["input"] is None and hidden["expected"] is None
    assert hidden["output_excerpt"] is None
    staff = api.get(f"/api/submissions/{result['id']}", headers=auth(world.ta.id)).json()
    assert next(t for t in staff["tests"] if t["visibility"] == "hidden")["input"] == "add(2, 2)"


C_SUM = '#include <stdio.h>\nint main(void){long a,b;if(scanf("%ld %ld",&a,&b)!=2)return 1;printf("%ld\\n",a+b);}\n'
C_TESTS = [
    {"name": "sum", "kind": "io", "input": "2 3\n", "expected": "5\n"},
    {"name": "big", "kind": "io", "input": "4000000000 1\n", "expected": "4000000001\n"},
]


@pytest.mark.parametrize(
    ("code", "verdict"),
    [
        (C_SUM, "accepted"),
        ('#include <stdio.h>\nint main(void){puts("5");}\n', "wrong_answer"),
        ("int main(void){ return }\n", "compile_error"),
        ("int main(void){ int *p = 0; return *p; }\n", "runtime_error"),
        ("int main(void){ for(;;); }\n", "time_limit"),
    ],
    ids=["accepted", "wrong-answer", "compile-error", "segfault", "loop"],
)
def test_c_submission_gets_its_verdict(api: httpx.Client, workers, code, verdict) -> None:
    world = world_with(C_TESTS, language="c", time_limit_ms=1000)
    result = submit_and_wait(api, world, code)
    assert result["verdict"] == verdict, result


def test_an_attempt_enqueued_twice_is_graded_once(api: httpx.Client, workers, service_env) -> None:
    from app.grading.contract import enqueue_grading
    from app.settings import load_settings

    world = world_with(CALL_TESTS)
    result = submit_and_wait(api, world, "def add(a, b):\n    return a + b\n")
    enqueue_grading(load_settings(service_env), result["id"], "practice")
    enqueue_grading(load_settings(service_env), result["id"], "practice")
    again = wait_graded(api, result["id"], world.student.id)
    row = sql("SELECT tries, graded_at FROM submission_attempt WHERE id = $1", result["id"])[0]
    assert row["tries"] == 1 and again["graded_at"] == result["graded_at"]


def test_code_sent_in_the_job_is_graded_only_when_it_is_the_stored_code(
    api: httpx.Client, workers, service_env
) -> None:
    """The submit puts the code in the job to spare the worker a read from S3; a job whose code is not the stored
    object's (a forged or stale job) is graded on the stored object."""
    import time

    from rq.job import Job
    from rq.serializers import JSONSerializer

    from app.adapters.queue import redis_connection
    from app.grading.contract import enqueue_grading, grade_job_id
    from app.settings import load_settings

    world = world_with(CALL_TESTS)
    wrong = submit_and_wait(api, world, "def add(a, b):\n    return a - b\n")
    assert wrong["verdict"] == "wrong_answer", wrong
    # the first job's own bookkeeping is over (it would write its arguments over the next job's), then it is gone
    first = Job.fetch(
        grade_job_id(wrong["id"]), connection=redis_connection(service_env["REDIS_URL"]), serializer=JSONSerializer
    )
    deadline = time.monotonic() + 30
    while first.get_status(refresh=True) != "finished" and time.monotonic() < deadline:
        time.sleep(0.05)
    first.delete()
    sql("UPDATE submission_attempt SET status = 'queued', verdict = NULL, graded_at = NULL WHERE id = $1", wrong["id"])
    assert enqueue_grading(
        load_settings(service_env), wrong["id"], "practice", code="def add(a, b):\n    return a + b\n"
    )
    again = wait_graded(api, wrong["id"], world.student.id)
    assert again["verdict"] == "wrong_answer" and again["graded_at"] != wrong["graded_at"], again


def test_the_code_sent_in_the_job_is_graded_without_reading_s3(services) -> None:
    """When the sent code is the stored code (its sha256), the worker does not read S3: here there is no object."""
    import asyncio
    import hashlib

    from jobs.grading import evaluate

    code = "def add(a, b):\n    return a + b\n"
    row = {
        "code_blob_ref": "code/never-stored",
        "code_sha256": hashlib.sha256(code.encode()).hexdigest(),
        "language": "python",
        "points": 10.0,
        "late_penalty": 0.0,
        "time_limit_ms": None,
        "memory_limit_mb": None,
        "output_limit_kb": None,
        "checker": None,
    }
    test = {"name": "t", "visibility": "visible", "kind": "call", "compare_mode": "exact", "tolerance": 0.0}
    tests = [{**test, "id": 1, "input": "add(1, 2)", "expected": "3", "weight": 1.0}]
    assert asyncio.run(evaluate(row, tests, code)).verdict == "accepted"


def test_late_penalty_is_applied_to_the_score(api: httpx.Client, workers) -> None:
    from datetime import UTC, datetime, timedelta

    from tests.factories import make_assignment

    world = world_with(CALL_TESTS)
    world.extra["item"] = make_assignment(
        world.module,
        [world.extra["question"]],
        title="Late",
        order_index=6,
        due_date=datetime.now(UTC) - timedelta(hours=1),
        config={"late_policy": {"mode": "accept", "penalty_per_day": 0.25}},
    )
    result = submit_and_wait(api, world, "def add(a, b):\n    return a + b\n")
    assert (result["is_late"], result["score"], result["max_score"]) == (True, 7.5, 10.0)


# pure rules ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actual", "expected", "mode", "same"),
    [
        ("a\n", "a\n", "exact", True),
        ("a \n", "a\n", "exact", False),
        ("a  \nb\n\n", "a\nb", "ignore_trailing_whitespace", True),
        (" a\n", "a\n", "ignore_trailing_whitespace", False),
        ("HELLO\n", "hello", "case_insensitive", True),
        ("3.14159\n", "3.1416", "numeric_tolerance", True),
        ("3.2\n", "3.1416", "numeric_tolerance", False),
        ("hello, bob!\n", r"(?i)hello, \w+!\s*", "regex", True),
        ("goodbye\n", r"hello.*", "regex", False),
    ],
)
def test_text_comparison_modes(actual: str, expected: str, mode: str, same: bool) -> None:
    assert compare_text(actual, expected, mode, 1e-3).passed is same


def test_value_comparison_distinguishes_booleans_and_tolerates_numbers() -> None:
    assert compare_value("3", "3.0", "exact", 0).passed is True
    assert compare_value("true", "1", "exact", 0).passed is False
    assert compare_value("[1, 2]", "[1, 2]", "exact", 0).passed is True
    assert compare_value("0.30000000000000004", "0.3", "numeric_tolerance", 1e-9).passed is True
    assert compare_value('"Hello"', '"hello"', "case_insensitive", 0).passed is True


def test_score_scales_weights_to_points_and_applies_the_late_penalty() -> None:
    tests = [
        {"id": 1, "kind": "io", "expected": "a", "compare_mode": "exact", "tolerance": 0, "weight": 1.0},
        {"id": 2, "kind": "io", "expected": "b", "compare_mode": "exact", "tolerance": 0, "weight": 3.0},
    ]
    judged = [Judged("accepted", "a", 2, 1, 1000, 1.0), Judged("wrong_answer", "x", 2, 1, 1000, 0.0)]
    outcome = score_run(Judgement(True, "", judged), tests, points=8.0, late_penalty=0.5)
    assert outcome.verdict == "wrong_answer"
    assert outcome.score == 1.0, "1/4 of 8 points, halved"
    assert [t.verdict for t in outcome.tests] == ["accepted", "wrong_answer"]


def test_a_checkers_partial_score_earns_that_share_of_the_tests_weight() -> None:
    tests = [
        {"id": 1, "kind": "checker", "expected": "", "compare_mode": "exact", "tolerance": 0, "weight": 1.0},
        {"id": 2, "kind": "checker", "expected": "", "compare_mode": "exact", "tolerance": 0, "weight": 1.0},
    ]
    judged = [
        Judged("accepted", "ok", 1, 1, 1000, score=1.0),
        Judged("wrong_answer", "half right", 1, 1, 1000, score=0.5),
    ]
    outcome = score_run(Judgement(True, "", judged), tests, points=10.0, late_penalty=0.0)
    assert (outcome.verdict, outcome.score) == ("wrong_answer", 7.5)
    assert [(t.passed, t.score) for t in outcome.tests] == [(True, 5.0), (False, 2.5)]


def test_world_factory_is_consistent(services) -> None:
    world = make_world()
    assert world.student.role == "student"


def test_metrics_show_a_cumulative_grading_histogram(api: httpx.Client, workers) -> None:
    world = world_with(CALL_TESTS)
    submit_and_wait(api, world, "def add(a, b):\n    return a + b\n")
    lines = api.get("/metrics", headers=METRICS_AUTH).text.splitlines()
    buckets = [float(line.rsplit(" ", 1)[1]) for line in lines if line.startswith("autograder_grading_seconds_bucket")]
    count = next(float(line.rsplit(" ", 1)[1]) for line in lines if line.startswith("autograder_grading_seconds_count"))
    assert count >= 1 and buckets == sorted(buckets)
    assert buckets[-2] == buckets[-1] == count  # every grading here took under 30 s, the last finite bound


def test_a_worker_whose_database_connection_was_cut_reconnects_and_grades(api: httpx.Client, workers) -> None:
    from jobs.db import APPLICATION_NAME

    world = world_with(CALL_TESTS)
    assert submit_and_wait(api, world, "def add(a, b):\n    return a + b\n")["verdict"] == "accepted"
    cut = sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", APPLICATION_NAME)
    assert cut and all(row[0] for row in cut)  # the workers kept their connections open between jobs
    for _ in workers:  # every worker meets its dead connection once
        result = submit_and_wait(api, world, "def add(a, b):\n    return a + b\n")
        assert (result["status"], result["verdict"]) == ("graded", "accepted"), result
