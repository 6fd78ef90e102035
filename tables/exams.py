"""Timed exam sessions and per-student extensions; unique (student, assignment) for both lives in a SQL migration."""

from piccolo.columns import ForeignKey, Integer, OnDelete, Timestamptz
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.content import Assignment
from tables.users import User


class ExamSession(Table, tablename="exam_session"):
    """A student's running exam, by server time; `finished_at` is set once its automatic submission has been made."""

    student = ForeignKey(User, on_delete=OnDelete.cascade)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade, index=True)
    started_at = Timestamptz(default=TimestamptzNow())
    ends_at = Timestamptz(default=TimestamptzNow())
    finished_at = Timestamptz(null=True, default=None)


class Extension(Table, tablename="extension"):
    """A student's own dates for one assignment: extra exam minutes, a personal due date and window end."""

    student = ForeignKey(User, on_delete=OnDelete.cascade)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade, index=True)
    extra_minutes = Integer(default=0)
    due_date = Timestamptz(null=True, default=None)
    available_until = Timestamptz(null=True, default=None)
    granted_by = ForeignKey(User, on_delete=OnDelete.set_null, null=True, default=None)
    updated_at = Timestamptz(default=TimestamptzNow())
