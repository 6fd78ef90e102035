"""The jobs the API and the workers exchange, one typed message each.

A message travels as JSON through RQ to one worker entry point (`jobs.dispatch.handle`), which decodes it into
exactly one of these types (unknown fields, a missing field or a wrong type are refused there, never guessed) and
calls the handler registered for that type. So the API names no job function, and no job takes positional
arguments whose order two sides must remember.
"""

from __future__ import annotations

import msgspec


class JobMessage(msgspec.Struct, frozen=True, forbid_unknown_fields=True, tag_field="job"):
    """Base of every message; `job` (the tag) names its type on the wire."""


class GradeAttempt(JobMessage, tag="grade"):
    attempt_id: int
    # the code as submitted, when the submit had it at hand: used only if its sha256 is the attempt's
    code: str | None = None


class PreviewAttempt(JobMessage, tag="rejudge-preview"):
    batch_id: str
    attempt_id: int


class PublishBatch(JobMessage, tag="rejudge-publish"):
    batch_id: str
    keep_overrides: bool = True  # false: the overrides in force on the rejudged attempts end
    actor: int | None = None  # who published (recorded in the grade ledger)


class RecordQuestion(JobMessage, tag="analytics"):
    question_id: int
    assignment_id: int


class ValidateQuestion(JobMessage, tag="validate"):
    question_id: int
    revision: int


class ExecuteRun(JobMessage, tag="run"):
    run_id: int


class SyncRoster(JobMessage, tag="lti-roster"):
    """Pull an LTI-linked class's roster from its platform (NRPS)."""

    class_id: int


class SendScores(JobMessage, tag="lti-scores"):
    """Read new grade ledger events into the LTI score outbox and send what is due (AGS)."""


class RunSimilarity(JobMessage, tag="similarity"):
    report_id: int
    input_key: str  # the inputs the report was requested for: a newer request makes this job do nothing


AnyJob = (
    GradeAttempt
    | PreviewAttempt
    | PublishBatch
    | RecordQuestion
    | ValidateQuestion
    | ExecuteRun
    | RunSimilarity
    | SyncRoster
    | SendScores
)
JOB_TYPES: tuple[type[JobMessage], ...] = (
    GradeAttempt,
    PreviewAttempt,
    PublishBatch,
    RecordQuestion,
    ValidateQuestion,
    ExecuteRun,
    RunSimilarity,
    SyncRoster,
    SendScores,
)

# the one worker entry point RQ calls with a message's JSON
DISPATCH = "jobs.dispatch.handle"


def encode(message: JobMessage) -> str:
    return msgspec.json.encode(message).decode()


def decode(payload: str | bytes) -> AnyJob:
    """The message, or msgspec's error (DecodeError, ValidationError) naming what is wrong."""
    return msgspec.json.decode(payload, type=AnyJob)
