"""A student's own grades in a class."""

from __future__ import annotations

from litestar import Controller, get

from app.schemas.grades import MyGrades
from app.services import grades
from tables.users import User


class GradesController(Controller):
    path = "/classes"
    tags = ["grades"]

    @get("/{class_id:int}/grades/me")
    async def my_grades(self, user: User, class_id: int) -> MyGrades:
        """Per assignment and question: the counted score, attempts used and left, and your own dates."""
        return await grades.mine(user, class_id)
