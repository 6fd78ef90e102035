"""What the API and the workers share: job names and ids, lanes, channels, Redis keys, the attempts to rejudge.

Dependencies run one way (`jobs` imports `app`, never the reverse), so the API enqueues jobs by the dotted names
declared here and the workers import every key and name from here; a name spelled in two places cannot drift.
"""

from __future__ import annotations

import logging

import msgspec
from redis.exceptions import RedisError

from app.adapters.queue import enqueue
from app.settings import Settings
from tables.enums import AssignmentMode, AttemptStatus
from tables.submissions import SubmissionAttempt

log = logging.getLogger(__name__)

# jobs, enqueued by dotted path (RQ imports the module in the worker)
GRADE_JOB = "jobs.grading.grade_attempt"
PREVIEW_JOB = "jobs.rejudge.preview_attempt"
PUBLISH_JOB = "jobs.rejudge.publish_batch"
ANALYTICS_JOB = "jobs.analytics.record_question"

# lanes, in the priority order the workers listen to them; analytics last: grading always goes first
EXAM_LANE, PRACTICE_LANE, REJUDGE_LANE, ANALYTICS_LANE = "exam", "practice", "rejudge", "analytics"
GRADING_LANES = (EXAM_LANE, PRACTICE_LANE, REJUDGE_LANE)
WORKER_LANES = (*GRADING_LANES, ANALYTICS_LANE)

# grading metrics the workers record in Redis and /metrics reads
METRICS_KEY = "autograder:metrics"
VERDICTS_KEY = f"{METRICS_KEY}:verdicts"
DURATION_KEY = f"{METRICS_KEY}:duration"
DURATION_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

# attempts a rejudge may grade again: finished ones, whatever their verdict
REJUDGEABLE = (AttemptStatus.graded, AttemptStatus.error)
BATCH_TTL_SECONDS = 7 * 24 * 3600


class PreviewScores(msgspec.Struct):
    """An attempt's old and new outcome in a rejudge batch, as a preview job stores it under `batch_key`."""

    attempt_id: int
    user_id: int
    old_score: float | None
    old_verdict: str | None
    new_score: float
    new_verdict: str


def grade_job_id(attempt_id: int) -> str:
    return f"grade-{attempt_id}"


def preview_job_id(batch_id: str, attempt_id: int) -> str:
    return f"rejudge-{batch_id}-{attempt_id}"


def publish_job_id(batch_id: str) -> str:
    return f"rejudge-publish-{batch_id}"


def result_channel(attempt_id: int) -> str:
    """Where a worker announces an attempt's outcome; the long-poll listens there."""
    return f"attempt-done:{attempt_id}"


def batch_key(batch_id: str) -> str:
    """A Redis hash: `meta` (the batch's scope) and one field per previewed attempt."""
    return f"rejudge:{batch_id}"


def duration_bucket(bound: float) -> str:
    """The count of durations in (previous bound, bound]: one write per grading; /metrics adds them up."""
    return f"in:{bound}"


def lane_for(mode: str) -> str:
    return EXAM_LANE if mode == AssignmentMode.exam else PRACTICE_LANE


def enqueue_grading(settings: Settings, attempt_id: int, mode: str, *, lane: str | None = None) -> bool:
    """Enqueue after the attempt's transaction committed. False when Redis is down: the sweeper takes over."""
    try:
        enqueue(
            settings.redis_address,
            lane or lane_for(mode),
            GRADE_JOB,
            attempt_id,
            job_id=grade_job_id(attempt_id),
            retry=2,
        )
    except (RedisError, OSError) as exc:
        log.error("attempt %s stays queued for the sweeper: enqueue failed (%s)", attempt_id, exc)
        return False
    return True


async def attempts_to_rejudge(
    *, question_id: int | None = None, item_id: int | None = None, class_ids: list[int] | None = None
) -> list[int]:
    """Finished attempts of a question, or of the assignment whose content item is `item_id`, oldest first;
    only in `class_ids` when given (a question is used by many classes, a rejudge reaches only the caller's)."""
    finished = SubmissionAttempt.status.is_in(list(REJUDGEABLE))
    if question_id is not None:
        scope = SubmissionAttempt.question == question_id
    else:
        scope = SubmissionAttempt.assignment.content_item == item_id
    if class_ids is not None:
        scope &= SubmissionAttempt.assignment.content_item.module.class_.is_in(class_ids or [0])
    rows = await SubmissionAttempt.select(SubmissionAttempt.id).where(finished & scope).order_by(SubmissionAttempt.id)
    return [row["id"] for row in rows]
