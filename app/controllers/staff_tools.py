"""The staff's tools on a question or an assignment: analytics, and starting a rejudge (see rejudges.py)."""

from __future__ import annotations

from litestar import Controller, get, post

from app.auth import staff_guard
from app.insight import analytics
from app.insight.schemas import AssignmentStats, QuestionStats
from app.reviews import rejudge
from app.reviews.schemas import RejudgeStarted
from app.settings import Settings
from tables.users import User


class QuestionToolsController(Controller):
    path = "/questions"
    tags = ["staff"]
    guards = [staff_guard]

    @get("/{question_id:int}/analytics")
    async def question_analytics(self, user: User, question_id: int) -> QuestionStats:
        """Analytics of the question over the assignments of the classes the caller teaches."""
        return await analytics.for_question(user, question_id)

    @post("/{question_id:int}/rejudge", status_code=202)
    async def rejudge_question(self, user: User, question_id: int, settings: Settings) -> RejudgeStarted:
        """Grade every attempt of the question again as a preview; publish it when the old/new scores look right."""
        return await rejudge.start(user, settings, question_id=question_id)


class AssignmentToolsController(Controller):
    path = "/assignments"
    tags = ["staff"]
    guards = [staff_guard]

    @get("/{item_id:int}/analytics")
    async def assignment_analytics(self, user: User, item_id: int) -> AssignmentStats:
        """Per-question analytics of one assignment; the class's staff only."""
        return await analytics.for_assignment(user, item_id)

    @post("/{item_id:int}/rejudge", status_code=202)
    async def rejudge_assignment(self, user: User, item_id: int, settings: Settings) -> RejudgeStarted:
        """Grade every finished attempt of the assignment again as a preview; instructors and admins."""
        return await rejudge.start(user, settings, item_id=item_id)
