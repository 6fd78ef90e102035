"""The similarity job (analytics lane): one report of one assignment question, made by the engine in jobs/similarity.

A worker claims the report with a lease (`running`); one that dies mid-run leaves it `running` past its lease and
the outbox sweeper queues it again (`sweep_reports`). The pairs are written in one transaction, and only while the
report still wants the inputs the job was queued for (a newer request changes its `input_key`).
"""

from __future__ import annotations

import json
import logging

import asyncpg

from app.adapters.blobstore import BlobStore
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
       lease_until = now() + make_interval(secs => $3)
WHERE id = $1 AND input_key = $2
  AND (state = '{ReportState.queued}' OR (state = '{ReportState.running}' AND lease_until < now()))
RETURNING question, inputs
"""
QUESTION_SQL = "SELECT language, starter_code, reference_solution FROM questions WHERE id = $1"
ATTEMPTS_SQL = "SELECT id, user_id, code_blob_ref FROM submission_attempt WHERE id = ANY($1::int[]) ORDER BY id"
PAIR_SQL = """
INSERT INTO similarity_pair (report, rank, attempt_a, attempt_b, student_a, student_b, score, matched_tokens, regions)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
"""
STUCK_SQL = f"""
SELECT id, input_key, state FROM similarity_report
WHERE (state = '{ReportState.queued}' AND requested_at < now() - make_interval(secs => $1))
   OR (state = '{ReportState.running}' AND lease_until < now())
ORDER BY id LIMIT 100
"""


def _rows(report_id: int, pairs: list[Pair], students: dict[int, int]) -> list[tuple]:
    """The pairs as table rows, ranked; a student is never paired with their own earlier attempt."""
    kept = [pair for pair in pairs if students[pair.a] != students[pair.b]]
    return [
        (
            report_id,
            rank,
            pair.a,
            pair.b,
            students[pair.a],
            students[pair.b],
            pair.score,
            pair.matched_tokens,
            json.dumps([region.__dict__ for region in pair.regions]),
        )
        for rank, pair in enumerate(kept, start=1)
    ]


async def _finish(connection: asyncpg.Connection, report_id: int, key: str, rows: list[tuple]) -> bool:
    async with connection.transaction():
        state = await connection.fetchval(
            "SELECT state FROM similarity_report WHERE id = $1 AND input_key = $2 FOR UPDATE", report_id, key
        )
        if state != ReportState.running:
            return False
        await connection.execute("DELETE FROM similarity_pair WHERE report = $1", report_id)
        await connection.executemany(PAIR_SQL, rows)
        await connection.execute(
            f"UPDATE similarity_report SET state = '{ReportState.done}', finished_at = now(), lease_until = NULL, "
            "error = NULL WHERE id = $1",
            report_id,
        )
    return True


async def _run(connection: asyncpg.Connection, settings: Settings, report_id: int, key: str) -> int | None:
    claimed = await connection.fetchrow(CLAIM_SQL, report_id, key, float(LEASE_SECONDS))
    if claimed is None:
        return None  # another worker holds it, it is done, or a newer request replaced its inputs
    inputs = json.loads(claimed["inputs"])
    question = await connection.fetchrow(QUESTION_SQL, claimed["question"])
    attempts = await connection.fetch(ATTEMPTS_SQL, inputs["current"] + inputs["past"])
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
            await connection.execute(
                f"UPDATE similarity_report SET state = '{ReportState.failed}', error = $3, lease_until = NULL "
                f"WHERE id = $1 AND input_key = $2 AND state = '{ReportState.running}'",
                int(report_id),
                input_key,
                f"{type(exc).__name__}: {exc}"[:500],
            )
            log.exception("similarity report %s failed", report_id)
            return None

    return run_job(work)


async def sweep_reports(settings: Settings, connection: asyncpg.Connection, job_is_live) -> int:
    """Reports whose job never reached Redis, or whose worker died mid-run, are queued again."""
    requeued = 0
    for row in await connection.fetch(STUCK_SQL, float(QUEUED_GRACE_SECONDS)):
        if row["state"] == ReportState.queued and job_is_live(similarity_job_id(row["id"], row["input_key"])):
            continue
        requeued += enqueue_similarity(settings, row["id"], row["input_key"])
    return requeued
