"""What the API and the workers share: job ids, lanes, channels, Redis keys, the attempts to rejudge.

Dependencies run one way (`jobs` imports `app`, never the reverse), so the API enqueues typed messages
(app/grading/messages.py) and the workers import every key and name from here; a name spelled in two places cannot
drift.
"""

from __future__ import annotations

import logging
from typing import Protocol

import msgspec
from redis.exceptions import RedisError

from app.adapters.queue import enqueue, redis_connection
from app.grading.messages import ExecuteRun, GradeAttempt, JobMessage, RunSimilarity, ValidateQuestion
from app.settings import Settings
from tables.enums import AssignmentMode, AttemptStatus, Verdict, Visibility

log = logging.getLogger(__name__)

# bumped whenever the similarity engine or its options change what a report would say: part of a report's input key
SIMILARITY_ENGINE_VERSION = 2

# lanes, in the priority order the workers listen to them; analytics last: grading always goes first. Runs (code run
# without submitting) wait behind every submission; authoring validation shares the rejudge lane.
EXAM_LANE, PRACTICE_LANE, REJUDGE_LANE, ANALYTICS_LANE = "exam", "practice", "rejudge", "analytics"
RUNS_LANE = "runs"
# A student's attempt that waited behind their own earlier ones (fair dispatch) goes here when a place frees: below
# practice, so a flooder's backlog, exam or practice, never takes a worker before a classmate's first submission
# (in the exam lane, which workers always take first, it kept every classmate's practice waiting for all of it).
BACKLOG_LANE = "backlog"
# calls to LMS platforms (LTI roster sync, score passback): last, and each job bounded (a rate limit reschedules)
INTEGRATIONS_LANE = "integrations"
GRADING_LANES = (EXAM_LANE, PRACTICE_LANE, BACKLOG_LANE, REJUDGE_LANE)
WORKER_LANES = (EXAM_LANE, PRACTICE_LANE, BACKLOG_LANE, RUNS_LANE, REJUDGE_LANE, ANALYTICS_LANE, INTEGRATIONS_LANE)

# language id -> the version of its installed toolchain, as the workers found it at start (a Redis hash)
LANGUAGE_VERSIONS_KEY = "autograder:language-versions"

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
    old_verdict: Verdict | None
    new_score: float
    new_verdict: Verdict
    # the score of the staff override in force on this attempt (null: none): publishing keeps it unless asked to
    # drop it, and while it stands the new score does not count
    override_in_force: float | None = None
    # the student's counted grade of this question is set by an override (on this attempt or another)
    grade_overridden: bool = False


class RunTestResult(msgspec.Struct):
    """One visible test of a run, as the worker stores it in `code_run.result`."""

    test_id: int
    name: str
    visibility: Visibility
    passed: bool
    verdict: Verdict
    time_ms: int | None  # None where the test is not revealed to the reader
    input: str | None = None
    expected: str | None = None
    output_excerpt: str | None = None


class RunResult(msgspec.Struct):
    """What a run produced: on custom input the program's stdout, stderr and verdict (`accepted`: it ran to
    completion); against the visible tests a verdict per test (and the first failure's as `verdict`)."""

    verdict: Verdict
    time_ms: int = 0
    stdout: str | None = None
    stderr: str | None = None
    tests: list[RunTestResult] | None = None


def grade_job_id(attempt_id: int) -> str:
    return f"grade-{attempt_id}"


def preview_job_id(batch_id: str, attempt_id: int) -> str:
    return f"rejudge-{batch_id}-{attempt_id}"


def publish_job_id(batch_id: str) -> str:
    return f"rejudge-publish-{batch_id}"


def validate_job_id(question_id: int, revision: int) -> str:
    return f"validate-{question_id}-{revision}"


def run_job_id(run_id: int) -> str:
    return f"run-{run_id}"


def similarity_job_id(report_id: int, input_key: str) -> str:
    return f"similarity-{report_id}-{input_key[:16]}"


def result_channel(attempt_id: int) -> str:
    """Where a worker announces an attempt's outcome; the long-poll listens there."""
    return f"attempt-done:{attempt_id}"


def run_channel(run_id: int) -> str:
    """Where a worker announces that a run is done."""
    return f"run-done:{run_id}"


def batch_key(batch_id: str) -> str:
    """A Redis hash: `meta` (the batch's scope) and one field per previewed attempt."""
    return f"rejudge:{batch_id}"


def duration_bucket(bound: float) -> str:
    """The count of durations in (previous bound, bound]: one write per grading; /metrics adds them up."""
    return f"in:{bound}"


def lane_for(mode: str) -> str:
    return EXAM_LANE if mode == AssignmentMode.exam else PRACTICE_LANE


