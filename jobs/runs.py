"""The run job (lane `runs`): a student's code on custom input or against the visible tests, never an attempt.

Claimed with a conditional UPDATE like an attempt; the outcome goes into the run's own row (`code_run.result`) and
its channel wakes the long-poll. Nothing here touches attempts, test results, the gradebook or the analytics.
"""

from __future__ import annotations

import logging

import asyncpg
import msgspec

from app.adapters.queue import redis_connection
from app.common.sql import named
from app.grading.contract import RunResult, RunTestResult, run_channel
from app.grading.messages import ExecuteRun
from app.settings import get_settings
from jobs.db import run_job
from jobs.grading import TESTS_SQL, run_sandbox, slot
from jobs.sandbox import Judgement
from jobs.verdicts import EXCERPT, score_run
from tables.enums import RunStatus, Verdict

log = logging.getLogger("runs")

CLAIM_SQL = f"""
UPDATE code_run r SET status = '{RunStatus.running}'
FROM questions q
WHERE r.id = :run AND r.status = '{RunStatus.queued}' AND q.id = r.question
RETURNING r.mode, r.language, r.code, r.stdin, r.question,
          q.time_limit_ms, q.memory_limit_mb, q.output_limit_kb, q.checker
"""
REQUEUE_SQL = f"UPDATE code_run SET status = '{RunStatus.queued}' WHERE id = :run AND status = '{RunStatus.running}'"
FINISH_SQL = "UPDATE code_run SET status = :status, result = :result::jsonb, finished_at = now() WHERE id = :run"
# the run ends as it ran: a program that printed anything on custom input has nothing to be compared with
RAN_TO_COMPLETION = (Verdict.accepted, Verdict.wrong_answer)


def on_custom_input(judgement: Judgement) -> RunResult:
    if not judgement.compile_ok:
        return RunResult(verdict=Verdict.compile_error, stderr=judgement.compile_message[-EXCERPT:])
    judged = judgement.tests[0]
    verdict = Verdict.accepted if judged.verdict in RAN_TO_COMPLETION else judged.verdict
    return RunResult(
        verdict=verdict,
        time_ms=judged.time_ms,
        stdout=judged.output,
        stderr=judged.stderr[-EXCERPT:],
    )


def on_visible_tests(judgement: Judgement, tests: list[dict]) -> RunResult:
    outcome = score_run(judgement, tests, points=1.0, late_penalty=0.0)
    results = [
        RunTestResult(
            test_id=test["id"],
            name=test["name"],
            visibility=test["visibility"],
            passed=judged.passed,
            verdict=judged.verdict,
            time_ms=judged.time_ms,
            input=test["input"],
            expected=test["expected"],
            output_excerpt=judged.excerpt,
        )
        for test, judged in zip(tests, outcome.tests, strict=True)
    ]
    stderr = None if judgement.compile_ok else judgement.compile_message[-EXCERPT:]
    return RunResult(verdict=outcome.verdict, time_ms=outcome.execution_time_ms, stderr=stderr, tests=results)


async def _execute(connection: asyncpg.Connection, run_id: int) -> str:
    query, args = named(CLAIM_SQL, run=run_id)
    claimed = await connection.fetchrow(query, *args)
    if claimed is None:
        return "not claimed: done already, held by another worker, or gone"
    row = dict(claimed)
    try:
        if row["mode"] == "stdin":
            custom = [{"kind": "io", "input": row["stdin"], "expected": "", "compare_mode": "exact", "tolerance": 0}]
            result = on_custom_input(await run_sandbox(row, row["language"], row["code"], custom))
        else:
            query, args = named(TESTS_SQL, question=row["question"])
            found = await connection.fetch(query, *args)
            tests = [dict(t) for t in found if t["visibility"] == "visible"]
            result = on_visible_tests(await run_sandbox(row, row["language"], row["code"], tests), tests)
    except Exception:
        query, args = named(REQUEUE_SQL, run=run_id)
        await connection.execute(query, *args)
        raise
    query, args = named(FINISH_SQL, run=run_id, status=RunStatus.done, result=msgspec.json.encode(result).decode())
    await connection.execute(query, *args)
    try:
        redis_connection(get_settings().redis_address).publish(run_channel(run_id), "done")
    except Exception as exc:
        log.warning("run %s done but not announced: %s", run_id, exc)
    slot().prestart()
    return result.verdict


def execute_run(job: ExecuteRun) -> str:
    """The `ExecuteRun` job (job id `run_job_id(run id)`)."""
    return run_job(lambda connection: _execute(connection, job.run_id))
