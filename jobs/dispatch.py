"""The workers' one entry point: a job's message decoded into its type and handed to that type's handler.

A message that does not decode (an unknown job, a missing or extra field, a wrong type) is refused: logged, failed
without retries (RQ keeps it in the failed registry for an operator), never guessed at.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import msgspec
from rq import get_current_job

from app.grading import messages
from jobs import analytics, grading, lti, rejudge, runs, similarity_report, validation

log = logging.getLogger("dispatch")

HANDLERS: dict[type[messages.JobMessage], Callable[[Any], Any]] = {
    messages.GradeAttempt: grading.grade_attempt,
    messages.PreviewAttempt: rejudge.preview_attempt,
    messages.PublishBatch: rejudge.publish_batch,
    messages.RecordQuestion: analytics.record_question,
    messages.ValidateQuestion: validation.validate_question,
    messages.ExecuteRun: runs.execute_run,
    messages.RunSimilarity: similarity_report.run_report,
    messages.SyncRoster: lti.sync_roster,
    messages.SendScores: lti.send_scores,
}


class RejectedMessage(Exception):
    """A job whose message is not one of ours: nothing was done."""


def handle(payload: str) -> Any:
    try:
        message = messages.decode(payload)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        job = get_current_job()
        if job is not None:
            job.retries_left = 0  # retrying cannot make it decode
        log.error("job %s refused: its message does not decode (%s)", job.id if job else "?", exc)
        raise RejectedMessage(str(exc)) from exc
    return HANDLERS[type(message)](message)
