from piccolo.columns import JSONB, ForeignKey, OnDelete, Text, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.content import Assignment
from tables.enums import Language, RunMode, RunStatus
from tables.questions import Question
from tables.users import User


class CodeRun(Table, tablename="code_run"):
    """Code run without submitting (custom stdin or the visible tests): never an attempt, kept a day.

    `result` is the worker's `app.grading.contract.RunResult` as JSON, null until the run is done."""

    owner = ForeignKey(User, on_delete=OnDelete.cascade, index=True)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    question = ForeignKey(Question, on_delete=OnDelete.cascade)
    language = Varchar(length=20, choices=Language)
    mode = Varchar(length=20, choices=RunMode)
    code = Text(default="")
    stdin = Text(default="")
    status = Varchar(length=20, choices=RunStatus, default=RunStatus.queued.value)
    result = JSONB(null=True, default=None)
    created_at = Timestamptz(default=TimestamptzNow(), index=True)
    finished_at = Timestamptz(null=True, default=None)
