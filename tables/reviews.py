"""Staff review of an attempt: score overrides and line comments, rows of their own (the attempt never changes)."""

from piccolo.columns import Float, ForeignKey, Integer, OnDelete, Text, Timestamptz
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.submissions import SubmissionAttempt
from tables.users import User


class ScoreOverride(Table, tablename="score_override"):
    """Append-only: the newest row of an attempt is the override in force (`new_score` null: the override was
    removed, the attempt counts its own score again); the older ones are its history."""

    attempt = ForeignKey(SubmissionAttempt, on_delete=OnDelete.restrict, index=True)
    author = ForeignKey(User, on_delete=OnDelete.set_null, null=True, default=None)
    old_score = Float(null=True, default=None)
    new_score = Float(null=True, default=None)
    reason = Text()
    created_at = Timestamptz(default=TimestamptzNow())


class SubmissionComment(Table, tablename="submission_comment"):
    """A staff comment on one line of an attempt's code (`line` null: on the whole attempt)."""

    attempt = ForeignKey(SubmissionAttempt, on_delete=OnDelete.restrict, index=True)
    author = ForeignKey(User, on_delete=OnDelete.set_null, null=True, default=None)
    line = Integer(null=True, default=None)
    body = Text()
    created_at = Timestamptz(default=TimestamptzNow())
