"""Authoring validation (rejudge lane): the question's reference solution against every test, each test recorded
`valid` or `invalid` with the reason (the verdict and its excerpt).

The job validates one revision of the question (`app/questions/validation.py` bumps it with every change a
validation depends on); results are written only while that revision is current, under a share lock of the
question's row, so a validation of an older version never overwrites a newer `pending` state.
"""

from __future__ import annotations

import asyncpg

from app.common.sql import named, named_many
from app.grading.messages import ValidateQuestion
from jobs.db import run_job
from jobs.grading import TESTS_SQL, run_sandbox, slot
from jobs.verdicts import score_run

QUESTION_SQL = """
SELECT id, language, reference_solution, checker, time_limit_ms, memory_limit_mb, output_limit_kb, revision
FROM questions WHERE id = :question
"""
RECORD_SQL = (
    "UPDATE test_cases SET validation = :state, validation_reason = :reason WHERE id = :test AND question = :question"
)


def reason_for(verdict: str, excerpt: str) -> str:
    # the excerpt as it is: stripping it would hide the whitespace a wrong answer may be about
    return f"{verdict}: {excerpt}" if excerpt.strip() else verdict


async def _validate(connection: asyncpg.Connection, question_id: int, revision: int) -> str:
    query, args = named(QUESTION_SQL, question=question_id)
    found = await connection.fetchrow(query, *args)
    if found is None:
        return "the question no longer exists"
    if found["revision"] != revision:
        return f"revision {revision} was superseded by {found['revision']}"
    row = dict(found)
    query, args = named(TESTS_SQL, question=question_id)
    tests = [dict(t) for t in await connection.fetch(query, *args)]
    if not tests or not row["reference_solution"].strip():
        return "nothing to validate"
    judgement = await run_sandbox(row, row["language"], row["reference_solution"], tests)
    outcome = score_run(judgement, tests, points=1.0, late_penalty=0.0)
    records = [
        (t.test_id, "valid" if t.passed else "invalid", "" if t.passed else reason_for(t.verdict, t.excerpt))
        for t in outcome.tests
    ]
    async with connection.transaction():
        query, args = named("SELECT revision FROM questions WHERE id = :question FOR SHARE", question=question_id)
        current = await connection.fetchval(query, *args)
        if current != revision:
            return f"revision {revision} was superseded by {current} while it ran"
        await connection.executemany(
            *named_many(
                RECORD_SQL,
                (
                    {"test": test_id, "state": state, "reason": reason.replace("\x00", ""), "question": question_id}
                    for test_id, state, reason in records
                ),
            )
        )
    slot().prestart()
    invalid = sum(state == "invalid" for _, state, _ in records)
    return f"{len(records) - invalid} valid, {invalid} invalid"


def validate_question(job: ValidateQuestion) -> str:
    """The `ValidateQuestion` job (job id `validate_job_id(question id, revision)`)."""
    return run_job(lambda connection: _validate(connection, job.question_id, job.revision))
