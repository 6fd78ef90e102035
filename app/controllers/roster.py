from __future__ import annotations

from typing import Any

from litestar import Controller, Request, post
from redis.asyncio import Redis

from app.accounts.schemas import InvitationSent, RosterResult
from app.courses import roster
from app.errors import InvalidInput
from app.settings import Settings
from tables.users import User


class RosterController(Controller):
    path = "/classes/{class_id:int}/roster"
    tags = ["classes"]

    @post("/", status_code=200)
    async def import_roster(
        self, user: User, class_id: int, request: Request[Any, Any, Any], settings: Settings, redis: Redis
    ) -> RosterResult:
        """Class instructors import `text/csv` (header `email,display_name[,student_id][,role]`) or JSON
        `{"rows": [...]}`: missing accounts are created invited (global students) and mailed; accounts in the
        caller's classes are enrolled, other accounts mailed an offer to join (`invited`); one answer per row."""
        body = await request.body()
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type == "text/csv":
            rows = roster.parse_csv(body)
        elif media_type in ("application/json", ""):
            rows = roster.decode_json(body)
        else:
            raise InvalidInput("send text/csv or application/json", field="content-type")
        return await roster.import_rows(user, class_id, rows, settings=settings, redis=redis)

    @post("/{user_id:int}/invitation", status_code=200, problems=(429,))
    async def resend_invitation(
        self, user: User, class_id: int, user_id: int, settings: Settings, redis: Redis
    ) -> InvitationSent:
        """Mail an enrolled account that has not chosen a password a new invitation (earlier links stop working);
        at most 3 an hour per account and 20 per sender (429 with Retry-After)."""
        return await roster.resend_invitation(user, class_id, user_id, settings=settings, redis=redis)
