"""Classes, enrollments and modules."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

import msgspec
from piccolo.engine import engine_finder
from redis.asyncio import Redis

from app.errors import Conflict, Forbidden, NotFound, RateLimited
from app.grading import ledger
from app.schemas.common import Page
from app.schemas.courses import (
    BulkEnrollResult,
    ClassCreate,
    ClassDetail,
    ClassSettings,
    ClassUpdate,
    EnrollmentDetail,
    EnrollmentOffered,
    ModuleDetail,
)
from app.services import access, class_invitations, merge_patch, ordering, sql, time_zones
from app.services.emails import canonical_email
from app.services.jsonb import as_dict, as_struct
from app.services.pagination import page
from app.services.patch import changes, sent
from app.settings import Settings
from tables.courses import Class, Enrollment, Module
from tables.enums import ClassRole, Role
from tables.users import User


def _class_detail(row: dict[str, Any], role: str) -> ClassDetail:
    return ClassDetail(
        id=row["id"],
        code=row["code"],
        title=row["title"],
        term=row["term"],
        settings=as_dict(row["settings"]),
        archived=row["archived"],
        my_role=role,
    )


async def list_classes(user: User, *, limit: int, offset: int, include_archived: bool) -> Page[ClassDetail]:
    """Archived classes are left out unless asked for, except a student's own: still listed, marked archived."""
    if access.is_admin(user):
        every = Class.select().order_by(Class.code, Class.id).limit(limit + 1).offset(offset)
        if not include_archived:
            every = every.where(Class.archived.eq(False))
        return page([_class_detail(row, Role.admin.value) for row in await every], limit, offset)
    kept = "" if include_archived else "AND (NOT c.archived OR e.role = 'student')"
    rows = await sql.rows(
        "SELECT c.*, e.role FROM classes c JOIN enrollments e ON e.class_id = c.id AND e.user_id = {} "
        f"WHERE true {kept} ORDER BY c.code, c.id LIMIT {{}} OFFSET {{}}",
        user.id,
        limit + 1,
        offset,
    )
    return page([_class_detail(row, row["role"]) for row in rows], limit, offset)


def _check_settings(settings: ClassSettings) -> ClassSettings:
    time_zones.require_known(settings.time_zone, "settings.time_zone")
    return settings


async def create_class(user: User, data: ClassCreate) -> ClassDetail:
    if user.role not in (Role.admin.value, Role.instructor.value):
        raise Forbidden("only instructors and admins create classes")
    _check_settings(data.settings)
    # codes are unique whatever their case (a unique index on lower(code) keeps it under concurrent creates)
    if await sql.rows("SELECT 1 FROM classes WHERE lower(code) = lower({})", data.code):
        raise Conflict(f"a class with code {data.code} exists", field="code")
    async with engine_finder().transaction():
        klass = Class(
            code=data.code, title=data.title, term=data.term, settings=msgspec.json.encode(data.settings).decode()
        )
        await klass.save()
        if user.role == Role.instructor.value:
            await Enrollment(class_id=klass.id, user_id=user.id, role=ClassRole.instructor).save()
    return await get_class(user, klass.id)


async def get_class(user: User, class_id: int) -> ClassDetail:
    role = await access.require_class(user, class_id, access.MEMBERS)
    row = (await Class.select().where(Class.id == class_id).output(load_json=True).first()) or {}
    return _class_detail(row, role)


async def update_class(user: User, class_id: int, data: ClassUpdate) -> ClassDetail:
    """`settings` is a JSON Merge Patch over the stored settings (read and written under the row's lock)."""
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    values: dict[Any, Any] = {getattr(Class, name): value for name, value in changes(data, ("title", "term")).items()}
    async with sql.transaction() as connection:
        policy_moved = False
        if sent(data.settings):
            # NO KEY UPDATE: the ledger rows a grading writes (foreign keys to this row) must not wait for us
            stored = await Class.select(Class.settings).where(Class.id == class_id).lock_rows("NO KEY UPDATE").first()
            settings = merge_patch.patched(stored["settings"], data.settings, ClassSettings, "settings")
            _check_settings(settings)
            values[Class.settings] = msgspec.json.encode(settings).decode()
            policy_moved = _policy(stored["settings"]) != settings.gradebook_score
        if values:
            await Class.update(values).where(Class.id == class_id)
        if policy_moved:  # the counted grades of the whole class move, recorded in the ledger
            await ledger.policy_changed(connection, class_id=class_id, actor=user.id)
    return await get_class(user, class_id)


