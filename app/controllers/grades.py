"""A student's own grades in a class; for staff and integrations, the grade ledger: its events and a snapshot."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.params import Parameter

from app.common.pagination import window
from app.common.schemas import Page
from app.controllers.params import Limit
from app.grades import events, grades, snapshot
from app.grades.schemas import GradeEventView, GradeSnapshot, MyGrades
from tables.users import User

AfterSeq = Annotated[
    int, Parameter(ge=0, le=2**63 - 1, description="the last sequence number already read (0: from the start)")
]


class GradesController(Controller):
    path = "/classes"
    tags = ["grades"]

    @get("/{class_id:int}/grades/me")
    async def my_grades(self, user: User, class_id: int) -> MyGrades:
        """Per assignment and question: the counted score, attempts used and left, and your own dates."""
        return await grades.mine(user, class_id)

    @get("/{class_id:int}/grade-events")
    async def grade_events(
        self, user: User, class_id: int, after: AfterSeq = 0, limit: Limit = None
    ) -> Page[GradeEventView]:
        """The class's grade ledger (staff): every change of a student's counted question grade, oldest first,
        after the sequence number `after`; `next_cursor` is the `after` of the next page."""
        size, _ = window(limit, None)
        return await events.after(user, class_id, after_seq=after, limit=size)

    @get("/{class_id:int}/grade-snapshot")
    async def grade_snapshot(self, user: User, class_id: int) -> GradeSnapshot:
        """Every counted grade of the class (staff), with points possible and the students' emails and numbers, as
        of the ledger's sequence number `as_of_sequence`: an integration takes it once, then follows
        `grade-events?after=as_of_sequence`, nothing missed or counted twice. For a spreadsheet or an LMS import:
        `gradebook/export`."""
        return await snapshot.take(user, class_id)
