"""The grade ledger: each student's counted score per assignment question, and every change of it as an event.

`question_grade` is what the gradebook, a student's grades and the exports read; `grade_event` is append-only (a
trigger refuses UPDATE and DELETE), written in the same transaction as the change it records, and its id is the
sequence integrations page by. Both are written only by app/grading/ledger.py.
"""

from piccolo.columns import BigInt, Boolean, Float, ForeignKey, OnDelete, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.content import Assignment, ContentItem
from tables.courses import Class
from tables.enums import GradeCause
from tables.questions import Question
from tables.submissions import SubmissionAttempt
from tables.users import User


class QuestionGrade(Table, tablename="question_grade"):
    """Unique (student, assignment, question) lives in a SQL migration."""

    class_id = ForeignKey(Class, on_delete=OnDelete.cascade, index=True)
    student = ForeignKey(User, on_delete=OnDelete.cascade)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    question = ForeignKey(Question, on_delete=OnDelete.cascade)
    attempt = ForeignKey(SubmissionAttempt, on_delete=OnDelete.set_null, null=True, default=None)  # the counted one
    score = Float(null=True, default=None)
    overridden = Boolean(default=False)  # the counted attempt's score is a staff override
    last_event = BigInt(null=True, default=None)
    updated_at = Timestamptz(default=TimestamptzNow())


class GradeEvent(Table, tablename="grade_event"):
    """One change of a counted question grade; its id is the ledger's sequence number."""

    class_id = ForeignKey(Class, on_delete=OnDelete.cascade)
    student = ForeignKey(User, on_delete=OnDelete.cascade)
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    content_item = ForeignKey(ContentItem, on_delete=OnDelete.cascade)
    question = ForeignKey(Question, on_delete=OnDelete.cascade)
    attempt = ForeignKey(SubmissionAttempt, on_delete=OnDelete.set_null, null=True, default=None)
    old_score = Float(null=True, default=None)
    new_score = Float(null=True, default=None)
    cause = Varchar(length=30, choices=GradeCause)
    # the assignment's results were held (an exam not yet released): nothing outside may show or send it; a
    # `released` event follows when they are released
    held = Boolean(default=False)
    actor = ForeignKey(User, on_delete=OnDelete.set_null, null=True, default=None)
    created_at = Timestamptz(default=TimestamptzNow())