def _policy(settings: str | dict | None) -> str:
    """The class's gradebook policy as stored (JSONB as text or loaded)."""
    return as_struct(settings, ClassSettings).gradebook_score


async def set_archived(user: User, class_id: int, archived: bool) -> ClassDetail:
    await access.require_class(user, class_id, access.EDITORS)
    await Class.update({Class.archived: archived}).where(Class.id == class_id)
    return await get_class(user, class_id)


# enrollments ---------------------------------------------------------------------------------------------------


async def list_enrollments(user: User, class_id: int, *, limit: int, offset: int) -> Page[EnrollmentDetail]:
    await access.require_class(user, class_id, access.STAFF)
    enrollments = await sql.fetch(
        EnrollmentDetail,
        "SELECT u.id AS user_id, u.email, u.display_name, e.role FROM enrollments e JOIN users u ON u.id = e.user_id "
        "WHERE e.class_id = {} ORDER BY e.role, u.email, u.id LIMIT {} OFFSET {}",
        class_id,
        limit + 1,
        offset,
    )
    return page(enrollments, limit, offset)


async def _user_by_email(email: str) -> User:
    found = await User.objects().where(User.email == canonical_email(email)).first()
    if found is None:
        raise NotFound(f"no user with email {email}", field="email")
    return found


async def enroll(
    user: User, class_id: int, *, email: str, role: str, settings: Settings, redis: Redis
) -> EnrollmentDetail | EnrollmentOffered:
    """Enrolled at once when the caller knows the account (app/services/class_invitations.py), else offered."""
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    target = await _user_by_email(email)
    if await Enrollment.exists().where((Enrollment.class_id == class_id) & (Enrollment.user_id == target.id)):
        raise Conflict(f"{target.email} is already enrolled", field="email")
    if not await class_invitations.known_to(user, [target.id]):
        sent = await class_invitations.offer(settings, redis, user, class_id, target, role)
        return EnrollmentOffered(user_id=target.id, email=target.email, role=role, invitation_sent=sent)
    await Enrollment(class_id=class_id, user_id=target.id, role=role).save()
    return EnrollmentDetail(user_id=target.id, email=target.email, display_name=target.display_name, role=role)


async def _keep_an_instructor(class_id: int, user_id: int) -> None:
    """Inside the caller's transaction: the class's instructor rows are locked, so two concurrent demotions cannot
    both see another instructor left."""
    instructors = (
        await Enrollment.select(Enrollment.user_id)
        .where((Enrollment.class_id == class_id) & (Enrollment.role == ClassRole.instructor.value))
        .lock_rows()
    )
    if [row["user_id"] for row in instructors] == [user_id]:
        raise Conflict("this is the class's last instructor: add another instructor first", reason="last_instructor")


async def change_enrollment(user: User, class_id: int, user_id: int, role: str) -> EnrollmentDetail:
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    async with engine_finder().transaction():
        if role != ClassRole.instructor:
            await _keep_an_instructor(class_id, user_id)
        updated = (
            await Enrollment.update({Enrollment.role: role})
            .where((Enrollment.class_id == class_id) & (Enrollment.user_id == user_id))
            .returning(Enrollment.id)
        )
    if not updated:
        raise NotFound("enrollment not found")
    target = await User.objects().where(User.id == user_id).first()
    return EnrollmentDetail(user_id=user_id, email=target.email, display_name=target.display_name, role=role)


async def remove_enrollment(user: User, class_id: int, user_id: int) -> None:
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    async with engine_finder().transaction():
        await _keep_an_instructor(class_id, user_id)
        deleted = (
            await Enrollment.delete()
            .where((Enrollment.class_id == class_id) & (Enrollment.user_id == user_id))
            .returning(Enrollment.id)
        )
    if not deleted:
        raise NotFound("enrollment not found")


