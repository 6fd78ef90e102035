"""The before/after benchmark's cheap parts: the older tree it materializes and the table it prints (its figures are
measured by `python -m bench.before_after`, never in tests)."""

from __future__ import annotations

from app.settings import PROJECT_ROOT
from bench.before_after import BASELINE, PRODUCT_TOTAL, launcher_module, materialized, medians, side_by_side


def test_the_baseline_tree_is_materialized_from_its_commit_and_removed() -> None:
    with materialized(BASELINE) as tree:
        assert tree != PROJECT_ROOT and not tree.is_relative_to(PROJECT_ROOT)
        # the baseline predates the ledger and the move of the launcher: its own files, not this checkout's
        assert (tree / "app" / "launcher.py").is_file() and not (tree / "jobs" / "devserver").exists()
        assert not any("grade_event" in path.read_text() for path in (tree / "piccolo_migrations").glob("*.py"))
        assert launcher_module(tree) == "app.launcher"
    assert not tree.exists()
    assert launcher_module(PROJECT_ROOT) == "jobs.devserver.launcher"


def test_the_table_sets_each_component_side_by_side_with_its_ratio() -> None:
    turn = {"cpu_ms_per_submission": {"api": 4.0, "redis": 0.0, PRODUCT_TOTAL: 20.0}, "latency_p50_ms": 30.0}
    later = {"cpu_ms_per_submission": {"api": 6.0, "redis": 0.0, PRODUCT_TOTAL: 21.0}, "latency_p50_ms": 40.0}
    before = medians([turn, turn, later])
    after = medians([later, later, turn])
    assert before["api"] == 4.0 and after["api"] == 6.0 and after["latency p50 (idle, ms)"] == 40.0
    lines = side_by_side(before, after).splitlines()
    assert lines[0] == "| CPU ms a graded submission | before | after | ratio |"
    assert "| api | 4.00 | 6.00 | 1.50 |" in lines
    assert "| redis | 0.00 | 0.00 | - |" in lines  # no ratio of nothing
    assert f"| {PRODUCT_TOTAL} | 20.00 | 21.00 | 1.05 |" in lines
    assert lines.index("| api | 4.00 | 6.00 | 1.50 |") < lines.index(f"| {PRODUCT_TOTAL} | 20.00 | 21.00 | 1.05 |")
