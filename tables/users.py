import anyio
from piccolo.apps.user.tables import BaseUser
from piccolo.columns import JSONB, ForeignKey, Integer, OnDelete, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.columns.reference import LazyTableReference
from piccolo.table import Table

from tables import passwords
from tables.enums import AccountTokenPurpose, Role


class User(BaseUser, tablename="users"):
    """One identity for the API (JWT) and Piccolo Admin (session login); `username` holds the lower-cased email.

    A trigger keeps `email` trimmed and lower-cased (and `username` equal to it), sets the admin flags from `role`,
    and bumps `token_version` when the role, `active` or the password changes, whoever writes the row.
    Passwords are argon2id; PBKDF2 hashes of earlier versions still verify and are replaced at the next login.
    An invited account has an empty password until its invitation is accepted.
    """

    display_name = Varchar(length=200, default="")
    role = Varchar(length=20, choices=Role, default=Role.student.value, index=True)
    avatar_url = Varchar(length=500, null=True, default=None)
    settings = JSONB(default={})
    token_version = Integer(default=0)
    created_at = Timestamptz(default=TimestamptzNow())
    updated_at = Timestamptz(default=TimestamptzNow(), auto_update=TimestamptzNow().python)

    _min_password_length = passwords.MIN_LENGTH

    def __init__(self, **kwargs):
        password = kwargs.get("password")
        if password and not passwords.is_hash(password):
            kwargs["password"] = passwords.hash_password(password)
        Table.__init__(self, **kwargs)

    def __setattr__(self, name, value):
        if name == "password" and value and not passwords.is_hash(value):
            value = passwords.hash_password(value)
        Table.__setattr__(self, name, value)

    @classmethod
    def hash_password(cls, password: str, salt: str = "", iterations: int | None = None) -> str:
        """argon2id (BaseUser's salt and iteration arguments belong to PBKDF2 and are ignored)."""
        return passwords.hash_password(password)

    @classmethod
    def _validate_password(cls, password: str) -> None:
        BaseUser._validate_password.__func__(cls, password)
        if passwords.is_hash(password):
            raise ValueError("Do not pass a hashed password.")

    @classmethod
    async def login(cls, username: str, password: str) -> int | None:
        """Piccolo Admin's check of the current password (its change-password form; its login is answered by
        app/admin_session.py): admins only, hashing off the event loop, a legacy hash upgraded."""
        row = (
            await cls.select(cls.id, cls.password, cls.active, cls.role)
            .where(cls.username == username.strip().lower())
            .first()
        )
        stored = row["password"] if row else ""
        ok, new_hash = await anyio.to_thread.run_sync(passwords.verify, stored, password)
        if not ok or not row["active"] or row["role"] != Role.admin.value:
            return None
        if new_hash:
            await cls.update({cls.password: new_hash}).where((cls.id == row["id"]) & (cls.password == stored))
        return row["id"]

    @classmethod
    async def update_password(cls, user: str | int, password: str) -> None:
        """BaseUser's, with the hashing off the event loop."""
        cls._validate_password(password=password)
        clause = cls.username == user if isinstance(user, str) else cls.id == user
        password_hash = await anyio.to_thread.run_sync(passwords.hash_password, password)
        await cls.update({cls.password: password_hash}).where(clause)


class RevokedToken(Table, tablename="revoked_tokens"):
    """A logged-out access token (its `jti`) until it would have expired anyway."""

    user_id = ForeignKey(User, on_delete=OnDelete.cascade, index=True)
    jti = Varchar(length=64, unique=True)
    expires_at = Timestamptz()


class AccountToken(Table, tablename="account_tokens"):
    """One-time invitation, password-reset and class-invitation tokens: only their SHA-256 is stored; single use,
    expiring. A class invitation (`enrollment`) names the class and the class role offered."""

    user_id = ForeignKey(User, on_delete=OnDelete.cascade, index=True)
    purpose = Varchar(length=20, choices=AccountTokenPurpose)
    token_sha256 = Varchar(length=64, unique=True)
    expires_at = Timestamptz()
    used_at = Timestamptz(null=True, default=None)
    created_at = Timestamptz(default=TimestamptzNow())
    class_id = ForeignKey(
        LazyTableReference("Class", module_path="tables.courses"), on_delete=OnDelete.cascade, null=True, index=True
    )
    class_role = Varchar(length=20, null=True, default=None)
