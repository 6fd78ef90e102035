"""Classes, enrollments and modules."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

import msgspec
from piccolo.engine import engine_finder
from redis.asyncio import Redis

from app.audit import audit
from app.common import access, merge_patch, sql, time_zones
from app.common.emails import canonical_email
from app.common.jsonb import as_dict, as_struct
from app.common.pagination import page
from app.common.patch import changes, sent
from app.common.schemas import Page
from app.courses import class_invitations
from app.courses.schemas import (
    BulkEnrollResult,
    ClassCreate,
    ClassDetail,
    ClassSettings,
    ClassUpdate,
    EnrollmentDetail,
    EnrollmentOffered,
    EnrollmentUpdate,
)
from app.errors import Conflict, Forbidden, NotFound, RateLimited
from app.grading import ledger
from app.settings import Settings
from tables.courses import Class, Enrollment
from tables.enums import AuditKind, ClassRole, Role
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
        "SELECT c.*, e.role FROM classes c JOIN enrollments e ON e.class_id = c.id AND e.user_id = :user AND e.active "
        f"WHERE true {kept} ORDER BY c.code, c.id LIMIT :limit OFFSET :offset",
        user=user.id,
        limit=limit + 1,
        offset=offset,
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
    if await sql.rows("SELECT 1 FROM classes WHERE lower(code) = lower(:code)", code=data.code):
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
        # NO KEY UPDATE: the ledger rows a grading writes (foreign keys to this row) must not wait for us
        by_id = Class.id == class_id
        stored = await Class.select(Class.title, Class.term, Class.settings).where(by_id).lock_rows("NO KEY UPDATE")
        stored = {**stored[0], "settings": as_dict(stored[0]["settings"])}
        if sent(data.settings):
            settings = merge_patch.patched(stored["settings"], data.settings, ClassSettings, "settings")
            _check_settings(settings)
            values[Class.settings] = msgspec.json.encode(settings).decode()
            policy_moved = _policy(stored["settings"]) != settings.gradebook_score
        if values:
            await Class.update(values).where(Class.id == class_id)
        if policy_moved:  # the counted grades of the whole class move, recorded in the ledger
            await ledger.policy_changed(connection, class_id=class_id, actor=user.id)
        written = {column._meta.name: value for column, value in values.items()}
        after = {**stored, **written, "settings": as_dict(written.get("settings", stored["settings"]))}
        await audit.class_change(user, class_id, stored, after)
    return await get_class(user, class_id)


def _policy(settings: str | dict | None) -> str:
    """The class's gradebook policy as stored (JSONB as text or loaded)."""
    return as_struct(settings, ClassSettings).gradebook_score


async def set_archived(user: User, class_id: int, archived: bool) -> ClassDetail:
    await access.require_class(user, class_id, access.EDITORS)
    async with engine_finder().transaction():
        before = await Class.select(Class.archived).where(Class.id == class_id).lock_rows().first()
        await Class.update({Class.archived: archived}).where(Class.id == class_id)
        await audit.class_change(user, class_id, before, {"archived": archived})
    return await get_class(user, class_id)


# enrollments ---------------------------------------------------------------------------------------------------


async def list_enrollments(user: User, class_id: int, *, limit: int, offset: int) -> Page[EnrollmentDetail]:
    await access.require_class(user, class_id, access.STAFF)
    enrollments = await sql.fetch(
        EnrollmentDetail,
        "SELECT u.id AS user_id, u.email, u.display_name, e.role, e.active FROM enrollments e "
        "JOIN users u ON u.id = e.user_id "
        "WHERE e.class_id = :class_id ORDER BY e.role, u.email, u.id LIMIT :limit OFFSET :offset",
        class_id=class_id,
        limit=limit + 1,
        offset=offset,
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
    """Enrolled at once when the caller knows the account (app/courses/class_invitations.py), else offered."""
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    target = await _user_by_email(email)
    if await Enrollment.exists().where((Enrollment.class_id == class_id) & (Enrollment.user_id == target.id)):
        raise Conflict(f"{target.email} is already enrolled", field="email")
    if not await class_invitations.known_to(user, [target.id]):
        sent = await class_invitations.offer(settings, redis, user, class_id, target, role)
        return EnrollmentOffered(user_id=target.id, email=target.email, role=role, invitation_sent=sent)
    async with engine_finder().transaction():
        await Enrollment(class_id=class_id, user_id=target.id, role=role).save()
        await audit.enrollment(user, AuditKind.enrollment_added, class_id, target.id, None, role)
    return EnrollmentDetail(user_id=target.id, email=target.email, display_name=target.display_name, role=role)


async def _keep_an_instructor(class_id: int, user_id: int) -> None:
    """Inside the caller's transaction: the class's instructor rows are locked, so two concurrent demotions cannot
    both see another instructor left."""
    instructors = (
        await Enrollment.select(Enrollment.user_id)
        .where(
            (Enrollment.class_id == class_id)
            & (Enrollment.role == ClassRole.instructor.value)
            & Enrollment.active.eq(True)
        )
        .lock_rows()
    )
    if [row["user_id"] for row in instructors] == [user_id]:
        raise Conflict("this is the class's last instructor: add another instructor first", reason="last_instructor")


async def change_enrollment(user: User, class_id: int, user_id: int, data: EnrollmentUpdate) -> EnrollmentDetail:
    """The member's role, or whether they are active (an inactive member is no member; their work stays)."""
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    fields = changes(data, ("role", "active"))
    mine = (Enrollment.class_id == class_id) & (Enrollment.user_id == user_id)
    async with engine_finder().transaction():
        if fields.get("role", ClassRole.instructor) != ClassRole.instructor or fields.get("active") is False:
            await _keep_an_instructor(class_id, user_id)
        before = await Enrollment.select(Enrollment.role, Enrollment.active).where(mine).lock_rows().first()
        if before is None:
            raise NotFound("enrollment not found")
        if fields:
            await Enrollment.update({getattr(Enrollment, k): v for k, v in fields.items()}).where(mine)
        after = {**before, **fields}
        kind = AuditKind.enrollment_role
        await audit.record(user, kind, "users", user_id, class_id=class_id, before=before, after=after)
    target = await User.objects().where(User.id == user_id).first()
    return EnrollmentDetail(user_id=user_id, email=target.email, display_name=target.display_name, **after)


async def remove_enrollment(user: User, class_id: int, user_id: int) -> None:
    await access.require_class(user, class_id, access.EDITORS, writing=True)
    async with engine_finder().transaction():
        await _keep_an_instructor(class_id, user_id)
        deleted = (
            await Enrollment.delete()
            .where((Enrollment.class_id == class_id) & (Enrollment.user_id == user_id))
            .returning(Enrollment.role)
        )
        if not deleted:
            raise NotFound("enrollment not found")
        await audit.enrollment(user, AuditKind.enrollment_removed, class_id, user_id, deleted[0]["role"], None)


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
    async with engine_finder().transaction():
        if added:
            await Enrollment.insert(*[Enrollment(class_id=class_id, user_id=known[e].id, role=role) for e in added])
        for email in added:
            await audit.enrollment(user, AuditKind.enrollment_added, class_id, known[email].id, None, role)
    for email in invited:
        with suppress(RateLimited):  # past the cap this address is not mailed again this hour
            await class_invitations.offer(settings, redis, user, class_id, known[email], role)
    return BulkEnrollResult(
        added=added,
        already_enrolled=[e for e in wanted if e in known and known[e].id in enrolled_ids],
        unknown=[e for e in wanted if e not in known],
        invited=invited,
    )
