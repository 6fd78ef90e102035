"""/metrics: the HTTP metrics of every API process (Prometheus multiprocess mode when PROMETHEUS_MULTIPROC_DIR is
set, as `autograder api` and `autograder run` do), and the grading metrics read when Prometheus scrapes: queue depth,
failed jobs per lane and workers alive (from RQ in Redis), grading durations and verdicts (recorded by the workers in
Redis), attempts by status and the oldest queued attempt's age (refreshed from PostgreSQL in the background).

Only a caller with `Authorization: Bearer <METRICS_TOKEN>` reads it; with no token configured it answers 404.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import time

from litestar import Controller, Request, Response, get
from litestar.datastructures import State
from piccolo.query.functions.aggregate import Count, Min
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest, multiprocess
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from rq import Worker
from rq.registry import FailedJobRegistry

from app.adapters.queue import queue, redis_connection
from app.errors import NotFound
from app.grading import contract
from app.lti import lti_passback
from app.settings import Settings
from tables.enums import AttemptStatus
from tables.submissions import SubmissionAttempt

log = logging.getLogger(__name__)


class GradingMetricsCollector:
    _instance: GradingMetricsCollector | None = None

    def __init__(self, redis_url: str) -> None:
        self.redis_url = redis_url
        self.attempts_by_status: dict[str, int] = {}
        self.oldest_queued_at: float | None = None  # epoch seconds of the oldest queued attempt
        self.lti_scores: dict[str, int] = {}  # LTI score passback deliveries by status (failed: waiting to retry)

    @classmethod
    def register(cls, settings: Settings) -> GradingMetricsCollector:
        if cls._instance is None:
            cls._instance = cls(settings.redis_address)
            cls.registry = CollectorRegistry(auto_describe=True)
            cls.registry.register(cls._instance)
        return cls._instance

    def collect(self):
        depth = GaugeMetricFamily("autograder_queue_depth", "Jobs waiting per grading lane", labels=["lane"])
        failed = GaugeMetricFamily(
            "autograder_failed_jobs", "Jobs in RQ's failed-job registry per lane", labels=["lane"]
        )
        workers = GaugeMetricFamily("autograder_workers_alive", "Grading workers registered in Redis")
        verdicts = CounterMetricFamily("autograder_verdicts", "Graded attempts by verdict", labels=["verdict"])
        statuses = GaugeMetricFamily("autograder_attempts", "Attempts by status", labels=["status"])
        oldest = GaugeMetricFamily(
            "autograder_oldest_queued_seconds", "Age of the oldest attempt still queued (0: none)"
        )
        lti = GaugeMetricFamily("autograder_lti_scores", "LTI score deliveries by status", labels=["status"])
        for status in lti_passback.STATUSES:
            lti.add_metric([status], self.lti_scores.get(status, 0))
        for status in AttemptStatus:
            statuses.add_metric([status.value], self.attempts_by_status.get(status, 0))
        oldest.add_metric([], max(0.0, time.time() - self.oldest_queued_at) if self.oldest_queued_at else 0.0)
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
                failed.add_metric([lane], FailedJobRegistry(queue=queue(self.redis_url, lane)).count)
            workers.add_metric([], Worker.count(connection=connection))
            for verdict, count in sorted(verdict_counts.items()):
                verdicts.add_metric([verdict.decode()], int(count))
            yield self._histogram({k.decode(): float(v) for k, v in duration.items()})
        except Exception as exc:
            log.warning("grading metrics unavailable: %s", exc)
        yield from (depth, failed, workers, verdicts, statuses, oldest, lti)

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
                oldest = await SubmissionAttempt.select(Min(SubmissionAttempt.submitted_at, alias="at")).where(
                    SubmissionAttempt.status == AttemptStatus.queued
                )
                at = oldest[0]["at"] if oldest else None
                self.oldest_queued_at = at.timestamp() if at else None
                self.lti_scores = await lti_passback.counts()
            except Exception as exc:
                log.debug("attempt counts not refreshed: %s", exc)
            await asyncio.sleep(interval)


def http_registry() -> CollectorRegistry:
    """Every API process's HTTP metrics summed (multiprocess mode), or this process's when running alone."""
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return REGISTRY
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    return registry


class MetricsController(Controller):
    """Prometheus text format; not in the OpenAPI document (it is for the scraper, not the API's clients)."""

    include_in_schema = False

    @get("/metrics", exclude_from_auth=True, sync_to_thread=True, media_type="text/plain")
    def metrics(self, request: Request, state: State) -> Response[bytes]:
        token = state.settings.metrics_token
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            # no token configured, or a wrong one: the same answer as a route that does not exist
            raise NotFound("not found")
        body = generate_latest(http_registry()) + generate_latest(GradingMetricsCollector.registry)
        return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")
