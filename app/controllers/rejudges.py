"""Rejudge batches: their progress and publishing them (started from a question or an assignment)."""

from __future__ import annotations

from litestar import Controller, get, post

from app.auth import staff_guard
from app.reviews import rejudge
from app.reviews.schemas import RejudgeBatch, RejudgePublish
from app.settings import Settings
from tables.users import User


class RejudgeController(Controller):
    path = "/rejudges"
    tags = ["staff"]
    guards = [staff_guard]

    @get("/{batch_id:str}")
    async def rejudge_status(self, user: User, batch_id: str, settings: Settings) -> RejudgeBatch:
        """Progress, then per attempt the old and the new score and verdict."""
        return await rejudge.status(user, settings, batch_id)

    @post("/{batch_id:str}/publish", status_code=202)
    async def publish_rejudge(
        self, user: User, batch_id: str, settings: Settings, data: RejudgePublish | None = None
    ) -> RejudgeBatch:
        """Apply a finished rejudge preview's new scores; whoever may start it. Overrides in force on the rejudged
        attempts are kept (they keep counting) unless `keep_overrides` is false; the batch records what was done."""
        keep = data.keep_overrides if data is not None else True
        return await rejudge.publish(user, settings, batch_id, keep)
