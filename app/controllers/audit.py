"""The audit log: a class's for its instructors, everything for admins."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from litestar import Controller, get
from litestar.di import Provide
from litestar.params import Parameter

from app.audit import audit
from app.audit.schemas import AuditEventView
from app.common.pagination import window
from app.common.schemas import Page
from app.controllers.grades import AfterSeq
from app.controllers.params import Limit
from tables.enums import AuditKind
from tables.users import User

ClassFilter = Annotated[
    int | None, Parameter(query="class", ge=1, le=2**31 - 1, description="only this class's writes")
]


async def provide_filter(
    actor: Annotated[int | None, Parameter(ge=1, le=2**31 - 1, description="only this user's writes")] = None,
    kind: Annotated[AuditKind | None, Parameter(description="only writes of this kind")] = None,
    since: Annotated[datetime | None, Parameter(description="only writes at or after this time")] = None,
    until: Annotated[datetime | None, Parameter(description="only writes before this time")] = None,
) -> audit.AuditFilter:
    """The filters both audit routes take from the query string."""
    return audit.AuditFilter(actor, kind, audit.instant(since, "since"), audit.instant(until, "until"))


class AuditController(Controller):
    path = "/"
    tags = ["audit"]
    dependencies = {"where": Provide(provide_filter)}  # the filters both routes take

    @get("/classes/{class_id:int}/audit")
    async def class_audit(
        self, user: User, class_id: int, where: audit.AuditFilter, after: AfterSeq = 0, limit: Limit = None
    ) -> Page[AuditEventView]:
        """The class's audit log (its instructors): every staff and admin write, oldest first, after the sequence
        number `after`; `next_cursor` is the `after` of the next page."""
        size, _ = window(limit, None)
        return await audit.for_class(user, class_id, where, after=after, limit=size)

    @get("/audit")
    async def all_audit(
        self,
        user: User,
        where: audit.AuditFilter,
        after: AfterSeq = 0,
        class_id: ClassFilter = None,
        limit: Limit = None,
    ) -> Page[AuditEventView]:
        """The whole audit log (admins), or one class's with `class`, oldest first after `after`."""
        size, _ = window(limit, None)
        return await audit.everything(user, class_id, where, after=after, limit=size)
