"""Staff tools: analytics and rejudges."""

from __future__ import annotations

from litestar import Controller, get, post

from app.auth import staff_guard
from app.schemas.staff import AssignmentStats, QuestionStats, RejudgeBatch, RejudgeStarted
from app.services import analytics, rejudge
from app.settings import Settings
from tables.users import User


class StaffController(Controller):
    tags = ["staff"]
    guards = [staff_guard]

    @get("/questions/{question_id:int}/analytics")
    async def question_analytics(self, user: User, question_id: int) -> QuestionStats:
        return await analytics.for_question(user, question_id)

    @get("/assignments/{item_id:int}/analytics")
    async def assignment_analytics(self, user: User, item_id: int) -> AssignmentStats:
        return await analytics.for_assignment(user, item_id)

    @post("/questions/{question_id:int}/rejudge", status_code=202)
    async def rejudge_question(self, user: User, question_id: int, settings: Settings) -> RejudgeStarted:
        """Grade every attempt of the question again as a preview; publish it when the old/new scores look right."""
        return await rejudge.start(user, settings, question_id=question_id)

    @post("/assignments/{item_id:int}/rejudge", status_code=202)
    async def rejudge_assignment(self, user: User, item_id: int, settings: Settings) -> RejudgeStarted:
        return await rejudge.start(user, settings, item_id=item_id)

    @get("/rejudges/{batch_id:str}")
    async def rejudge_status(self, user: User, batch_id: str, settings: Settings) -> RejudgeBatch:
        """Progress, then per attempt the old and the new score and verdict."""
        return await rejudge.status(user, settings, batch_id)

    @post("/rejudges/{batch_id:str}/publish", status_code=202)
    async def publish_rejudge(self, user: User, batch_id: str, settings: Settings) -> RejudgeBatch:
        return await rejudge.publish(user, settings, batch_id)
