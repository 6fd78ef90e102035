"""The audit log: a class's for its instructors, everything for admins."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from litestar import Controller, get
from litestar.params import Parameter

from app.controllers.grades import AfterSeq
from app.controllers.params import Limit
from app.schemas.audit import AuditEventView
from app.schemas.common import Page
from app.services import audit
from app.services.pagination import window
from tables.enums import AuditKind
from tables.users import User

Actor = Annotated[int | None, Parameter(query="actor", ge=1, le=2**31 - 1, description="only this user's writes")]
Kind = Annotated[AuditKind | None, Parameter(query="kind", description="only writes of this kind")]
Since = Annotated[datetime | None, Parameter(query="since", description="only writes at or after this time")]
Until = Annotated[datetime | None, Parameter(query="until", description="only writes before this time")]
ClassId = Annotated[int | None, Parameter(query="class", ge=1, le=2**31 - 1, description="only this class's writes")]


class AuditController(Controller):
    path = "/"
    tags = ["audit"]

    @get("/classes/{class_id:int}/audit")
    async def class_audit(
        self,
        user: User,
        class_id: int,
        after: AfterSeq = 0,
        actor: Actor = None,
        kind: Kind = None,
        since: Since = None,
        until: Until = None,
        limit: Limit = None,
    ) -> Page[AuditEventView]:
        """The class's audit log (its instructors): every staff and admin write, oldest first, after the sequence
        number `after`; `next_cursor` is the `after` of the next page."""
        size, _ = window(limit, None)
        where = audit.AuditFilter(actor=actor, kind=kind, since=since, until=until)
        return await audit.for_class(user, class_id, where, after=after, limit=size)

    @get("/audit")
    async def all_audit(
        self,
        user: User,
        after: AfterSeq = 0,
        class_id: ClassId = None,
        actor: Actor = None,
        kind: Kind = None,
        since: Since = None,
        until: Until = None,
        limit: Limit = None,
    ) -> Page[AuditEventView]:
        """The whole audit log (admins), or one class's with `class`, oldest first after `after`."""
        size, _ = window(limit, None)
        where = audit.AuditFilter(actor=actor, kind=kind, since=since, until=until)
        return await audit.everything(user, class_id, where, after=after, limit=size)