async def bulk_enroll(
    user: User, class_id: int, *, emails: list[str], role: str, settings: Settings, redis: Redis
) -> BulkEnrollResult:
    """Accounts the caller knows are enrolled; the others are offered the class by mail (`invited`)."""
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    wanted = list(dict.fromkeys(canonical_email(e) for e in emails))
    known = {u.email: u for u in await User.objects().where(User.email.is_in(wanted))}
    enrolled_ids = {
        row["user"]
        for row in await Enrollment.select(Enrollment.user_id.as_alias("user")).where(
            (Enrollment.class_id == class_id) & (Enrollment.user_id.is_in([u.id for u in known.values()] or [0]))
        )
    }
    new = [e for e in wanted if e in known and known[e].id not in enrolled_ids]
    acquainted = await class_invitations.known_to(user, [known[e].id for e in new])
    added = [e for e in new if known[e].id in acquainted]
    invited = [e for e in new if known[e].id not in acquainted]
    if added:
        await Enrollment.insert(*[Enrollment(class_id=class_id, user_id=known[e].id, role=role) for e in added])
    for email in invited:
        with suppress(RateLimited):  # past the cap this address is not mailed again this hour
            await class_invitations.offer(settings, redis, user, class_id, known[email], role)
    return BulkEnrollResult(
        added=added,
        already_enrolled=[e for e in wanted if e in known and known[e].id in enrolled_ids],
        unknown=[e for e in wanted if e not in known],
        invited=invited,
    )


# modules -------------------------------------------------------------------------------------------------------


async def list_modules(user: User, class_id: int, *, limit: int, offset: int) -> Page[ModuleDetail]:
    await access.require_class(user, class_id, access.MEMBERS)
    modules = (
        await Module.select(Module.id, Module.class_id, Module.title, Module.order_index)
        .where(Module.class_id == class_id)
        .order_by(Module.order_index, Module.id)
        .limit(limit + 1)
        .offset(offset)
    )
    return page(msgspec.convert(modules, list[ModuleDetail]), limit, offset)


async def create_module(user: User, class_id: int, title: str) -> ModuleDetail:
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    # INSERT ... SELECT max() always inserts (and answers) exactly one row
    return await sql.fetch_one(
        ModuleDetail,
        "INSERT INTO modules (class_id, title, order_index, created_at) "
        "SELECT {}, {}, coalesce(max(order_index) + 1, 0), now() FROM modules WHERE class_id = {} "
        "RETURNING id, class_id, title, order_index",
        class_id,
        title,
        class_id,
    )


async def update_module(user: User, module_id: int, title: str) -> ModuleDetail:
    context = await access.module_context(user, module_id)
    access.check(context.role, access.EDITORS, "module", archived=context.archived)
    await Module.update({Module.title: title}).where(Module.id == module_id)
    return ModuleDetail(id=context.id, class_id=context.class_id, title=title, order_index=context.order_index)


async def delete_module(user: User, module_id: int) -> None:
    """Items go with the module, unless any of them has attempts: then 409 and nothing is deleted."""
    context = await access.module_context(user, module_id)
    access.check(context.role, access.EDITORS, "module", archived=context.archived)
    attempts = await sql.rows(
        "SELECT count(*) AS n FROM submission_attempt s JOIN assignment a ON a.id = s.assignment "
        "JOIN content_item ci ON ci.id = a.content_item WHERE ci.module = {}",
        module_id,
    )
    if attempts[0]["n"]:
        raise Conflict("this module has submission attempts; unpublish its items instead of deleting it")
    await Module.delete().where(Module.id == module_id)


async def reorder_modules(user: User, class_id: int, module_ids: list[int]) -> list[ModuleDetail]:
    """Atomic: the ids must be exactly the class's modules; the deferrable unique order allows the swap."""
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    await ordering.reorder(ordering.MODULES, class_id, module_ids, field="module_ids", what="module of the class")
    return (await list_modules(user, class_id, limit=1000, offset=0)).items
