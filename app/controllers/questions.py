from __future__ import annotations

from typing import Annotated

from litestar import Controller, delete, get, patch, post
from litestar.params import Parameter

from app.auth import staff_guard
from app.common.pagination import window
from app.common.schemas import Page
from app.controllers.params import Cursor, Limit
from app.questions import questions, test_cases
from app.questions.schemas import (
    QuestionCreate,
    QuestionDetail,
    QuestionSummary,
    QuestionUpdate,
    TestCaseCreate,
    TestCaseDetail,
    TestCaseUpdate,
)
from app.settings import Settings
from tables.users import User

SlugParam = Annotated[str, Parameter(max_length=100, pattern=r"^[a-z0-9][a-z0-9-]*$")]


class QuestionController(Controller):
    path = "/questions"
    tags = ["question bank"]
    guards = [staff_guard]

    @get("/")
    async def list_questions(self, user: User, limit: Limit = None, cursor: Cursor = None) -> Page[QuestionSummary]:
        """The question bank the caller may use: own, shared with their classes, or used in them; staff only."""
        size, offset = window(limit, cursor)
        return await questions.list_questions(user, limit=size, offset=offset)

    @post("/")
    async def create_question(self, user: User, data: QuestionCreate, settings: Settings) -> QuestionDetail:
        """Creating or changing a question or a test runs the reference solution against every test (see each
        test's `validation`); settings that cannot work answer 400."""
        return await questions.create_question(user, data, settings)

    @get("/{question_id:int}")
    async def get_question(self, user: User, question_id: int) -> QuestionDetail:
        """One question with its tests and reference solution; staff who may use it."""
        return await questions.get_question(user, question_id)

    @get("/by-slug/{slug:str}")
    async def get_question_by_slug(self, user: User, slug: SlugParam) -> QuestionDetail:
        """One question by its slug; staff who may use it."""
        return await questions.get_question_by_slug(user, slug)

    @patch("/{question_id:int}")
    async def update_question(
        self, user: User, question_id: int, data: QuestionUpdate, settings: Settings
    ) -> QuestionDetail:
        """Change a question; its owner, the sharing class's instructors and admins (a code change revalidates)."""
        return await questions.update_question(user, question_id, data, settings)

    @delete("/{question_id:int}")
    async def delete_question(self, user: User, question_id: int) -> None:
        """Delete a question without attempts (409 otherwise); its editors only."""
        await questions.delete_question(user, question_id)

    @post("/{question_id:int}/tests")
    async def add_test(self, user: User, question_id: int, data: TestCaseCreate, settings: Settings) -> TestCaseDetail:
        """Add a test case to a question; its editors only (validated against the reference solution)."""
        return await test_cases.add_test(user, question_id, data, settings)


class TestCaseController(Controller):
    """A question's test cases by their own id."""

    path = "/tests"
    tags = ["question bank"]
    guards = [staff_guard]

    @patch("/{test_id:int}")
    async def update_test(self, user: User, test_id: int, data: TestCaseUpdate, settings: Settings) -> TestCaseDetail:
        """Change a test case; the question's editors only (404 alike for missing and invisible tests)."""
        return await test_cases.update_test(user, test_id, data, settings)

    @delete("/{test_id:int}")
    async def delete_test(self, user: User, test_id: int) -> None:
        """Delete a test case; the question's editors only."""
        await test_cases.delete_test(user, test_id)
