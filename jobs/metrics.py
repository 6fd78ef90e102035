"""Grading metrics, kept in Redis so the API's /metrics shows what every worker on every host measured."""

from __future__ import annotations

import logging

from app.adapters.queue import redis_connection
from app.settings import get_settings

log = logging.getLogger(__name__)
KEY = "autograder:metrics"
BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def bucket_field(bound: float) -> str:
    """The count of durations in (previous bound, bound]: one write per grading; /metrics adds them up."""
    return f"in:{bound}"


def observe_grading(verdict: str, seconds: float) -> None:
    try:
        pipe = redis_connection(get_settings().redis_address).pipeline(transaction=False)
        pipe.hincrby(f"{KEY}:verdicts", verdict, 1)
        bound = next((bound for bound in BUCKETS if seconds <= bound), None)
        if bound is not None:
            pipe.hincrby(f"{KEY}:duration", bucket_field(bound), 1)
        pipe.hincrby(f"{KEY}:duration", "count", 1)
        pipe.hincrbyfloat(f"{KEY}:duration", "sum", seconds)
        pipe.execute()
    except Exception as exc:
        log.warning("grading metrics not recorded: %s", exc)
