"""Names and Role Provisioning: the platform's membership of a course applied to its class. Missing students are
created (no password: they sign in by launching), everyone listed is enrolled with the class role their LTI roles
give, and members the platform lists as inactive or no longer lists become inactive (never deleted; their attempts
and enrollment stay, but an inactive enrollment gives no access: app/common/access.py). Listed again, they are
active again. The platform's pages are fetched by a job (jobs/lti.py); this applies what it fetched.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
from piccolo.engine import engine_finder
from redis.asyncio import Redis

from app.adapters.queue import enqueue
from app.common import access, sql
from app.errors import Conflict, NotFound
from app.grading.contract import INTEGRATIONS_LANE
from app.grading.messages import SyncRoster
from app.lti import lti_mapping
from app.lti.lti_jwt import LaunchRefused
from app.lti.schemas import MemberResult, RosterSyncResult, RosterSyncStarted
from app.settings import Settings
from tables.courses import Enrollment
from tables.enums import ClassRole
from tables.lti import LtiContext, LtiMembership
from tables.users import User

log = logging.getLogger(__name__)
STAFF = frozenset({"admin", ClassRole.instructor.value})
AUTO_SYNC_EVERY = timedelta(hours=1)
GONE = ("Inactive", "Deleted")


def result_key(class_id: int) -> str:
    return f"autograder:lti:roster:{class_id}"


def job_id(class_id: int) -> str:
    return f"lti-roster-{class_id}"


async def _contexts(class_id: int) -> list[dict[str, Any]]:
    return await sql.rows(
        "SELECT id, memberships_url FROM lti_context WHERE class_id = :class_id AND memberships_url <> '' ORDER BY id",
        class_id=class_id,
    )


async def start(caller: User, class_id: int, settings: Settings) -> RosterSyncStarted:
    """Class instructors (and admins) start a sync; it runs as a job. 409 when the class has no LTI roster."""
    await access.require_class(caller, class_id, STAFF)
    if not await _contexts(class_id):
        raise Conflict("this class is not linked to a platform course with a roster service (launch it first)")
    return RosterSyncStarted(class_id=class_id, job_id=enqueue_sync(settings, class_id))


def enqueue_sync(settings: Settings, class_id: int) -> str:
    return enqueue(settings.redis_address, INTEGRATIONS_LANE, SyncRoster(class_id=class_id), job_id=job_id(class_id))


async def sync_after_launch(settings: Settings, context_pk: int, role: str) -> None:
    """An instructor's launch syncs the roster, at most hourly; a Redis outage only skips it (logged)."""
    if role != ClassRole.instructor.value:
        return
    since = datetime.now(UTC) - AUTO_SYNC_EVERY
    due = await sql.rows(
        "UPDATE lti_context SET roster_synced_at = now() WHERE id = :context AND memberships_url <> '' "
        "AND (roster_synced_at IS NULL OR roster_synced_at < :since) RETURNING class_id",
        context=context_pk,
        since=since,
    )
    if due:
        try:
            enqueue_sync(settings, due[0]["class_id"])
        except Exception as exc:  # the launch itself succeeded; the hourly sync waits for the next launch
            log.warning("roster sync after launch not enqueued: %s", exc)


async def latest(caller: User, class_id: int, redis: Redis) -> RosterSyncResult:
    await access.require_class(caller, class_id, STAFF)
    stored = await redis.get(result_key(class_id))
    if stored is None:
        raise NotFound("no roster sync has finished for this class yet")
    return msgspec.json.decode(stored, type=RosterSyncResult)


async def _member(platform_id: int, context: dict[str, Any], row: int, member: dict[str, Any]) -> MemberResult:
    sub = str(member.get("user_id") or "")
    email = member.get("email")
    if not sub:
        return MemberResult(row=row, sub="", email=email, status="invalid", reason="the member has no user_id")
    roles = [str(r) for r in member.get("roles") or []]
    try:
        user_id, created = await lti_mapping.account(platform_id, {**member, "sub": sub})
    except LaunchRefused as exc:
        return MemberResult(row=row, sub=sub, email=email, status="invalid", reason=exc.detail)
    result = MemberResult(row=row, sub=sub, email=email, status="already_enrolled", user_id=user_id)
    if member.get("status") in GONE:
        changed = await _deactivate(context, LtiMembership.user_id == user_id)
        result.status = "deactivated" if changed else "already_enrolled"
        return result
    enrolled = await Enrollment.exists().where(
        (Enrollment.class_id == context["class_id"]) & (Enrollment.user_id == user_id) & Enrollment.active.eq(True)
    )
    await lti_mapping.enroll(context["class_id"], user_id, lti_mapping.class_role(roles), context["id"], roles)
    result.status = "created" if created else "already_enrolled" if enrolled else "enrolled"
    return result


async def _deactivate(context: dict[str, Any], which: Any) -> list[int]:
    """Members of the context matched by `which` become inactive, in the platform's course and in the class (their
    enrollment: no access until they are back); answers whom it changed."""
    gone = (
        await LtiMembership.update({LtiMembership.active: False})
        .where((LtiMembership.context == context["id"]) & LtiMembership.active.eq(True) & which)
        .returning(LtiMembership.user_id)
    )
    users = [g["user_id"] for g in gone]
    if users:
        await Enrollment.update({Enrollment.active: False}).where(
            (Enrollment.class_id == context["class_id"]) & Enrollment.user_id.is_in(users)
        )
    return users


async def apply(context_pk: int, members: list[dict[str, Any]]) -> RosterSyncResult:
    """Apply one full membership listing to the context's class, in one transaction; members it no longer lists
    become inactive."""
    context = (
        await sql.rows("SELECT id, platform, class_id FROM lti_context WHERE id = :context", context=context_pk)
    )[0]
    if not members:  # a course always lists the instructor who launched: an empty listing is the platform's fault
        raise Conflict("the platform listed no members for this course: nothing was changed")
    async with engine_finder().transaction():
        items = [await _member(context["platform"], context, row, m) for row, m in enumerate(members, start=1)]
        listed = [r.user_id for r in items if r.user_id is not None]
        for gone in await _deactivate(context, LtiMembership.user_id.not_in(listed or [0])):
            items.append(MemberResult(row=len(items) + 1, sub="", email=None, status="deactivated", user_id=gone))
        await LtiContext.update({LtiContext.roster_synced_at: datetime.now(UTC)}).where(LtiContext.id == context_pk)
    statuses = ("created", "enrolled", "already_enrolled", "deactivated", "invalid")
    counts = {s: sum(1 for i in items if i.status == s) for s in statuses}
    return RosterSyncResult(items=items, **counts)
