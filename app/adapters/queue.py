"""RQ on Redis: the JSON serializer; a job is one typed message (app/grading/messages.py) for the workers' one
entry point (the lanes are named in app.grading.contract)."""

from __future__ import annotations

from functools import cache

from redis import Redis
from rq import Callback, Queue, Retry
from rq.serializers import JSONSerializer

from app.grading.messages import DISPATCH, JobMessage, encode
from app.logs import request_id


@cache
def redis_connection(url: str) -> Redis:
    # short timeouts: a Redis outage must not stall a request, the outbox sweeper covers what is not enqueued;
    # no CLIENT SETINFO on new connections (see cache.async_redis)
    return Redis.from_url(
        url, socket_connect_timeout=1.0, socket_timeout=3.0, health_check_interval=30, driver_info=None
    )


def queue(url: str, lane: str) -> Queue:
    return Queue(lane, connection=redis_connection(url), serializer=JSONSerializer)


def enqueue(url: str, lane: str, message: JobMessage, *, job_id: str | None = None, retry: int = 0) -> str:
    """The message's JSON for `jobs.dispatch.handle` in the lane's queue."""
    return enqueue_call(url, lane, DISPATCH, encode(message), job_id=job_id, retry=retry)


def enqueue_call(
    url: str,
    lane: str,
    func: str,
    *args: object,
    job_id: str | None = None,
    retry: int = 0,
    on_failure: str | None = None,
) -> str:
    """RQ's own enqueue by dotted path (operations tests and the ping job use it; product jobs are messages)."""
    job = queue(url, lane).enqueue(
        func,
        *args,
        job_id=job_id,
        on_failure=Callback(on_failure) if on_failure else None,
        retry=Retry(max=retry) if retry else None,
        # logged by the worker and kept with the job: the job id, never the arguments (a grading job carries code)
        description=job_id or func,
        result_ttl=300,
        failure_ttl=7 * 24 * 3600,
        # the request that caused the job: the worker logs the job's lines under the same id
        meta={"request_id": rid} if (rid := request_id.get()) else None,
    )
    return job.id
