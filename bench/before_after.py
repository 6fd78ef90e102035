"""`python -m bench.before_after [--baseline 5c6587d] [--submissions N] [--rounds R]`: the CPU one graded submission
costs, by component, in an older commit's tree and in this one, measured side by side in one run on this machine.

Each tree runs from its own source (the launcher, the API, the workers, its own migrations on fresh embedded
services) with this virtual environment's interpreter; the trees take turns (before, after, before, after, ...) so a
change in the machine's load falls on both, and the table shows each tree's median over its turns.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import psutil
from redis import Redis

from app.settings import PROJECT_ROOT
from bench import product as product_module
from bench.__main__ import RESULTS, cpu_by_component, latency, post_many, wait_idle
from bench.checks import fetch, wait_all_graded
from bench.scenarios import setup_course
from tables.enums import Verdict

# The last landed commit before this round (the ledger, the attempt contract, fair dispatch, typed jobs, domains)
# with only the sandbox's isolation work of the same round merged (issue 22: a cgroup and allowlist filters per
# sandbox, measured by its own rows in `python -m bench`): what this round's grading path costs beside the same
# sandbox. `--baseline 6ba511a` measures both together.
BASELINE = "5c6587d"
TARGET = 1.10  # a graded submission's CPU may grow at most 10%
# the product's own processes; "whole machine" also counts the kernel and whatever else the shared machine runs
COMPONENTS = ("api", "workers", "sandboxes", "postgres", "redis", "s3", "other")
PRODUCT_TOTAL = "product total"
WARM_UP = 20
LATENCY = "latency p50 (idle, ms)"
CPU_TITLE = "CPU ms a graded submission"
STATS_FLUSH_SECONDS = 11
MEANINGFUL_COUNT = 0.05  # the counts table leaves out what happens less than once in 20 submissions


@contextmanager
def materialized(commit: str) -> Iterator[Path]:
    """The commit's tracked files in a throwaway directory (`git archive`: the repository's worktree list, shared
    with everyone's checkouts, is left alone), removed afterwards."""
    tree = Path(tempfile.mkdtemp(prefix="autograder-before-")).resolve()
    try:
        archive = subprocess.run(["git", "archive", commit], cwd=PROJECT_ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        yield tree
    finally:
        shutil.rmtree(tree, ignore_errors=True)


def launcher_module(tree: Path) -> str:
    """The dev-server launcher moved from app/ to jobs/devserver/ in this round's work."""
    return "jobs.devserver.launcher" if (tree / "jobs" / "devserver" / "launcher.py").exists() else "app.launcher"


def provenance(product: product_module.Product, tree: Path) -> dict:
    """Where the running API and workers import `app`, `jobs` and `tables` from: each process's working directory and
    PYTHONPATH must be the tree, and the same interpreter in the API's own environment must resolve the three packages
    to files inside it (not to the editable install of this checkout). The database says whose migrations ran."""
    api, workers = product.processes()
    for process in (api, *workers):
        cwd, path = process.cwd(), process.environ().get("PYTHONPATH", "")
        if Path(cwd) != tree or path != str(tree):
            raise RuntimeError(f"pid {process.pid} runs from {cwd} with PYTHONPATH={path!r}, not {tree}")
    probe = "import app, jobs, tables; print(app.__file__, jobs.__file__, tables.__file__)"
    files = subprocess.run(
        [api.cmdline()[0], "-c", probe], env=api.environ(), cwd=api.cwd(), capture_output=True, text=True, check=True
    ).stdout.split()
    if not all(Path(file).is_relative_to(tree) for file in files):
        raise RuntimeError(f"the API's environment imports {files}, not the tree {tree}")
    (row,) = fetch(product.database_url, "SELECT to_regclass('grade_event') IS NOT NULL AS ledger")
    return {
        "api_cmdline": " ".join(api.cmdline()),
        "interpreter": api.cmdline()[0],
        "cwd": api.cwd(),
        "imports": files,
        "grade_event_table": row["ledger"],
    }


def activity(product: product_module.Product) -> dict[str, float]:
    """Counters that say where CPU went: the database's transactions and rows, and Redis's commands. PostgreSQL 15
    flushes a backend's statistics at most once a second, and an idle one's within 10 s: read them after 11 s quiet."""
    time.sleep(STATS_FLUSH_SECONDS)
    (row,) = fetch(
        product.database_url,
        "SELECT xact_commit + xact_rollback AS transactions, tup_returned AS rows_scanned, tup_fetched AS rows_fetched,"
        " tup_inserted AS rows_inserted, tup_updated AS rows_updated, tup_deleted AS rows_deleted"
        " FROM pg_stat_database WHERE datname = current_database()",
    )
    tables = fetch(
        product.database_url,
        "SELECT relname, seq_tup_read, idx_tup_fetch, n_tup_ins + n_tup_upd + n_tup_del AS written"
        " FROM pg_stat_user_tables",
    )
    per_table = {f"{t['relname']} {name}": t[name] for t in tables for name in ("seq_tup_read", "idx_tup_fetch")}
    per_table.update({f"{t['relname']} written": t["written"] for t in tables})
    redis = Redis.from_url(product.redis_url)
    # the jobs each lane ran (RQ keeps a finished job's id for its result_ttl, 500 s, longer than a turn)
    jobs = {f"jobs {key.decode()[12:]}": redis.zcard(key) for key in redis.scan_iter("rq:finished:*")}
    return {**dict(row), **per_table, **jobs, "redis_commands": redis.info("stats")["total_commands_processed"]}


def graded_batch(product: product_module.Product, setup, count: int) -> list[int]:
    ids, _ = post_many(product.url, setup, count, threads=8)
    wait_all_graded(product.database_url, ids)
    wait_idle(product)  # the analytics (and, after, the ledger's dispatch) each submission causes count too
    return ids


def measure(tree: Path, submissions: int, latencies: int) -> dict:
    """One turn: a fresh product from the tree, a warm-up, then CPU per graded submission and the idle latency."""
    workers = os.cpu_count() or 1
    product = product_module.start(workers, root=tree, launcher=launcher_module(tree))
    try:
        setup = setup_course(product.url)
        source = provenance(product, tree)
        graded_batch(product, setup, WARM_UP)
        counted_before = activity(product)
        load_before = os.getloadavg()
        before = cpu_by_component(product)
        ids = graded_batch(product, setup, submissions)
        after = cpu_by_component(product)
        load_after = os.getloadavg()
        counted_after = activity(product)
        verdicts = fetch(
            product.database_url,
            "SELECT verdict, count(*) AS n FROM submission_attempt WHERE id = ANY($1::int[]) GROUP BY verdict",
            ids,
        )
        if {row["verdict"]: row["n"] for row in verdicts} != {Verdict.accepted: submissions}:
            raise RuntimeError(f"not every submission was accepted: {verdicts}")  # cheap because it failed is no win
        idle = latency(product.url, setup, latencies)
    finally:
        product.stop()
    cpu_ms = {name: (after.get(name, 0.0) - before.get(name, 0.0)) * 1000 / submissions for name in after}
    cpu_ms[PRODUCT_TOTAL] = sum(cpu_ms.get(name, 0.0) for name in COMPONENTS)
    return {
        "workers": workers,
        "cpu_ms_per_submission": cpu_ms,
        "counts_per_submission": {
            name: (counted_after[name] - counted_before.get(name, 0)) / submissions for name in counted_after
        },
        "latency_p50_ms": idle["p50_ms"],
        "latency_p95_ms": idle["p95_ms"],
        "load_average_1m": [load_before[0], load_after[0]],
        "source": source,
    }


def medians(turns: list[dict], key: str = "cpu_ms_per_submission") -> dict[str, float]:
    names = {name for turn in turns for name in turn[key]}
    values = {name: statistics.median(turn[key].get(name, 0.0) for turn in turns) for name in names}
    if key == "cpu_ms_per_submission":
        values[LATENCY] = statistics.median(turn["latency_p50_ms"] for turn in turns)
    return values


def side_by_side(before: dict[str, float], after: dict[str, float], title: str = CPU_TITLE) -> str:
    order = [*COMPONENTS, PRODUCT_TOTAL, "benchmark client", "whole machine", LATENCY]
    names = [name for name in order if name in before or name in after]
    names += sorted(name for name in {*before, *after} if name not in order)
    rows = [f"| {title} | before | after | ratio |", "|---|---|---|---|"]
    for name in names:
        old, new = before.get(name, 0.0), after.get(name, 0.0)
        ratio = f"{new / old:.2f}" if old > 0.005 else "-"
        rows.append(f"| {name} | {old:.2f} | {new:.2f} | {ratio} |")
    return "\n".join(rows)


def short_commit(revision: str) -> str:
    return subprocess.run(
        ["git", "rev-parse", "--short", revision], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def run(baseline: str, submissions: int, rounds: int, latencies: int) -> dict:
    turns: dict[str, list[dict]] = {"before": [], "after": []}
    with materialized(baseline) as old_tree:
        for turn in range(rounds):
            for label, tree in (("before", old_tree), ("after", PROJECT_ROOT)):
                print(f"round {turn + 1}/{rounds}: {label} ({tree}), load {os.getloadavg()[0]:.1f} ...", flush=True)
                turns[label].append(measure(tree, submissions, latencies))
    before, after = medians(turns["before"]), medians(turns["after"])
    counts = {label: medians(turns[label], "counts_per_submission") for label in turns}
    ratio = after[PRODUCT_TOTAL] / before[PRODUCT_TOTAL]
    return {
        "baseline": short_commit(baseline),
        "commit": short_commit("HEAD"),
        "cores": os.cpu_count(),
        "submissions": submissions,
        "rounds": rounds,
        "before": before,
        "after": after,
        "counts_per_submission": counts,
        "product_cpu_ratio": ratio,
        "target": TARGET,
        "within_target": ratio <= TARGET,
        "turns": turns,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", default=BASELINE, help="the commit measured as 'before'")
    parser.add_argument("--submissions", type=int, default=200, help="graded submissions measured in each turn")
    parser.add_argument("--rounds", type=int, default=3, help="turns of each tree, alternating")
    parser.add_argument("--latencies", type=int, default=30, help="idle submissions timed for the p50")
    parser.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting for both trees' products, e.g. GRADING_INFLIGHT_PER_STUDENT=1000 (a tree that has no such "
        "setting ignores it)",
    )
    args = parser.parse_args()
    settings = dict(setting.split("=", 1) for setting in args.setting)
    os.environ.update(settings)  # bench.product.start hands its environment to the launcher
    results = run(args.baseline, args.submissions, args.rounds, args.latencies) | {"settings": settings}
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{datetime.now(UTC):%Y%m%dT%H%M%S}-before-after-{results['commit']}.json"
    out.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nbefore {results['baseline']}, after {results['commit']}: {args.submissions} graded submissions a turn,")
    print(f"{args.rounds} turns each, alternating, medians; {psutil.cpu_count()} cores, load {os.getloadavg()}")
    print(f"settings for both: {settings or 'the defaults'}")
    print(side_by_side(results["before"], results["after"]))
    counts = results["counts_per_submission"]
    worth = {name for label in counts for name, value in counts[label].items() if value >= MEANINGFUL_COUNT}
    before, after = ({name: counts[label].get(name, 0.0) for name in worth} for label in ("before", "after"))
    print("\n" + side_by_side(before, after, "counted a graded submission"))
    verdict = "within" if results["within_target"] else "OVER"
    print(f"\nproduct CPU a graded submission, after/before: {results['product_cpu_ratio']:.2f} ({verdict} {TARGET})")
    print(f"results: {out}")


if __name__ == "__main__":
    sys.exit(main())
