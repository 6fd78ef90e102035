from piccolo.columns import (
    Boolean,
    Bytea,
    Float,
    ForeignKey,
    Integer,
    OnDelete,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.content import Assignment
from tables.enums import AttemptStatus
from tables.questions import Question, TestCase
from tables.users import User


class AssignmentProgress(Table, tablename="assignment_progress"):
    """Autosave; unique (user, assignment, question) lives in a SQL migration."""

    user_id = ForeignKey(User, on_delete=OnDelete.cascade)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    question = ForeignKey(Question, on_delete=OnDelete.cascade)
    current_code = Text(default="")
    time_spent = Integer(default=0)
    revision = Integer(default=1)
    updated_at = Timestamptz(default=TimestamptzNow())


class SubmissionAttempt(Table, tablename="submission_attempt"):
    """Immutable once written: a trigger lets only the grading outcome columns change (lateness among them: it is
    judged again when the due date or the late policy changes, app/content/lateness.py) and forbids DELETE."""

    user_id = ForeignKey(User, on_delete=OnDelete.restrict)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.restrict)
    question = ForeignKey(Question, on_delete=OnDelete.restrict)
    attempt_number = Integer()
    language = Varchar(length=20)
    code_blob_ref = Varchar(length=200)
    code_sha256 = Varchar(length=64)
    code_size = Integer()
    idempotency_key = Varchar(length=200, null=True, default=None)
    is_late = Boolean(default=False)
    late_penalty = Float(default=0.0)
    auto_submitted = Boolean(default=False)  # made by the exam clock at the session's end, not by the student
    submitted_at = Timestamptz(default=TimestamptzNow())
    # grading outcome, the only columns the trigger lets change
    status = Varchar(length=20, choices=AttemptStatus, default=AttemptStatus.queued.value)
    verdict = Varchar(length=30, null=True, default=None)
    score = Float(null=True, default=None)  # raw_score less the late penalty
    raw_score = Float(null=True, default=None)  # the points the tests gave, before the late penalty
    max_score = Float(null=True, default=None)
    execution_time_ms = Integer(null=True, default=None)
    graded_at = Timestamptz(null=True, default=None)
    lease_until = Timestamptz(null=True, default=None)
    # given a place in its lane's queue (the attempt contract's fair dispatch); null: waiting behind its student's
    # earlier attempts
    dispatched_at = Timestamptz(null=True, default=None)
    tries = Integer(default=0)
    error_reason = Text(null=True, default=None)


class TestResult(Table, tablename="test_result"):
    attempt = ForeignKey(SubmissionAttempt, on_delete=OnDelete.restrict, index=True)
    test_case = ForeignKey(TestCase, on_delete=OnDelete.restrict)
    passed = Boolean(default=False)
    verdict = Varchar(length=30)
    score = Float(default=0.0)
    time_ms = Integer(default=0)
    output_excerpt = Varchar(length=1000, default="")


class BlobOutbox(Table, tablename="blob_outbox"):
    """Code S3 has not taken yet (it was down at submit), under its sha256 (the content address of its object): the
    workers grade from here meanwhile, and the outbox sweeper moves it to S3, then deletes the row."""

    sha256 = Varchar(length=64, unique=True)
    code = Bytea()
    created_at = Timestamptz(default=TimestamptzNow())
