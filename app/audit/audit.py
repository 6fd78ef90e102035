"""The audit log's one writer for the API and the workers, and its readers.

`record` runs inside the transaction of the change it records (it refuses to run outside one), so the row commits
or rolls back with the change, like the grade ledger's events. Writes made in Piccolo Admin are recorded by the
database itself (the triggers of the audit migration; app/admin_audit.py gives them the actor), never here, so one
change leaves one row.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec
from piccolo.engine import engine_finder

from app.audit.schemas import AuditEventView
from app.common import access, sql
from app.common.schemas import Page
from app.errors import Forbidden, InvalidInput
from app.logs import request_id
from tables.enums import AuditKind
from tables.users import User


def changed(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} of the fields whose JSON values differ (a field missing on one side is null)."""
    old, new = msgspec.to_builtins(dict(before)), msgspec.to_builtins(dict(after))
    return {key: [old.get(key), new.get(key)] for key in {**old, **new} if old.get(key) != new.get(key)}


INSERT_SQL = """
INSERT INTO audit_event (created_at, actor, class_id, kind, target_table, target_id, change, request_id)
VALUES (clock_timestamp(), :actor, :class_id, :kind, :target_table, :target_id, :change::jsonb, :request_id)
RETURNING id
"""


async def record(
    actor: User | int | None,
    kind: AuditKind,
    target_table: str,
    target_id: int | None,
    *,
    class_id: int | None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    connection: asyncpg.Connection | None = None,
) -> int:
    """One audit row for a change made in the current transaction (the API's Piccolo transaction, or a worker's
    `connection` inside its transaction); answers its sequence number."""
    if not (connection.is_in_transaction() if connection else engine_finder().current_transaction.get()):
        raise RuntimeError("audit.record runs inside the transaction of the change it records")
    actor_id = actor.id if isinstance(actor, User) else actor
    change = msgspec.json.encode(changed(before or {}, after or {})).decode()
    params = {
        "actor": actor_id,
        "class_id": class_id,
        "kind": kind.value,
        "target_table": target_table,
        "target_id": target_id,
        "change": change,
        "request_id": request_id.get(),
    }
    if connection is not None:
        query, values = sql.named(INSERT_SQL, **params)  # the same statement on a worker's asyncpg connection
        return await connection.fetchval(query, *values)
    return (await sql.rows(INSERT_SQL, **params))[0]["id"]


async def enrollment(
    actor: User, kind: AuditKind, class_id: int, member: int, before: str | None, after: str | None
) -> int:
    """A member's role in a class changed (null: not enrolled); the target is the member."""
    return await record(actor, kind, "users", member, class_id=class_id, before={"role": before}, after={"role": after})


async def class_change(actor: User, class_id: int, before: Mapping[str, Any], after: Mapping[str, Any]) -> int:
    """The class's own fields (title, term, settings, archived) changed."""
    return await record(
        actor, AuditKind.class_settings, "classes", class_id, class_id=class_id, before=before, after=after
    )


class AuditFilter(msgspec.Struct, frozen=True):
    """What a reader narrows the log to (None: any)."""

    actor: int | None = None
    kind: AuditKind | None = None
    since: datetime | None = None
    until: datetime | None = None


def instant(value: datetime | None, field: str) -> datetime | None:
    """A time filter in UTC (a time without an offset is UTC); 400 when it leaves the calendar's range."""
    if value is None:
        return None
    try:
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
    except OverflowError as exc:
        raise InvalidInput(f"{field} is out of range", field=field) from exc


EVENTS_SQL = """
SELECT id AS seq, created_at, actor AS actor_id, class_id, kind, target_table, target_id, change, request_id
FROM audit_event
WHERE id > :after AND (:class_id::int IS NULL OR class_id = :class_id) AND (:actor::int IS NULL OR actor = :actor)
  AND (:kind::text IS NULL OR kind = :kind) AND (:since::timestamptz IS NULL OR created_at >= :since)
  AND (:until::timestamptz IS NULL OR created_at < :until)
ORDER BY id
LIMIT :limit
"""


async def _page(class_id: int | None, where: AuditFilter, after: int, limit: int) -> Page[AuditEventView]:
    kind = where.kind.value if where.kind is not None else None
    found = await sql.rows(
        EVENTS_SQL,
        after=after,
        class_id=class_id,
        actor=where.actor,
        kind=kind,
        since=where.since,
        until=where.until,
        limit=limit + 1,
    )
    items = msgspec.convert(
        [{**row, "change": msgspec.json.decode(row["change"])} for row in found[:limit]], list[AuditEventView]
    )
    return Page(items=items, next_cursor=str(items[-1].seq) if len(found) > limit else None, limit=limit)


async def for_class(user: User, class_id: int, where: AuditFilter, *, after: int, limit: int) -> Page[AuditEventView]:
    """A class's log, oldest first after the sequence number `after`: its instructors (and admins) only."""
    await access.require_class(user, class_id, access.EDITORS)
    return await _page(class_id, where, after, limit)


async def everything(
    user: User, class_id: int | None, where: AuditFilter, *, after: int, limit: int
) -> Page[AuditEventView]:
    """The whole log (or one class's), for admins."""
    if not access.is_admin(user):
        raise Forbidden("only admins read the whole audit log")
    return await _page(class_id, where, after, limit)
