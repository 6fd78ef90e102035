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
    """Unique (class, user) is added in SQL by a migration. Foreign keys are named as their columns (the admin
    breaks on `db_column_name`)."""

    class_id = ForeignKey(Class, on_delete=OnDelete.cascade)
    user_id = ForeignKey(User, on_delete=OnDelete.cascade, index=True)
    role = Varchar(length=20, choices=ClassRole, default=ClassRole.student.value)
    student_id = Varchar(length=64, null=True, default=None)  # the institution's id, from the roster import
    # false: gone from the platform's roster (LTI) or set so by the class's instructors; an inactive member is no
    # member for access (app/common/access.py), their attempts and grades stay
    active = Boolean(default=True)
    created_at = Timestamptz(default=TimestamptzNow())


class Module(Table, tablename="modules"):
    """Unique (class, order_index) is a deferrable constraint, so a reorder can swap positions in one transaction."""

    class_id = ForeignKey(Class, on_delete=OnDelete.cascade)
    title = Varchar(length=200)
    order_index = Integer(default=0)
    created_at = Timestamptz(default=TimestamptzNow())
