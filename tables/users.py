from piccolo.apps.user.tables import BaseUser
from piccolo.columns import JSONB, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow

from tables.enums import Role


class User(BaseUser, tablename="users"):
    """One identity for the API (JWT) and Piccolo Admin (session login); `username` holds the lower-cased email."""

    display_name = Varchar(length=200, default="")
    role = Varchar(length=20, choices=Role, default=Role.student.value, index=True)
    avatar_url = Varchar(length=500, null=True, default=None)
    settings = JSONB(default={})
    created_at = Timestamptz(default=TimestamptzNow())
    updated_at = Timestamptz(default=TimestamptzNow(), auto_update=TimestamptzNow().python)
