"""Users: one identity for the API and the admin. Roles map onto BaseUser's admin flags here (and in the database
trigger that enforces it on every write path): only the admin role may use Piccolo Admin."""

from __future__ import annotations

import os
from functools import cache
from typing import Any

import anyio
import msgspec
from piccolo.columns.combination import Combinable
from piccolo.engine import engine_finder
from piccolo.querystring import Selectable
from redis.asyncio import Redis

from app.accounts import sessions
from app.accounts.schemas import UserCreate, UserSummary, UserUpdate
from app.audit import audit
from app.common import access
from app.common.emails import canonical_email, checked
from app.common.pagination import page
from app.common.schemas import Page
from app.errors import Conflict, Forbidden, InvalidInput, NotFound
from tables import passwords
from tables.courses import Enrollment
from tables.enums import AuditKind, ClassRole, Role
from tables.users import User


def _summary_columns() -> tuple[Selectable, ...]:
    """UserSummary's columns. An invited account has no password yet: compared in the database, so no hash is read
    (built per query: a condition's SQL needs the engine, which is configured only once the settings are)."""
    invited = (User.password == "").querystring.as_alias("invited")
    return (User.id, User.email, User.display_name, User.role, User.active, invited)


def admin_flags(role: str) -> dict[str, bool]:
    """Piccolo Admin has no row-level permissions, so only the admin role may log in to it (and write)."""
    return {"admin": role == Role.admin.value, "superuser": role == Role.admin.value}


def check_password_policy(password: str, email: str) -> None:
    """At least 10 characters, at most 128, and not the email (nor its part before the @)."""
    if len(password) < passwords.MIN_LENGTH:
        raise InvalidInput(f"the password needs at least {passwords.MIN_LENGTH} characters", field="password")
    if len(password) > passwords.MAX_LENGTH:
        raise InvalidInput(f"the password may have at most {passwords.MAX_LENGTH} characters", field="password")
    folded = password.strip().lower()
    if folded in {canonical_email(email), canonical_email(email).split("@")[0]}:
        raise InvalidInput("the password may not be the email address", field="password")


def new_user(*, email: str, display_name: str, role: str, password_hash: str) -> User:
    """An unsaved user; an empty `password_hash` makes an invited account that cannot log in yet."""
    email = canonical_email(email)
    return User(
        username=email,
        email=email,
        password=password_hash,
        display_name=display_name,
        role=role,
        active=True,
        **admin_flags(role),
    )


@cache
def _hashing_slots() -> anyio.CapacityLimiter:
    """As many hashes at once as there are cores: more threads only thrash the caches (argon2id works through 7 MiB
    per hash) and hold more memory; a login burst queues here instead (measured in bench/logins.py)."""
    return anyio.CapacityLimiter(os.cpu_count() or 1)


async def hash_password(password: str) -> str:
    """argon2id, off the event loop."""
    return await anyio.to_thread.run_sync(passwords.hash_password, password, limiter=_hashing_slots())


async def verify_password(stored: str, password: str) -> tuple[bool, str | None]:
    """passwords.verify off the event loop, at most one per core at a time."""
    return await anyio.to_thread.run_sync(passwords.verify, stored, password, limiter=_hashing_slots())


class Credentials(msgspec.Struct, frozen=True):
    """Who signed in, as much as their token is made of."""

    id: int
    token_version: int
    role: str


async def authenticate(email: str, password: str) -> Credentials | None:
    """The active user with this email and password, or None; unknown emails cost the same hashing time.

    A legacy PBKDF2 hash that matches is replaced by an argon2id one (only if no one changed it meanwhile). Only the
    columns a login needs are read (a whole User object cost a login burst ~0.1 ms of CPU a login).
    """
    if len(password) > passwords.MAX_LENGTH or len(email) > 254:
        return None
    row = (
        await User.select(User.id, User.password, User.active, User.token_version, User.role)
        .where(User.email == canonical_email(email))
        .first()
    )
    stored = row["password"] if row is not None and row["active"] else ""
    ok, new_hash = await verify_password(stored, password)
    if not ok:
        return None
    if new_hash:
        await User.update({User.password: new_hash}).where((User.id == row["id"]) & (User.password == stored))
    return Credentials(row["id"], row["token_version"], row["role"])


