"""Login, logout and the caller's profile."""

from __future__ import annotations

from typing import Any

import msgspec
from redis.asyncio import Redis

from app.accounts import devices, login_throttle, sessions
from app.accounts.schemas import EnrollmentSummary, Me, ProfileUpdate, UserSettings
from app.accounts.users import Credentials, authenticate
from app.common import sql, time_zones
from app.common.emails import canonical_email
from app.common.jsonb import as_dict
from app.errors import InvalidInput, NotAuthenticated
from app.settings import Settings
from tables.enums import Role
from tables.users import User

BAD_CREDENTIALS = "email or password is wrong"


async def login(
    *,
    email: str,
    password: str,
    client: str,
    device_token: str | None,
    redis: Redis,
    settings: Settings,
    admin_only: bool = False,
) -> tuple[Credentials, str]:
    """The user for these credentials and a fresh device token. Failures are throttled per device when the caller
    presents a valid device token of this account, else per (email, address), per email and per address. With
    `admin_only` (the admin's login) any other role is answered exactly as a wrong password."""
    email = canonical_email(email)
    device = devices.device_id(settings, device_token, email)
    failures = await login_throttle.check(redis, settings, email=email, address=client, device=device)
    user = await authenticate(email, password)
    if user is None or (admin_only and user.role != Role.admin.value):
        await login_throttle.record_failure(redis, settings, email=email, address=client, device=device)
        raise NotAuthenticated(BAD_CREDENTIALS)
    if failures:
        await login_throttle.record_success(redis, email=email, address=client, device=device)
    return user, devices.issue(settings, email)


def read_settings(stored: Any) -> UserSettings:
    """Stored settings with defaults for what is missing; anything stored that no longer fits is dropped."""
    values = as_dict(stored)
    defaults = UserSettings()
    fields = {}
    for name in UserSettings.__struct_fields__:
        if name in values:
            try:
                msgspec.convert({name: values[name]}, UserSettings)
                fields[name] = values[name]
            except msgspec.ValidationError:
                continue
    return msgspec.structs.replace(defaults, **fields) if fields else defaults


def parse_settings(current: Any, changes: dict[str, object]) -> UserSettings:
    """The caller's changes over the stored settings; unknown keys, wrong types and unknown time zones are 400."""
    merged = {**msgspec.to_builtins(read_settings(current)), **changes}
    try:
        settings = msgspec.convert(merged, UserSettings)
    except msgspec.ValidationError as exc:
        raise InvalidInput(f"settings: {exc}", field="settings") from exc
    time_zones.require_known(settings.time_zone, "settings.time_zone")
    return settings


async def profile(user: User) -> Me:
    enrollments = await sql.fetch(
        EnrollmentSummary,
        "SELECT c.id AS class_id, c.code AS class_code, c.title AS class_title, e.role FROM enrollments e "
        "JOIN classes c ON c.id = e.class_id WHERE e.user_id = :user AND e.active ORDER BY c.code, c.id",
        user=user.id,
    )
    return Me(
        id=user.id,
        email=user.email,
        display_name=user.display_name,
        role=user.role,
        avatar_url=user.avatar_url,
        settings=read_settings(user.settings),
        enrollments=enrollments,
    )


async def update_profile(user: User, data: ProfileUpdate, *, redis: Redis) -> Me:
    values: dict[Any, Any] = {}
    if data.display_name is not None:
        values[User.display_name] = data.display_name.strip()
    if data.avatar_url is not None:
        values[User.avatar_url] = data.avatar_url
    if data.settings is not None:
        values[User.settings] = msgspec.json.encode(parse_settings(user.settings, data.settings)).decode()
    if values:
        await User.update(values).where(User.id == user.id)
        await sessions.invalidate(redis, user.id)
    fresh = await User.objects().where(User.id == user.id).first()
    return await profile(fresh)
