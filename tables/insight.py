"""Staff insight: similarity reports per assignment question, and wrong-answer clusters kept by the analytics job."""

from piccolo.columns import JSONB, Boolean, Float, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.content import Assignment
from tables.enums import ReportState
from tables.questions import Question, TestCase
from tables.submissions import SubmissionAttempt
from tables.users import User


class SimilarityReport(Table, tablename="similarity_report"):
    """One per (assignment, question, include_past), unique in SQL. `inputs` holds the attempt ids compared
    (`current`, `past`) and `input_key` their digest with everything else that decides the result, so a request
    with nothing changed reuses the report."""

    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    question = ForeignKey(Question, on_delete=OnDelete.cascade)
    include_past = Boolean(default=False)
    state = Varchar(length=20, choices=ReportState, default=ReportState.queued.value)
    input_key = Varchar(length=64, default="")
    inputs = JSONB(default={})
    submissions = Integer(default=0)
    requested_by = ForeignKey(User, on_delete=OnDelete.set_null, null=True, default=None)
    requested_at = Timestamptz(default=TimestamptzNow())
    started_at = Timestamptz(null=True, default=None)
    finished_at = Timestamptz(null=True, default=None)
    lease_until = Timestamptz(null=True, default=None)
    tries = Integer(default=0)
    error = Text(null=True, default=None)


class SimilarityPair(Table, tablename="similarity_pair"):
    """A ranked pair of a finished report; `regions` are matched line ranges ({a_first, a_last, b_first, b_last})."""

    report = ForeignKey(SimilarityReport, on_delete=OnDelete.cascade, index=True)
    rank = Integer()
    attempt_a = ForeignKey(SubmissionAttempt, on_delete=OnDelete.cascade)
    attempt_b = ForeignKey(SubmissionAttempt, on_delete=OnDelete.cascade)
    student_a = ForeignKey(User, on_delete=OnDelete.cascade)
    student_b = ForeignKey(User, on_delete=OnDelete.cascade)
    score = Float()
    matched_tokens = Integer(default=0)
    regions = JSONB(default=[])


class WrongOutput(Table, tablename="wrong_output"):
    """One failed test of one graded attempt, its output normalized by the test's compare mode; unique (attempt,
    test_case) in SQL. Written by the analytics job as it analyses the attempt."""

    attempt = ForeignKey(SubmissionAttempt, on_delete=OnDelete.cascade, index=True)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    question = ForeignKey(Question, on_delete=OnDelete.cascade)
    test_case = ForeignKey(TestCase, on_delete=OnDelete.cascade)
    student = ForeignKey(User, on_delete=OnDelete.cascade)
    verdict = Varchar(length=30)
    output_key = Varchar(length=64)
    output = Text(default="")
    first_failure = Boolean(default=False)  # the attempt's first failing test, in test order


class WrongAnswerCluster(Table, tablename="wrong_answer_cluster"):
    """Per assignment question test, one row per distinct (verdict, normalized output); unique in SQL."""

    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    question = ForeignKey(Question, on_delete=OnDelete.cascade)
    test_case = ForeignKey(TestCase, on_delete=OnDelete.cascade)
    verdict = Varchar(length=30)
    output_key = Varchar(length=64)
    output = Text(default="")
    students = Integer(default=0)
    attempts = Integer(default=0)
    first_failure_students = Integer(default=0)  # students with an attempt whose first failing test this was
    example_attempt = ForeignKey(SubmissionAttempt, on_delete=OnDelete.set_null, null=True, default=None)
    updated_at = Timestamptz(default=TimestamptzNow())


class TestFailure(Table, tablename="test_failure"):
    """Per assignment question test: how many students failed it, and how many failed it first; unique in SQL."""

    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    question = ForeignKey(Question, on_delete=OnDelete.cascade)
    test_case = ForeignKey(TestCase, on_delete=OnDelete.cascade)
    failing_students = Integer(default=0)
    failing_attempts = Integer(default=0)
    first_failure_students = Integer(default=0)
    updated_at = Timestamptz(default=TimestamptzNow())
