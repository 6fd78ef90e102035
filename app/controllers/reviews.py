"""Staff review of a submission: its code as text, score overrides and line comments."""

from __future__ import annotations

from litestar import Controller, MediaType, get, post

from app.common.infra import Infra
from app.common.pagination import window
from app.common.schemas import Page
from app.controllers.params import Cursor, Limit
from app.reviews import reviews
from app.submissions.schemas import CommentCreate, CommentView, OverrideCreate, OverrideRemove, OverrideView
from tables.users import User


class ReviewController(Controller):
    path = "/submissions"
    tags = ["review"]

    @get("/{attempt_id:int}/code", media_type=MediaType.TEXT)
    async def code(self, user: User, attempt_id: int, infra: Infra) -> str:
        """The submitted code as text/plain: the class's staff and the attempt's own student."""
        return await reviews.code(user, attempt_id, infra)

    @post("/{attempt_id:int}/override")
    async def override(self, user: User, attempt_id: int, data: OverrideCreate) -> OverrideView:
        """A new counted score with a reason; the attempt itself never changes (class instructors, and TAs when
        the class's settings allow)."""
        return await reviews.override(user, attempt_id, data)

    @post("/{attempt_id:int}/override/removal", status_code=200)
    async def remove_override(self, user: User, attempt_id: int, data: OverrideRemove) -> OverrideView:
        """End the override in force, with a reason (kept as a row of the history without a score): the attempt
        counts its own score again (who may override may remove; 409 when none is in force)."""
        return await reviews.remove_override(user, attempt_id, data)

    @get("/{attempt_id:int}/overrides")
    async def overrides(
        self, user: User, attempt_id: int, limit: Limit = None, cursor: Cursor = None
    ) -> Page[OverrideView]:
        """The attempt's score overrides, newest first: staff always; the student once the results are released."""
        size, offset = window(limit, cursor)
        return await reviews.overrides(user, attempt_id, limit=size, offset=offset)

    @post("/{attempt_id:int}/comments")
    async def add_comment(self, user: User, attempt_id: int, data: CommentCreate, infra: Infra) -> CommentView:
        """A comment on one line of the code (or, without `line`, on the whole attempt); the class's staff only."""
        return await reviews.comment(user, attempt_id, data, infra)

    @get("/{attempt_id:int}/comments")
    async def comments(
        self, user: User, attempt_id: int, limit: Limit = None, cursor: Cursor = None
    ) -> Page[CommentView]:
        """Staff always; the student once the results are released."""
        size, offset = window(limit, cursor)
        return await reviews.comments(user, attempt_id, limit=size, offset=offset)
