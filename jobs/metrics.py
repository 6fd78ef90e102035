"""Grading metrics, kept in Redis so the API's /metrics shows what every worker on every host measured."""

from __future__ import annotations

import logging

from app.adapters.queue import redis_connection
from app.grading.contract import DURATION_BUCKETS, DURATION_KEY, VERDICTS_KEY, duration_bucket
from app.settings import get_settings

log = logging.getLogger(__name__)


def observe_grading(verdict: str, seconds: float) -> None:
    try:
        pipe = redis_connection(get_settings().redis_address).pipeline(transaction=False)
        pipe.hincrby(VERDICTS_KEY, verdict, 1)
        bound = next((bound for bound in DURATION_BUCKETS if seconds <= bound), None)
        if bound is not None:
            pipe.hincrby(DURATION_KEY, duration_bucket(bound), 1)
        pipe.hincrby(DURATION_KEY, "count", 1)
        pipe.hincrbyfloat(DURATION_KEY, "sum", seconds)
        pipe.execute()
    except Exception as exc:
        log.warning("grading metrics not recorded: %s", exc)
