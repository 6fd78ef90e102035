from piccolo.columns import JSONB, Boolean, ForeignKey, Integer, OnDelete, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.enums import ClassRole
from tables.users import User


class Class(Table, tablename="classes"):
    code = Varchar(length=50, unique=True)
    title = Varchar(length=200)
    term = Varchar(length=50, default="")
    settings = JSONB(default={})
    archived = Boolean(default=False)
    created_at = Timestamptz(default=TimestamptzNow())


class Enrollment(Table, tablename="enrollments"):
    """Unique (class, user) is added in SQL by a migration."""

    class_ = ForeignKey(Class, on_delete=OnDelete.cascade, db_column_name="class_id")
    user = ForeignKey(User, on_delete=OnDelete.cascade, index=True, db_column_name="user_id")
    role = Varchar(length=20, choices=ClassRole, default=ClassRole.student.value)
    created_at = Timestamptz(default=TimestamptzNow())


class Module(Table, tablename="modules"):
    """Unique (class, order_index) is a deferrable constraint, so a reorder can swap positions in one transaction."""

    class_ = ForeignKey(Class, on_delete=OnDelete.cascade, db_column_name="class_id")
    title = Varchar(length=200)
    order_index = Integer(default=0)
    created_at = Timestamptz(default=TimestamptzNow())
