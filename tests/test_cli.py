"""One command line: the `autograder` console script has every operation, and the README's table is made from it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from jobs.cli import readme_commands, readme_routes
from jobs.devserver.child_process import free_port
from tests.grading_support import submit_and_wait, world_with
from tests.support import python_process, wait_http

AUTOGRADER = str(Path(sys.executable).parent / "autograder")
TESTS = [{"name": "one", "kind": "call", "input": "add(1, 2)", "expected": "3"}]


def _autograder(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([AUTOGRADER, *args], env=env, capture_output=True, text=True, timeout=300)


def test_the_readme_command_table_is_the_clis() -> None:
    assert readme_commands.current() == readme_commands.table(), (
        "run: .venv/bin/python -m jobs.cli.readme_commands --write"
    )


def test_the_readme_routes_table_is_the_openapi_documents() -> None:
    assert readme_routes.current() == readme_routes.table(), "run: .venv/bin/python -m jobs.cli.readme_routes --write"


def test_the_readme_starts_with_exactly_the_two_commands() -> None:
    first_block = readme_commands.README.read_text().split("```bash\n", 1)[1].split("```", 1)[0]
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


def _cli_env(data_dir: Path) -> dict[str, str]:
    """The environment of an operator's shell: no service URL, no embedded port, only DATA_DIR."""
    unset = ("DATABASE_URL", "REDIS_URL", "S3_ENDPOINT_URL", "SMTP_URL")
    env = {k: v for k, v in os.environ.items() if k not in unset and not k.startswith("EMBEDDED_")}
    return {**env, "DATA_DIR": str(data_dir), "APP_ENV": "development"}


def test_the_cli_finds_a_running_stack_or_says_in_one_line_what_to_set(tmp_path: Path) -> None:
    """`./manage up` on embedded ports that are not the defaults: `autograder users create` beside it just works;
    with no stack running it answers one line, not a traceback."""
    port = free_port()
    data = tmp_path / "data"
    env = {
        **_cli_env(data),
        "PORT": str(port),
        "WORKERS": "1",
        **{f"EMBEDDED_{name}_PORT": str(free_port()) for name in ("POSTGRES", "REDIS", "S3", "SMTP")},
    }
    with open(tmp_path / "run.log", "wb") as log:
        launcher = python_process(["-m", "jobs.cli", "run"], env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/ready", timeout=240)
        urls = json.loads((data / "stack.json").read_text())["urls"]
        assert set(urls) == {"postgres", "redis", "s3", "smtp"}
        args = ("users", "create", "--email", "op@test.edu", "--name", "Op", "--role", "admin", "--password", "x" * 12)
        created = _autograder(*args, env=_cli_env(data))
        assert created.returncode == 0, created.stdout + created.stderr
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            login = client.post("/api/auth/login", json={"email": "op@test.edu", "password": "x" * 12})
            assert login.status_code == 200, login.text
    finally:
        launcher.send_signal(signal.SIGINT)
        launcher.wait(60)
    assert not (data / "stack.json").exists()  # a stopped stack is not found

    refused = _autograder(*args[:-2], "--password", "y" * 12, env=_cli_env(data))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    [line] = refused.stderr.strip().splitlines()
    assert "./manage up" in line and "DATABASE_URL" in line
