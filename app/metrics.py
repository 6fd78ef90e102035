"""Grading metrics for /metrics, read when Prometheus scrapes: queue depth per lane, grading durations and verdicts
(recorded by the workers in Redis), and attempts by status (refreshed from PostgreSQL by the API in the background).
"""

from __future__ import annotations

import asyncio
import logging

from piccolo.query.functions.aggregate import Count
from prometheus_client import REGISTRY
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily

from app import grading_contract as contract
from app.adapters.queue import redis_connection
from app.settings import Settings
from tables.enums import AttemptStatus
from tables.submissions import SubmissionAttempt

log = logging.getLogger(__name__)


class GradingMetricsCollector:
    _instance: GradingMetricsCollector | None = None

    def __init__(self, redis_url: str) -> None:
        self.redis_url = redis_url
        self.attempts_by_status: dict[str, int] = {}

    @classmethod
    def register(cls, settings: Settings) -> GradingMetricsCollector:
        if cls._instance is None:
            cls._instance = cls(settings.redis_address)
            REGISTRY.register(cls._instance)
        return cls._instance

    def collect(self):
        depth = GaugeMetricFamily("autograder_queue_depth", "Jobs waiting per grading lane", labels=["lane"])
        verdicts = CounterMetricFamily("autograder_verdicts", "Graded attempts by verdict", labels=["verdict"])
        statuses = GaugeMetricFamily("autograder_attempts", "Attempts by status", labels=["status"])
        for status in AttemptStatus:
            statuses.add_metric([status.value], self.attempts_by_status.get(status, 0))
        try:
            connection = redis_connection(self.redis_url)
            pipe = connection.pipeline()
            for lane in contract.WORKER_LANES:
                pipe.llen(f"rq:queue:{lane}")
            pipe.hgetall(contract.VERDICTS_KEY)
            pipe.hgetall(contract.DURATION_KEY)
            *lengths, verdict_counts, duration = pipe.execute()
            for lane, length in zip(contract.WORKER_LANES, lengths, strict=True):
                depth.add_metric([lane], length)
            for verdict, count in sorted(verdict_counts.items()):
                verdicts.add_metric([verdict.decode()], int(count))
            yield self._histogram({k.decode(): float(v) for k, v in duration.items()})
        except Exception as exc:
            log.warning("grading metrics unavailable: %s", exc)
        yield depth
        yield verdicts
        yield statuses

    @staticmethod
    def _histogram(values: dict[str, float]) -> HistogramMetricFamily:
        buckets, below = [], 0.0
        for bound in contract.DURATION_BUCKETS:
            below += values.get(contract.duration_bucket(bound), 0.0)
            buckets.append((str(bound), below))
        buckets.append(("+Inf", values.get("count", 0.0)))
        histogram = HistogramMetricFamily("autograder_grading_seconds", "Time to grade an attempt, sandbox included")
        histogram.add_metric([], buckets, sum_value=values.get("sum", 0.0))
        return histogram

    async def refresh_statuses_forever(self, interval: float = 5.0) -> None:
        while True:
            try:
                rows = await SubmissionAttempt.select(SubmissionAttempt.status, Count(alias="n")).group_by(
                    SubmissionAttempt.status
                )
                self.attempts_by_status = {row["status"]: row["n"] for row in rows}
            except Exception as exc:
                log.debug("attempt counts not refreshed: %s", exc)
            await asyncio.sleep(interval)
