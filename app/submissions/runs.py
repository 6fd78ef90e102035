"""Runs: a student's code on their own input, or against the question's visible tests, without submitting.

A run is no attempt: it has its own short-lived row (`code_run`, deleted after a day by the workers' sweeper), its
own lane below practice, its own rate limit per student (`RUN_RATE_PER_MINUTE`), and it never reaches the
gradebook, the analytics or the attempt count. Who may run is who may submit (an enrolled student, a published
assignment, its window open); no attempt is spent, so neither `max_attempts` nor the due date stops a run.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import anyio
import msgspec

from app.common import access, ratelimit
from app.common.infra import Infra
from app.common.jsonb import as_struct
from app.common.sql import rows
from app.content.schemas import AssignmentConfig
from app.errors import InvalidInput, NotFound, ServiceUnavailable
from app.grading.contract import RunResult, enqueue_run, run_channel
from app.submissions import longpoll
from app.submissions.schemas import RunAccepted, RunCode, RunDetail
from app.submissions.submission_reads import MAX_WAIT_SECONDS
from app.submissions.submission_views import result_views
from app.submissions.submissions import open_question, sized_code
from tables.enums import RunMode, RunStatus, Visibility
from tables.questions import TestCase
from tables.runs import CodeRun
from tables.users import User

FINISHED = frozenset({RunStatus.done, RunStatus.error})
KEEP_HOURS = 24


def links(run_id: int) -> dict[str, str]:
    return {"self": f"/api/runs/{run_id}", "wait": f"/api/runs/{run_id}?wait=10"}


async def start_run(*, user: User, item_id: int, question_id: int, data: RunCode, infra: Infra) -> RunAccepted:
    settings = infra.settings
    if (data.stdin is None) == (data.tests is None):
        raise InvalidInput('send either "stdin" (custom input) or "tests": "visible"', field="tests")
    context = await access.assignment_context(user, item_id, allowed=access.STUDENTS)
    sized_code(data.code, settings, context)
    await open_question(user, context, question_id, data.language, now=datetime.now(UTC))
    mode = RunMode.stdin if data.stdin is not None else RunMode.visible
    if mode == RunMode.visible and not await TestCase.exists().where(
        (TestCase.question == question_id) & (TestCase.visibility == Visibility.visible)
    ):
        raise InvalidInput("this question has no visible tests; run it on your own input", field="tests")
    await ratelimit.enforce(
        infra.redis,
        f"run:{user.id}:{context.assignment_id}:{question_id}",
        settings.run_question_rate_per_minute,
        "runs of this question",
    )
    await ratelimit.enforce(infra.redis, f"run:{user.id}", settings.run_rate_per_minute, "runs")
    inserted = await CodeRun.insert(
        CodeRun(
            owner=user.id,
            assignment=context.assignment_id,
            question=question_id,
            language=data.language,
            mode=mode,
            code=data.code,
            stdin=data.stdin or "",
        )
    ).returning(CodeRun.id)
    run_id = inserted[0]["id"]
    if not await anyio.to_thread.run_sync(enqueue_run, settings, run_id):
        await CodeRun.update({CodeRun.status: RunStatus.error, CodeRun.finished_at: datetime.now(UTC)}).where(
            CodeRun.id == run_id
        )
        raise ServiceUnavailable("runs cannot be queued right now; try again shortly", service="redis")
    return RunAccepted(id=run_id, status=RunStatus.queued, links=links(run_id))


RUN_SQL = """
SELECT r.id, r.owner, r.assignment, ci.id AS item_id, r.question, r.language, r.mode, r.status, r.result,
       r.created_at, r.finished_at, ci.due_date, a.config
FROM code_run r JOIN assignment a ON a.id = r.assignment JOIN content_item ci ON ci.id = a.content_item
WHERE r.id = :run
"""


async def _load(user: User, run_id: int) -> dict[str, Any]:
    found = await rows(RUN_SQL, run=run_id)
    if not found or found[0]["owner"] != user.id:
        raise NotFound("run not found")
    return found[0]


async def _finished(run_id: int) -> bool:
    found = await CodeRun.select(CodeRun.status).where(CodeRun.id == run_id).first()
    return found is None or found["status"] in FINISHED


async def get_run(user: User, run_id: int, *, wait: float, infra: Infra) -> RunDetail:
    """The run (its owner only); `wait` seconds of long-poll until it is done."""
    if not 0 <= wait <= MAX_WAIT_SECONDS:
        raise InvalidInput(f"wait must be between 0 and {MAX_WAIT_SECONDS} seconds", field="wait")
    row = await _load(user, run_id)
    if wait and row["status"] not in FINISHED:
        async with longpoll.waiting_slot(infra.redis, user.id, infra.settings.longpolls_per_user, wait) as granted:
            if granted:
                await longpoll.wait_for(infra.pubsub, run_channel(run_id), lambda: _finished(run_id), wait)
                row = await _load(user, run_id)
    detail = RunDetail(
        id=row["id"],
        assignment_id=row["item_id"],
        question_id=row["question"],
        language=row["language"],
        mode=row["mode"],
        status=row["status"],
        created_at=row["created_at"],
        finished_at=row["finished_at"],
    )
    if row["result"] is None:
        return detail
    result = as_struct(row["result"], RunResult)
    tests = None
    if result.tests is not None:
        config = as_struct(row["config"], AssignmentConfig)
        # what a student's own submission would show of these tests under the assignment's feedback setting
        tests = result_views(
            result.tests, staff=False, feedback=config.feedback, due_date=row["due_date"], now=datetime.now(UTC)
        )
    return msgspec.structs.replace(
        detail, verdict=result.verdict, time_ms=result.time_ms, stdout=result.stdout, stderr=result.stderr, tests=tests
    )
