from piccolo.columns import JSONB, Boolean, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.courses import Module
from tables.enums import AssignmentMode, ContentType


class ContentItem(Table, tablename="content_item"):
    """Base row of polymorphic content; the child named by `type` shares its life (a deferred trigger checks it)."""

    module = ForeignKey(Module, on_delete=OnDelete.cascade, index=True)
    type = Varchar(length=20, choices=ContentType)
    title = Varchar(length=200)
    description = Text(default="")
    is_published = Boolean(default=False)
    due_date = Timestamptz(null=True, default=None)
    order_index = Integer(default=0)
    created_at = Timestamptz(default=TimestamptzNow())
    updated_at = Timestamptz(default=TimestamptzNow(), auto_update=TimestamptzNow().python)


class Assignment(Table, tablename="assignment"):
    content_item = ForeignKey(ContentItem, on_delete=OnDelete.cascade, unique=True)
    mode = Varchar(length=20, choices=AssignmentMode, default=AssignmentMode.practice.value)
    config = JSONB(default={})
    results_released_at = Timestamptz(null=True, default=None)  # staff released held (exam) results to students
    # when the grade ledger recorded the release (staff's, or `feedback_release_at` passing): exam grades are held
    # for integrations until then
    release_recorded_at = Timestamptz(null=True, default=None)


class Page(Table, tablename="page"):
    content_item = ForeignKey(ContentItem, on_delete=OnDelete.cascade, unique=True)
    body = Text(default="")
