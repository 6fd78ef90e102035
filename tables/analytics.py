"""Read-heavy aggregates, written only by analytics jobs and never joined into the hot paths."""

from piccolo.columns import JSONB, Boolean, Float, ForeignKey, Integer, OnDelete, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.content import Assignment
from tables.questions import Question
from tables.submissions import SubmissionAttempt


class SubmissionAnalysis(Table, tablename="submission_analysis"):
    attempt = ForeignKey(SubmissionAttempt, on_delete=OnDelete.cascade, unique=True)
    tests_total = Integer(default=0)
    tests_passed = Integer(default=0)
    first_failed_test = Varchar(length=200, null=True, default=None)
    is_first_pass = Boolean(default=False)
    seconds_since_first_attempt = Integer(default=0)
    updated_at = Timestamptz(default=TimestamptzNow())


class ProblemAnalytics(Table, tablename="problem_analytics"):
    """One row per question overall (assignment null) and one per assignment question; unique in SQL."""

    question = ForeignKey(Question, on_delete=OnDelete.cascade)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade, null=True, default=None)
    attempts = Integer(default=0)
    distinct_students = Integer(default=0)
    solved_students = Integer(default=0)
    pass_rate = Float(default=0.0)
    avg_attempts_to_first_pass = Float(null=True, default=None)
    avg_seconds_to_first_pass = Float(null=True, default=None)
    verdict_histogram = JSONB(default={})
    updated_at = Timestamptz(default=TimestamptzNow())
