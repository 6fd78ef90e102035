"""The similarity job (analytics lane): one report of one assignment question, made by the engine in jobs/similarity.

A worker claims the report with a lease (`running`); one that dies mid-run leaves it `running` past its lease and
the outbox sweeper queues it again (`sweep_reports`). The pairs are written in one transaction, and only while the
report still wants the inputs the job was queued for (a newer request changes its `input_key`).
"""

from __future__ import annotations

import json
import logging
from typing import Any

import asyncpg

from app.adapters.blobstore import BlobStore
from app.common.sql import named, named_many
from app.grading.contract import enqueue_similarity, similarity_job_id
from app.grading.messages import RunSimilarity
from app.settings import Settings, get_settings
from jobs.db import run_job
from jobs.similarity import Pair, Submission, compare
from tables.enums import ReportState

log = logging.getLogger("similarity")
LEASE_SECONDS = 600  # longer than RQ's job timeout: a live worker never loses its report
QUEUED_GRACE_SECONDS = 10

CLAIM_SQL = f"""
UPDATE similarity_report SET state = '{ReportState.running}', started_at = now(), tries = tries + 1,
       lease_until = now() + make_interval(secs => :lease)
WHERE id = :report AND input_key = :key
  AND (state = '{ReportState.queued}' OR (state = '{ReportState.running}' AND lease_until < now()))
RETURNING question, inputs
"""
QUESTION_SQL = "SELECT language, starter_code, reference_solution FROM questions WHERE id = :question"
ATTEMPTS_SQL = "SELECT id, user_id, code_blob_ref FROM submission_attempt WHERE id = ANY(:attempts::int[]) ORDER BY id"
PAIR_SQL = """
INSERT INTO similarity_pair (report, rank, attempt_a, attempt_b, student_a, student_b, score, matched_tokens, regions)
VALUES (:report, :rank, :attempt_a, :attempt_b, :student_a, :student_b, :score, :matched_tokens, :regions::jsonb)
"""
STUCK_SQL = f"""
SELECT id, input_key, state FROM similarity_report
WHERE (state = '{ReportState.queued}' AND requested_at < now() - make_interval(secs => :grace))
   OR (state = '{ReportState.running}' AND lease_until < now())
ORDER BY id LIMIT 100
"""


def _rows(report_id: int, pairs: list[Pair], students: dict[int, int]) -> list[dict[str, Any]]:
    """The pairs as table rows, ranked; a student is never paired with their own earlier attempt."""
    kept = [pair for pair in pairs if students[pair.a] != students[pair.b]]
    return [
        {
            "report": report_id,
            "rank": rank,
            "attempt_a": pair.a,
            "attempt_b": pair.b,
            "student_a": students[pair.a],
            "student_b": students[pair.b],
            "score": pair.score,
            "matched_tokens": pair.matched_tokens,
            "regions": json.dumps([region.__dict__ for region in pair.regions]),
        }
        for rank, pair in enumerate(kept, start=1)
    ]


async def _finish(connection: asyncpg.Connection, report_id: int, key: str, rows: list[dict[str, Any]]) -> bool:
    async with connection.transaction():
        query, args = named(
            "SELECT state FROM similarity_report WHERE id = :report AND input_key = :key FOR UPDATE",
            report=report_id,
            key=key,
        )
        state = await connection.fetchval(query, *args)
        if state != ReportState.running:
            return False
        query, args = named("DELETE FROM similarity_pair WHERE report = :report", report=report_id)
        await connection.execute(query, *args)
        await connection.executemany(*named_many(PAIR_SQL, rows))
        query, args = named(
            f"UPDATE similarity_report SET state = '{ReportState.done}', finished_at = now(), lease_until = NULL, "
            "error = NULL WHERE id = :report",
            report=report_id,
        )
        await connection.execute(query, *args)
    return True


async def _run(connection: asyncpg.Connection, settings: Settings, report_id: int, key: str) -> int | None:
    query, args = named(CLAIM_SQL, report=report_id, key=key, lease=float(LEASE_SECONDS))
    claimed = await connection.fetchrow(query, *args)
    if claimed is None:
        return None  # another worker holds it, it is done, or a newer request replaced its inputs
    inputs = json.loads(claimed["inputs"])
    query, args = named(QUESTION_SQL, question=claimed["question"])
    question = await connection.fetchrow(query, *args)
    query, args = named(ATTEMPTS_SQL, attempts=inputs["current"] + inputs["past"])
    attempts = await connection.fetch(query, *args)
    store = BlobStore(settings)
    current = set(inputs["current"])
    submissions = [
        Submission(row["id"], store.get(row["code_blob_ref"]).decode("utf-8", "replace"), row["id"] in current)
        for row in attempts
    ]
    pairs = compare(
        question["language"], submissions, ignore=[question["starter_code"], question["reference_solution"]]
    )
    rows = _rows(report_id, pairs, {row["id"]: row["user_id"] for row in attempts})
    return len(rows) if await _finish(connection, report_id, key, rows) else None


def run_report(job: RunSimilarity) -> int | None:
    """The `RunSimilarity` job: make one report; answers how many pairs it stored (None when there was nothing
    for it to do)."""
    settings = get_settings()
    report_id, input_key = job.report_id, job.input_key

    async def work(connection: asyncpg.Connection) -> int | None:
        try:
            return await _run(connection, settings, int(report_id), input_key)
        except Exception as exc:
            query, args = named(
                f"UPDATE similarity_report SET state = '{ReportState.failed}', error = :error, lease_until = NULL "
                f"WHERE id = :report AND input_key = :key AND state = '{ReportState.running}'",
                report=int(report_id),
                key=input_key,
                error=f"{type(exc).__name__}: {exc}"[:500],
            )
            await connection.execute(query, *args)
            log.exception("similarity report %s failed", report_id)
            return None

    return run_job(work)


async def sweep_reports(settings: Settings, connection: asyncpg.Connection, job_is_live) -> int:
    """Reports whose job never reached Redis, or whose worker died mid-run, are queued again."""
    requeued = 0
    query, args = named(STUCK_SQL, grace=float(QUEUED_GRACE_SECONDS))
    for row in await connection.fetch(query, *args):
        if row["state"] == ReportState.queued and job_is_live(similarity_job_id(row["id"], row["input_key"])):
            continue
        requeued += enqueue_similarity(settings, row["id"], row["input_key"])
    return requeued
