"""From what the sandbox reported to a verdict per test, an overall verdict and a score."""

from __future__ import annotations

import json
import signal
from dataclasses import dataclass
from typing import Any

from jobs.sandbox.compare import compare_text, compare_value
from jobs.sandbox.runner import Limits, SandboxRun

EXCERPT = 500


@dataclass(frozen=True)
class TestOutcome:
    test_id: int
    passed: bool
    verdict: str
    score: float
    time_ms: int
    excerpt: str


@dataclass(frozen=True)
class Outcome:
    verdict: str
    score: float
    max_score: float
    execution_time_ms: int
    tests: list[TestOutcome]
    reason: str | None = None


def _runtime_message(report: dict[str, Any], error: str | None) -> str:
    stderr = report.get("stderr", "").strip()
    lines = stderr.splitlines()
    head = f"{error}: " if error else ""
    return (head + "\n".join(lines[-6:]))[-EXCERPT:]


def test_verdict(report: dict[str, Any], test: dict[str, Any], limits: Limits, language: str) -> tuple[str, str]:
    """(verdict, excerpt) for one test's report."""
    outcome, exit_code = report.get("outcome"), report.get("exit_code", 0)
    result: dict[str, Any] = {}
    if report.get("result"):
        try:
            result = json.loads(report["result"])
        except json.JSONDecodeError:
            result = {"error": "InvalidResult"}
    if outcome == "output_limit":
        return "output_limit", f"output exceeded {limits.output_bytes} bytes"
    if outcome == "timeout" or (exit_code in (-signal.SIGXCPU, -signal.SIGKILL) and report["cpu_ms"] >= limits.cpu_ms):
        return "time_limit", f"exceeded {limits.cpu_ms} ms of CPU or {limits.wall_ms} ms of wall time"
    if exit_code == -signal.SIGXCPU:
        return "time_limit", f"exceeded {limits.cpu_ms} ms of CPU"
    if result.get("error") == "MemoryError":
        return "memory_limit", f"exceeded {limits.memory_mb} MB of memory"
    if exit_code == -signal.SIGXFSZ:
        return "runtime_error", "a file grew past the file size limit"
    if exit_code != 0:
        if (
            language != "python"
            and exit_code < 0
            and report.get("max_rss_kb", 0) * 1024 > limits.memory_mb * 2**20 // 2
        ):
            return "memory_limit", f"exceeded {limits.memory_mb} MB of memory"
        error = result.get("error") or (f"signal {signal.Signals(-exit_code).name}" if exit_code < 0 else None)
        return "runtime_error", _runtime_message(report, error or f"exit code {exit_code}")
    if test["kind"] == "call":
        if "value" not in result:
            return "runtime_error", "the call returned no value"
        passed = compare_value(result["value"], test["expected"], test["compare_mode"], test["tolerance"])
        return ("accepted" if passed else "wrong_answer"), result["value"][:EXCERPT]
    passed = compare_text(report.get("stdout", ""), test["expected"], test["compare_mode"], test["tolerance"])
    return ("accepted" if passed else "wrong_answer"), report.get("stdout", "")[:EXCERPT]


def score_run(
    run: SandboxRun, tests: list[dict[str, Any]], *, points: float, late_penalty: float, limits: Limits, language: str
) -> Outcome:
    """Weights scaled to the effective points, then the late penalty; the overall verdict is the first failure's."""
    total_weight = sum(t["weight"] for t in tests) or 1.0
    outcomes: list[TestOutcome] = []
    for index, test in enumerate(tests):
        if not run.compile_ok:
            verdict, excerpt, time_ms = "compile_error", run.compile_message[-EXCERPT:], 0
        elif index < len(run.tests):
            report = run.tests[index]
            verdict, excerpt = test_verdict(report, test, limits, language)
            time_ms = int(report.get("time_ms", 0))
        else:
            verdict, excerpt, time_ms = "runtime_error", (run.crashed or "not run")[:EXCERPT], 0
        passed = verdict == "accepted"
        weight_score = points * test["weight"] / total_weight if passed else 0.0
        outcomes.append(TestOutcome(test["id"], passed, verdict, round(weight_score, 4), time_ms, excerpt))
    passed_weight = sum(t["weight"] for t, o in zip(tests, outcomes, strict=True) if o.passed)
    raw = points * passed_weight / total_weight
    failing = next((o.verdict for o in outcomes if not o.passed), None)
    verdict = failing or ("accepted" if outcomes else ("accepted" if run.compile_ok else "compile_error"))
    return Outcome(
        verdict=verdict,
        score=round(raw * (1 - late_penalty), 4),
        max_score=points,
        execution_time_ms=sum(o.time_ms for o in outcomes),
        tests=outcomes,
        reason=None if run.compile_ok else run.compile_message[-EXCERPT:],
    )
