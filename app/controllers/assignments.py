"""Assignments (by their content item's id): the nested view, settings and questions."""

from __future__ import annotations

from litestar import Controller, delete, get, patch, post, put

from app.content import assignment_detail, content
from app.content.schemas import (
    AssignmentDetail,
    AssignmentUpdate,
    AttachQuestion,
    ContentItemDetail,
    QuestionOrder,
    UpdateAssignmentQuestion,
)
from tables.users import User


class AssignmentController(Controller):
    path = "/assignments"
    tags = ["content"]

    @get("/{item_id:int}")
    async def get_assignment(self, user: User, item_id: int) -> AssignmentDetail:
        """The assignment with its questions in order; students see visible tests only, hidden ones as a count."""
        return await assignment_detail.assignment_detail(user, item_id)

    @patch("/{item_id:int}")
    async def update_assignment(self, user: User, item_id: int, data: AssignmentUpdate) -> ContentItemDetail:
        """Change an assignment's title, dates, mode or rules; the class's instructors and admins only."""
        return await content.update_assignment(user, item_id, data)

    @post("/{item_id:int}/questions", status_code=201)
    async def attach_question(self, user: User, item_id: int, data: AttachQuestion) -> AssignmentDetail:
        """Attach a question from the bank with its points; the class's instructors and admins only."""
        await content.attach_question(user, item_id, data.question_id, data.custom_points)
        return await assignment_detail.assignment_detail(user, item_id)

    @patch("/{item_id:int}/questions/{question_id:int}")
    async def set_points(
        self, user: User, item_id: int, question_id: int, data: UpdateAssignmentQuestion
    ) -> AssignmentDetail:
        """Change the points an attached question is worth; the class's instructors and admins only."""
        await content.set_custom_points(user, item_id, question_id, data.custom_points)
        return await assignment_detail.assignment_detail(user, item_id)

    @delete("/{item_id:int}/questions/{question_id:int}")
    async def detach_question(self, user: User, item_id: int, question_id: int) -> None:
        """Detach a question without attempts (409 otherwise); the class's instructors and admins only."""
        await content.detach_question(user, item_id, question_id)

    @put("/{item_id:int}/questions/order")
    async def reorder_questions(self, user: User, item_id: int, data: QuestionOrder) -> AssignmentDetail:
        """Set the order of all the assignment's questions at once; instructors and admins only."""
        await content.reorder_questions(user, item_id, data.question_ids)
        return await assignment_detail.assignment_detail(user, item_id)
