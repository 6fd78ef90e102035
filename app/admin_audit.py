"""Piccolo Admin's writes in the audit log.

The admin writes through Piccolo, past every service of ours, so the database records its changes: triggers on the
tables it may edit (see the audit migration) write one `admin_edit` row per changed row of the table the request
edits, with the before and after of the changed columns, whenever the transaction carries the setting
`audit.admin_actor`. Here each write request runs in one transaction with the request id and the table it edits set
on it, and the admin-only write check (app/admin.py), which runs inside that transaction with the signed-in admin at
hand, sets the actor. The API never sets `audit.admin_actor` (its services record through app/audit/audit.py), so
a change is never logged twice. The answer is held until the transaction ends, so a client never reads a change the
log does not show yet; a refused write (4xx, 5xx) is rolled back.
"""

from __future__ import annotations

import re

from piccolo.engine import engine_finder
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.common import sql
from app.logs import request_id

READS = ("GET", "HEAD", "OPTIONS")
TABLE = re.compile(r"/api/tables/([a-z_]+)/")  # the admin's table API: /admin/api/tables/<table>/[<id>/]


async def set_actor(user_id: int) -> None:
    """The admin making the current write: the triggers' actor, until the transaction ends."""
    await sql.rows("SELECT set_config('audit.admin_actor', :actor, true)", actor=str(user_id))


def audited_writes(app: ASGIApp) -> ASGIApp:
    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in READS:
            await app(scope, receive, send)
            return
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        table = TABLE.search(scope.get("path", ""))
        async with engine_finder().transaction() as transaction:
            await sql.rows(
                "SELECT set_config('audit.request_id', :request, true), set_config('audit.admin_table', :table, true)",
                request=request_id.get() or "",
                table=table.group(1) if table else "",
            )
            await app(scope, receive, hold)
            starts = [m for m in held if m["type"] == "http.response.start"]
            if not starts or starts[0]["status"] >= 400:
                await transaction.rollback()
        for message in held:
            await send(message)

    return wrapped
