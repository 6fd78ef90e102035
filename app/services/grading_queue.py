"""Handing attempts to the grading workers: the lane of the assignment's mode, the attempt id as job id."""

from __future__ import annotations

import logging

from redis.exceptions import RedisError

from app.adapters.queue import enqueue
from app.settings import Settings

log = logging.getLogger(__name__)
GRADE_JOB = "jobs.grading.grade_attempt"


def result_channel(attempt_id: int) -> str:
    return f"attempt-done:{attempt_id}"


def lane_for(mode: str) -> str:
    return "exam" if mode == "exam" else "practice"


def enqueue_grading(settings: Settings, attempt_id: int, mode: str, *, lane: str | None = None) -> bool:
    """Enqueue after the attempt's transaction committed. False when Redis is down: the sweeper takes over."""
    try:
        enqueue(
            settings.redis_address,
            lane or lane_for(mode),
            GRADE_JOB,
            attempt_id,
            job_id=f"grade-{attempt_id}",
            retry=2,
        )
    except (RedisError, OSError) as exc:
        log.error("attempt %s stays queued for the sweeper: enqueue failed (%s)", attempt_id, exc)
        return False
    return True
