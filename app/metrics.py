"""Grading metrics for /metrics: queue depth per lane and attempts by status, read when Prometheus scrapes."""

from __future__ import annotations

import logging

from prometheus_client import REGISTRY
from prometheus_client.core import GaugeMetricFamily

from app.adapters.queue import LANES, redis_connection
from app.settings import Settings

log = logging.getLogger(__name__)


class QueueMetricsCollector:
    _registered = False

    def __init__(self, redis_url: str) -> None:
        self.redis_url = redis_url

    @classmethod
    def register(cls, settings: Settings) -> None:
        if cls._registered:
            return
        REGISTRY.register(cls(settings.redis_url or "redis://127.0.0.1:63799/0"))
        cls._registered = True

    def collect(self):
        depth = GaugeMetricFamily("autograder_queue_depth", "Jobs waiting per grading lane", labels=["lane"])
        try:
            connection = redis_connection(self.redis_url)
            pipe = connection.pipeline()
            for lane in LANES:
                pipe.llen(f"rq:queue:{lane}")
            for lane, length in zip(LANES, pipe.execute(), strict=True):
                depth.add_metric([lane], length)
        except Exception as exc:
            log.warning("queue depth unavailable: %s", exc)
        yield depth
