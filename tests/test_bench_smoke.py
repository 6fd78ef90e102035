"""The benchmark runs end to end with tiny counts (its figures are not asserted: timings never go in tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.settings import PROJECT_ROOT


def test_benchmark_runs_and_writes_its_results() -> None:
    results = PROJECT_ROOT / "bench" / "results"
    before = set(results.glob("*-tiny-*.json"))
    run = subprocess.run(
        [sys.executable, "-m", "bench", "--tiny"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "| Sandbox overhead" in run.stdout and "| Deadline burst drain" in run.stdout
    assert "| Login burst" in run.stdout and "| LTI passback after a rejudge" in run.stdout
    assert "| Another student's exam submission, submit->graded, during one student's flood" in run.stdout
    written = set(results.glob("*-tiny-*.json")) - before
    assert len(written) == 1
    path = Path(written.pop())
    data = json.loads(path.read_text())
    path.unlink()  # a smoke run's figures mean nothing: keep the results folder to real runs
    assert data["burst"]["lost"] == 0 and data["burst"]["duplicates"] == 0
    for run_ in data["lti"].values():
        assert run_["delivered"] == run_["students"] and run_["duplicates"] == 0
    assert data["flood"]["flood_lost"] == 0 and data["flood"]["flood_graded_once"] == data["flood"]["submissions"]
    assert data["cores"] and "commit" in data
    assert set(data["api"]["queries_by_questions"].values()) == {data["api"]["queries_by_questions"]["1"]}
