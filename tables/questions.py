from piccolo.columns import (
    Boolean,
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
from tables.courses import Class
from tables.enums import CompareMode, Language, TestKind, ValidationState, Visibility
from tables.users import User


class Question(Table, tablename="questions"):
    """Slugs are unique per owner (a SQL migration holds UNIQUE (slug, owner)). `checker` is a Python program that
    judges `checker` tests; `revision` grows with every change a validation depends on, so an older validation's
    result never overwrites a newer pending state."""

    slug = Varchar(length=100)
    title = Varchar(length=200)
    prompt = Text(default="")
    language = Varchar(length=20, choices=Language, default=Language.python.value)
    starter_code = Text(default="")
    reference_solution = Text(default="")
    default_points = Float(default=1.0)
    time_limit_ms = Integer(null=True, default=None)
    memory_limit_mb = Integer(null=True, default=None)
    output_limit_kb = Integer(null=True, default=None)
    checker = Text(null=True, default=None)
    revision = Integer(default=1)
    owner = ForeignKey(User, on_delete=OnDelete.set_null, null=True, default=None)
    shared_with_class = ForeignKey(Class, on_delete=OnDelete.set_null, null=True, default=None)
    archived = Boolean(default=False)
    created_at = Timestamptz(default=TimestamptzNow())
    updated_at = Timestamptz(default=TimestamptzNow(), auto_update=TimestamptzNow().python)


class TestCase(Table, tablename="test_cases"):
    """`input` is stdin (io) or a call expression (call); `expected` is stdout (io) or a JSON value (call)."""

    question = ForeignKey(Question, on_delete=OnDelete.cascade, index=True)
    name = Varchar(length=200)
    kind = Varchar(length=10, choices=TestKind, default=TestKind.io.value)
    input = Text(default="")
    expected = Text(default="")
    compare_mode = Varchar(length=40, choices=CompareMode, default=CompareMode.trailing_whitespace.value)
    tolerance = Float(default=1e-6)
    weight = Float(default=1.0)
    visibility = Varchar(length=20, choices=Visibility, default=Visibility.visible.value)
    order_index = Integer(default=0)
    validation = Varchar(length=20, choices=ValidationState, default=ValidationState.pending.value)
    validation_reason = Text(default="")


class AssignmentQuestion(Table, tablename="assignment_question"):
    """Unique (assignment, question) and a deferrable unique (assignment, order_index) live in a SQL migration."""

    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    question = ForeignKey(Question, on_delete=OnDelete.restrict, index=True)
    order_index = Integer(default=0)
    custom_points = Float(null=True, default=None)