async def _summary(user_id: int) -> UserSummary:
    found = await User.select(*_summary_columns()).where(User.id == user_id).first()
    if found is None:
        raise NotFound("user not found")
    return msgspec.convert(found, UserSummary)


async def create(caller: User, data: UserCreate) -> User:
    """Admins create accounts; with no password the account is invited (the caller mails the invitation)."""
    if not access.is_admin(caller):
        raise Forbidden("only admins create accounts")
    async with engine_finder().transaction():
        user = await create_account(data)
        after = {name: getattr(user, name) for name in AUDITED}
        await audit.record(caller, AuditKind.user, "users", user.id, class_id=None, after=after)
    return user


async def create_account(data: UserCreate) -> User:
    """The account (API and command line alike): the email checked and canonical, the password checked by the
    policy and hashed."""
    email = checked(data.email)
    if data.password is not None:
        check_password_policy(data.password, email)
    if await User.exists().where(User.email == email):
        raise Conflict(f"an account with email {email} exists", field="email")
    password_hash = await hash_password(data.password) if data.password is not None else ""
    user = new_user(email=email, display_name=data.display_name.strip(), role=data.role, password_hash=password_hash)
    await user.save()
    return user


async def get(user_id: int) -> UserSummary:
    return await _summary(user_id)


async def _instructs_a_class(caller: User) -> bool:
    return await Enrollment.exists().where(
        (Enrollment.user_id == caller.id) & (Enrollment.role == ClassRole.instructor.value) & Enrollment.active.eq(True)
    )


async def search(caller: User, *, text: str | None, role: str | None, limit: int, offset: int) -> Page[UserSummary]:
    """Admins search by email or name and filter by role; instructors of a class look one user up by exact email."""
    conditions: list[Combinable] = []
    if access.is_admin(caller):
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(User.email.ilike(pattern) | User.display_name.ilike(pattern))
    elif caller.role == Role.instructor.value or await _instructs_a_class(caller):
        if not text or "@" not in text:
            raise Forbidden("instructors look users up by their exact email (?search=email)")
        conditions.append(User.email == canonical_email(text))
    else:
        raise Forbidden("only admins and instructors look users up")
    if role:
        conditions.append(User.role == role)
    found = (
        await User.select(*_summary_columns())
        .where(*conditions)
        .order_by(User.email, User.id)
        .limit(limit + 1)
        .offset(offset)
    )
    return page(msgspec.convert(found, list[UserSummary]), limit, offset)


async def update(caller: User, user_id: int, data: UserUpdate, *, redis: Redis) -> UserSummary:
    """Admins change names, roles and activity (not their own role or activity: another admin must)."""
    if not access.is_admin(caller):
        raise Forbidden("only admins change accounts")
    if user_id == caller.id and (data.active is False or data.role not in (None, Role.admin)):
        raise Conflict("admins cannot demote or deactivate themselves; ask another admin")
    return await apply_update(user_id, data, redis=redis, actor=caller)


AUDITED = ("email", "display_name", "role", "active")  # what the audit log shows of an account's change


async def apply_update(user_id: int, data: UserUpdate, *, redis: Redis, actor: User | None = None) -> UserSummary:
    """A role or activity change bumps the token version (trigger): the user's tokens stop working at once.
    `actor`: the admin (None: the command line), for the audit log."""
    values: dict[Any, Any] = {}
    if data.display_name is not None:
        values[User.display_name] = data.display_name.strip()
    if data.role is not None:
        values[User.role] = data.role.value
        values.update({getattr(User, flag): on for flag, on in admin_flags(data.role).items()})
    if data.active is not None:
        values[User.active] = data.active
    if values:
        async with engine_finder().transaction():
            columns = [getattr(User, name) for name in AUDITED]
            before = await User.select(*columns).where(User.id == user_id).lock_rows().first()
            if before is None:
                raise NotFound("user not found")
            await User.update(values).where(User.id == user_id)
            after = {**before, **{c._meta.name: v for c, v in values.items() if c._meta.name in AUDITED}}
            await audit.record(actor, AuditKind.user, "users", user_id, class_id=None, before=before, after=after)
        await sessions.invalidate(redis, user_id)
    return await _summary(user_id)


async def id_by_email(email: str) -> int:
    row = await User.select(User.id).where(User.email == canonical_email(email)).first()
    if row is None:
        raise NotFound(f"no account with email {canonical_email(email)}")
    return row["id"]
