"""Rejudge jobs: preview each attempt again in the `rejudge` lane, then publish the new scores on request.

The preview keeps each attempt's old and new score (and the new results) in Redis, so an instructor who fixed a
test sees whom it changes before anything a student sees changes. `autograder rejudge` drives it from a shell.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable

import asyncpg
import msgspec

from app.adapters.queue import redis_connection
from app.audit import audit
from app.common.sql import named
from app.grading import ledger
from app.grading.attempts import attempts_to_rejudge
from app.grading.contract import PreviewScores, batch_key
from app.grading.messages import PreviewAttempt, PublishBatch
from app.reviews.rejudge import read_batch, start_batch
from app.settings import get_settings
from jobs.db import run_job
from jobs.grading import announce, evaluate, load_attempt, write_outcome
from jobs.verdicts import Outcome
from tables.enums import AuditKind, GradeCause


class Preview(PreviewScores, kw_only=True):
    """One attempt graded again, as kept in the batch's Redis hash until the batch is published."""

    outcome: Outcome
    analytics_key: tuple[int, int]


OVERRIDES_SQL = """
SELECT override_in_force(s.id) AS override_in_force,
       coalesce((SELECT g.overridden FROM question_grade g WHERE g.student = s.user_id
                 AND g.assignment = s.assignment AND g.question = s.question), false) AS grade_overridden
FROM submission_attempt s WHERE s.id = :attempt
"""

# the override in force on the attempt ends: a row without a score (what it was is its old_score)
REMOVE_OVERRIDE_SQL = """
INSERT INTO score_override (attempt, author, old_score, new_score, reason, created_at)
SELECT s.id, :author, override_in_force(s.id), NULL, :reason, clock_timestamp() FROM submission_attempt s
WHERE s.id = :attempt AND override_in_force(s.id) IS NOT NULL
RETURNING attempt
"""


def preview_attempt(job: PreviewAttempt) -> str:
    """The `PreviewAttempt` job: grade once more without touching the attempt; keep old and new side by side, and
    say whether a staff override stands in the way of the new score."""

    batch_id, attempt_id = job.batch_id, job.attempt_id

    async def work(connection: asyncpg.Connection) -> Preview | None:
        query, args = named(
            "SELECT user_id, score, verdict FROM submission_attempt WHERE id = :attempt", attempt=attempt_id
        )
        old = await connection.fetchrow(query, *args)
        row, tests = await load_attempt(connection, attempt_id)
        if row is None or old is None:
            return None
        outcome = await evaluate(row, tests)
        query, args = named(OVERRIDES_SQL, attempt=attempt_id)
        overrides = await connection.fetchrow(query, *args)
        return Preview(
            attempt_id=attempt_id,
            user_id=old["user_id"],
            old_score=old["score"],
            old_verdict=old["verdict"],
            new_score=outcome.score,
            new_verdict=outcome.verdict,
            override_in_force=overrides["override_in_force"],
            grade_overridden=overrides["grade_overridden"],
            outcome=outcome,
            analytics_key=(row["question"], row["assignment"]),
        )

    preview = run_job(work)
    if preview is None:
        return "the attempt no longer exists"
    redis = redis_connection(get_settings().redis_address)
    redis.hset(batch_key(batch_id), str(attempt_id), msgspec.json.encode(preview))
    return preview.new_verdict


def publish_batch(job: PublishBatch) -> int:
    """The `PublishBatch` job: apply every previewed outcome, each with the grade it moves; unless
    `keep_overrides`, first end the overrides in force on the rejudged attempts. Answers how many attempts changed."""
    batch_id, keep_overrides, actor = job.batch_id, job.keep_overrides, job.actor
    settings = get_settings()
    redis = redis_connection(settings.redis_address)
    stored = redis.hgetall(batch_key(batch_id))
    meta = json.loads(stored.pop(b"meta"))
    previews = [msgspec.json.decode(v, type=Preview) for v in stored.values()]
    reason = f"removed by publishing rejudge {batch_id}"

    async def work(connection: asyncpg.Connection) -> list[int]:
        async with connection.transaction():  # the whole publish, with its audit rows
            removed = await apply(connection)
            await record_publish(connection, batch_id, actor, keep_overrides, previews, removed)
        return removed

    async def apply(connection: asyncpg.Connection) -> list[int]:
        removed = []
        for preview in previews:
            query, args = named(REMOVE_OVERRIDE_SQL, attempt=preview.attempt_id, author=actor, reason=reason)
            if not keep_overrides and await connection.fetchval(query, *args):
                removed.append(preview.attempt_id)
                student, question, assignment = preview.user_id, *preview.analytics_key
                await ledger.recount(
                    connection,
                    student=student,
                    assignment=assignment,
                    question=question,
                    cause=GradeCause.override_removed,
                    actor=actor,
                )
            await write_outcome(connection, preview.attempt_id, preview.outcome, actor=actor)
        return removed

    removed = run_job(work)
    done = {**meta, "published": True, "keep_overrides": keep_overrides, "overrides_removed": removed}
    redis.hset(batch_key(batch_id), "meta", json.dumps(done))
    for preview in previews:
        announce(settings, preview.attempt_id, preview.analytics_key)
    return sum(p.old_score != p.new_score for p in previews)


CLASSES_SQL = """
SELECT s.id, m.class_id FROM submission_attempt s JOIN assignment a ON a.id = s.assignment
JOIN content_item ci ON ci.id = a.content_item JOIN modules m ON m.id = ci.module WHERE s.id = ANY(:attempts::int[])
"""


async def record_publish(
    connection: asyncpg.Connection,
    batch_id: str,
    actor: int | None,
    keep_overrides: bool,
    previews: list[Preview],
    removed: list[int],
) -> None:
    """One audit row per class the batch touched: the scores it changed there ({attempt: score} before and after)
    and the overrides it ended."""
    query, args = named(CLASSES_SQL, attempts=[p.attempt_id for p in previews])
    class_of = {r["id"]: r["class_id"] for r in await connection.fetch(query, *args)}
    for class_id in sorted(set(class_of.values())):
        mine = [p for p in previews if class_of.get(p.attempt_id) == class_id]
        moved = [p for p in mine if p.old_score != p.new_score]
        before = {"scores": {str(p.attempt_id): p.old_score for p in moved}, "batch": None, "keep_overrides": None}
        after = {"scores": {str(p.attempt_id): p.new_score for p in moved}, "batch": batch_id}
        after |= {
            "keep_overrides": keep_overrides,
            "overrides_removed": [a for a in removed if class_of.get(a) == class_id],
        }
        await audit.record(
            actor,
            AuditKind.rejudge_publish,
            "rejudge",
            None,
            class_id=class_id,
            before=before,
            after=after,
            connection=connection,
        )


def run(
    *, question_id: int | None, item_id: int | None, progress: Callable[[int, int], None], poll: float = 0.5
) -> tuple[str, dict]:
    """Start a rejudge of every finished attempt (all classes: an operator's command) and wait for its preview;
    `progress(done, total)` is called while the workers grade. Answers the batch id and the finished batch."""
    settings = get_settings()
    ids = asyncio.run(attempts_to_rejudge(question_id=question_id, item_id=item_id))
    batch_id = start_batch(settings, ids, {"question_id": question_id, "assignment_id": item_id})
    while (batch := read_batch(settings, batch_id))["done"] < batch["total"]:
        progress(batch["done"], batch["total"])
        time.sleep(poll)
    progress(batch["done"], batch["total"])
    return batch_id, batch
