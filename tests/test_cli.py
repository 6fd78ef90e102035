"""One command line: the `autograder` console script has every operation, and the README's table is made from it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from jobs import cli_table, routes_table
from tests.grading_support import submit_and_wait, world_with

AUTOGRADER = str(Path(sys.executable).parent / "autograder")
TESTS = [{"name": "one", "kind": "call", "input": "add(1, 2)", "expected": "3"}]


def _autograder(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([AUTOGRADER, *args], env=env, capture_output=True, text=True, timeout=300)


def test_the_readme_command_table_is_the_clis() -> None:
    assert cli_table.current() == cli_table.table(), "run: .venv/bin/python -m jobs.cli_table --write"


def test_the_readme_routes_table_is_the_openapi_documents() -> None:
    assert routes_table.current() == routes_table.table(), "run: .venv/bin/python -m jobs.routes_table --write"


def test_the_readme_starts_with_exactly_the_two_commands() -> None:
    first_block = cli_table.README.read_text().split("```bash\n", 1)[1].split("```", 1)[0]
    assert first_block.splitlines() == ["./manage up", "./manage test"]


def test_every_operation_is_an_autograder_command() -> None:
    listed = _autograder("--help").stdout
    for command in ("run", "api", "worker", "migrate", "seed", "rejudge", "analytics", "bench", "sandbox"):
        assert f"  {command} " in listed, command
    assert "rebuild" in _autograder("analytics", "--help").stdout


def test_rejudge_needs_exactly_one_target() -> None:
    answer = _autograder("rejudge")
    assert answer.returncode == 2 and "exactly one of --question or --assignment" in answer.stderr


def test_seed_is_refused_in_production(service_env: dict[str, str]) -> None:
    env = {**service_env, "APP_ENV": "production", "S3_SECRET_KEY": "a-real-secret-value-0123456789"}
    answer = _autograder("seed", env=env)
    assert answer.returncode == 1 and "not loaded with APP_ENV=production" in answer.stderr


def test_migrate_is_idempotent(service_env: dict[str, str]) -> None:
    answer = _autograder("migrate", env=service_env)
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert "migrated; bucket ready" in answer.stdout


def test_analytics_rebuild_counts_every_graded_attempt(api, workers, service_env: dict[str, str]) -> None:
    world = world_with(TESTS)
    submit_and_wait(api, world, "def add(a, b):\n    return a + b\n")
    answer = _autograder("analytics", "rebuild", env=service_env)
    assert answer.returncode == 0, answer.stderr
    assert "rebuilt analytics for 1 attempts" in answer.stdout
    assert "attempts analysed" in answer.stdout  # the progress bar's line


def test_rejudge_command_shows_old_and_new_scores(api, workers, service_env: dict[str, str]) -> None:
    world = world_with(TESTS)
    graded = submit_and_wait(api, world, "def add(a, b):\n    return a + b\n")
    answer = _autograder("rejudge", "--question", str(world.extra["question"].id), env=service_env)
    assert answer.returncode == 0, answer.stderr
    assert "graded again" in answer.stdout and "1 attempts" in answer.stdout
    assert f"attempt {graded['id']} (user {world.student.id}): 10.0 accepted -> 10.0 accepted" in answer.stdout
