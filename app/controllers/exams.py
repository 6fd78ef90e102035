"""Exams and dates of an assignment: a student's session, per-student extensions, releasing held results."""

from __future__ import annotations

from litestar import Controller, Response, delete, get, post, put
from litestar.openapi.datastructures import ResponseSpec

from app.common.pagination import window
from app.common.schemas import Page
from app.content.schemas import ExamSessionView, ExtensionSet, ExtensionView, Release
from app.controllers.params import Cursor, Limit
from app.exams import exams, extensions
from tables.users import User


class ExamController(Controller):
    path = "/assignments"
    tags = ["exams"]

    @post(
        "/{item_id:int}/start",
        status_code=201,
        responses={
            200: ResponseSpec(
                data_container=ExamSessionView, description="the session already open", generate_examples=False
            )
        },
    )
    async def start(self, user: User, item_id: int) -> Response[ExamSessionView]:
        """Open the caller's exam session (201), or answer the one already open (200): ends_at is the earlier of
        the time limit (plus the student's extra minutes) and the end of the window, by the server's clock."""
        session, created = await exams.start(user, item_id)
        return Response(session, status_code=201 if created else 200)

    @get("/{item_id:int}/session")
    async def session(self, user: User, item_id: int) -> ExamSessionView:
        """The caller's own exam session with its server-clock ends_at; 404 until the caller has started one."""
        return await exams.read(user, item_id)

    @post("/{item_id:int}/release", status_code=200)
    async def release(self, user: User, item_id: int) -> Release:
        """Show held exam results (scores, tests, comments) to the students, per the assignment's feedback."""
        return await exams.release(user, item_id)

    @get("/{item_id:int}/extensions")
    async def list_extensions(
        self, user: User, item_id: int, limit: Limit = None, cursor: Cursor = None
    ) -> Page[ExtensionView]:
        """The students' extensions on this assignment, with their effective dates; the class's staff only."""
        size, offset = window(limit, cursor)
        return await extensions.list_for(user, item_id, limit=size, offset=offset)

    @put("/{item_id:int}/extensions/{user_id:int}")
    async def set_extension(self, user: User, item_id: int, user_id: int, data: ExtensionSet) -> ExtensionView:
        """A student's own dates: extra exam minutes, due date, window end (a running session's end moves too)."""
        return await extensions.put(user, item_id, user_id, data)

    @delete("/{item_id:int}/extensions/{user_id:int}")
    async def remove_extension(self, user: User, item_id: int, user_id: int) -> None:
        """Remove a student's extension (a running session moves back to the usual end); instructors and admins."""
        await extensions.delete(user, item_id, user_id)