def _enqueue_or_log(settings: Settings, lane: str, message: JobMessage, *, job_id: str, retry: int, left: str) -> bool:
    """Enqueue after the transaction that wrote the row committed; False (logged) when Redis is down."""
    try:
        enqueue(settings.redis_address, lane, message, job_id=job_id, retry=retry)
    except (RedisError, OSError) as exc:
        log.error("%s: enqueue failed (%s)", left, exc)
        return False
    return True


def enqueue_grading(
    settings: Settings, attempt_id: int, mode: str, *, lane: str | None = None, code: str | None = None
) -> bool:
    """False when Redis is down: the attempt stays queued and the sweeper takes over.

    `code`, when the caller has it at hand (the submit that stored it): the worker uses it instead of reading S3
    again, only if its sha256 is the attempt's `code_sha256`, so the stored object stays what is graded."""
    return _enqueue_or_log(
        settings,
        lane or lane_for(mode),
        GradeAttempt(attempt_id=attempt_id, code=code),
        job_id=grade_job_id(attempt_id),
        retry=2,
        left=f"attempt {attempt_id} stays queued for the sweeper",
    )


# A submit whose attempt waits behind its student's earlier ones keeps the code here for the job a worker enqueues
# when the place frees, so the worker need not read it back from S3 (a flood's attempts all wait). Lost, expired or
# altered, the worker reads the stored object: the job's code is used only when its sha256 is the attempt's.
WAITING_CODE_SECONDS = 3600


def waiting_code_key(attempt_id: int) -> str:
    return f"waiting-code:{attempt_id}"


def keep_waiting_code(settings: Settings, attempt_id: int, code: str) -> None:
    try:
        redis_connection(settings.redis_address).set(waiting_code_key(attempt_id), code, ex=WAITING_CODE_SECONDS)
    except (RedisError, OSError) as exc:
        log.warning("attempt %s waits; its code will be read from storage (%s)", attempt_id, exc)


def _take_waiting_codes(settings: Settings, attempt_ids: list[int]) -> list[str | None]:
    """The kept codes of attempts given their place (each taken once, in one round trip); None where none is kept."""
    if not attempt_ids:
        return []
    try:
        pipeline = redis_connection(settings.redis_address).pipeline(transaction=False)
        for attempt_id in attempt_ids:
            pipeline.getdel(waiting_code_key(attempt_id))
        found = pipeline.execute()
    except (RedisError, OSError) as exc:
        log.warning("kept codes not read, their workers read storage (%s)", exc)
        return [None] * len(attempt_ids)
    return [code.decode() if code is not None else None for code in found]


class Place(Protocol):
    """An attempt given its place in a lane (`app.grading.attempts.Dispatch`)."""

    attempt_id: int
    mode: AssignmentMode


def enqueue_places(
    settings: Settings, places: list[Place], *, lane: str | None = None, at_hand: dict[int, str] | None = None
) -> None:
    """The grading jobs of attempts given their places (after the commit that gave them), on `lane` or their mode's.
    Each job carries its code: the caller's (`at_hand`, by attempt id), else the one kept while the attempt waited
    (the submit's for its own attempt, the API's and the workers' for attempts that waited alike)."""
    at_hand = at_hand or {}
    waited = [place.attempt_id for place in places if place.attempt_id not in at_hand]
    codes = at_hand | dict(zip(waited, _take_waiting_codes(settings, waited), strict=True))
    for place in places:
        enqueue_grading(settings, place.attempt_id, place.mode, lane=lane, code=codes[place.attempt_id])


def enqueue_validation(settings: Settings, question_id: int, revision: int) -> bool:
    """False when Redis is down: the tests stay `pending` and the outbox sweeper enqueues them later."""
    return _enqueue_or_log(
        settings,
        REJUDGE_LANE,
        ValidateQuestion(question_id=question_id, revision=revision),
        job_id=validate_job_id(question_id, revision),
        retry=2,
        left=f"question {question_id} stays pending for the sweeper",
    )


def enqueue_run(settings: Settings, run_id: int) -> bool:
    return _enqueue_or_log(
        settings,
        RUNS_LANE,
        ExecuteRun(run_id=run_id),
        job_id=run_job_id(run_id),
        retry=1,
        left=f"run {run_id} not queued",
    )


def enqueue_similarity(settings: Settings, report_id: int, input_key: str) -> bool:
    """False when Redis is down: the report stays queued and the outbox sweeper enqueues it later."""
    return _enqueue_or_log(
        settings,
        ANALYTICS_LANE,
        RunSimilarity(report_id=report_id, input_key=input_key),
        job_id=similarity_job_id(report_id, input_key),
        retry=1,
        left=f"similarity report {report_id} stays queued for the sweeper",
    )
