"""The question bank (staff only): questions listed, read, created, changed and deleted. Who reaches which
question is the rule of question_access.py; a question's test cases live in test_cases.py."""

from __future__ import annotations

from typing import Any

import msgspec
from piccolo.engine import engine_finder

from app.audit import audit
from app.common import access, sql
from app.common.pagination import page
from app.common.patch import changes
from app.common.schemas import Page
from app.errors import Conflict, Forbidden
from app.questions import question_access, test_cases, validation
from app.questions.schemas import QuestionCreate, QuestionDetail, QuestionSummary, QuestionUpdate
from app.settings import Settings
from tables.enums import AuditKind, Role
from tables.questions import AssignmentQuestion, Question, TestCase
from tables.submissions import SubmissionAttempt
from tables.users import User


async def _detail(row: dict[str, Any]) -> QuestionDetail:
    """A visible question's row (its columns under the view's names, see question_access) with its tests."""
    return msgspec.convert(row | {"tests": await test_cases.of_question(row["id"])}, QuestionDetail)


async def list_questions(user: User, *, limit: int, offset: int) -> Page[QuestionSummary]:
    items = await sql.fetch(
        QuestionSummary,
        question_access.VISIBLE_SQL + " ORDER BY q.slug, q.id LIMIT :limit OFFSET :offset",
        **question_access.visible_params(user),
        limit=limit + 1,
        offset=offset,
    )
    return page(items, limit, offset)


async def get_question(user: User, question_id: int) -> QuestionDetail:
    return await _detail(await question_access.find(user, "q.id = :question", question=question_id))


async def get_question_by_slug(user: User, slug: str) -> QuestionDetail:
    """Slugs are unique per owner: among the questions the caller may see, their own first, then the oldest."""
    return await _detail(
        await question_access.find(
            user, "q.slug = :slug ORDER BY q.owner IS NOT DISTINCT FROM :viewer DESC, q.id", slug=slug
        )
    )


async def create_question(user: User, data: QuestionCreate, settings: Settings) -> QuestionDetail:
    if user.role not in (access.ADMIN, Role.instructor):
        raise Forbidden("only instructors and admins add questions to the bank")
    if data.shared_with_class_id is not None:
        await access.require_class(user, data.shared_with_class_id, access.EDITORS)
    checker = data.checker or None
    if checker is not None:
        validation.check_checker(checker)
    for index, test in enumerate(data.tests):
        validation.check_test(
            data.language, checker is not None, test_cases.settings_of(test), where=f"tests[{index}]: "
        )
    if await Question.exists().where((Question.slug == data.slug) & (Question.owner == user.id)):
        raise Conflict(f"you already have a question with the slug {data.slug}", field="slug")
    async with engine_finder().transaction():
        question = Question(
            slug=data.slug,
            title=data.title,
            prompt=data.prompt,
            language=data.language,
            starter_code=data.starter_code,
            reference_solution=data.reference_solution,
            default_points=data.default_points,
            time_limit_ms=data.time_limit_ms,
            memory_limit_mb=data.memory_limit_mb,
            output_limit_kb=data.output_limit_kb,
            checker=checker,
            owner=user.id,
            shared_with_class=data.shared_with_class_id,
        )
        await question.save()
        if data.tests:
            await TestCase.insert(*[test_cases.new_row(question.id, t, i) for i, t in enumerate(data.tests)])
        revision = await validation.mark_changed(question.id)
        created = {"slug": data.slug, "title": data.title, "language": data.language, "tests": len(data.tests)}
        await _audit(user, question.id, data.shared_with_class_id, {}, created)
    await validation.request(settings, question.id, revision)
    return await get_question(user, question.id)


UPDATABLE = (
    "title",
    "prompt",
    "language",
    "starter_code",
    "reference_solution",
    "default_points",
    "time_limit_ms",
    "memory_limit_mb",
    "output_limit_kb",
    "archived",
)


async def update_question(user: User, question_id: int, data: QuestionUpdate, settings: Settings) -> QuestionDetail:
    row = await question_access.require_editable(user, question_id)
    values = changes(data, (*UPDATABLE, "checker"))
    if "checker" in values:
        values["checker"] = values["checker"] or None  # null or an empty string removes the checker
        if values["checker"]:
            validation.check_checker(values["checker"])
    changed = [name for name in validation.CODE_FIELDS if name in values and values[name] != row[name]]
    revision = None
    async with engine_finder().transaction():
        if "language" in changed or "checker" in changed:
            tests = await TestCase.select().where(TestCase.question == question_id)
            language = values.get("language", row["language"])
            validation.check_tests_fit(language, values.get("checker", row["checker"]) is not None, tests)
        if values:
            await Question.update({getattr(Question, name): value for name, value in values.items()}).where(
                Question.id == question_id
            )
        if changed:
            revision = await validation.mark_changed(question_id)
        await _audit(user, question_id, row["shared_with_class"], {name: row[name] for name in values}, values)
    await validation.request(settings, question_id, revision)
    return await get_question(user, question_id)


async def delete_question(user: User, question_id: int) -> None:
    row = await question_access.require_editable(user, question_id)
    if await SubmissionAttempt.exists().where(SubmissionAttempt.question == question_id):
        raise Conflict("students have submitted to this question; archive it instead (PATCH archived=true)")
    if await AssignmentQuestion.exists().where(AssignmentQuestion.question == question_id):
        raise Conflict("this question is attached to an assignment; detach it first")
    async with engine_finder().transaction():
        await Question.delete().where(Question.id == question_id)
        await _audit(user, question_id, row["shared_with_class"], {name: row[name] for name in ("slug", "title")}, {})


async def _audit(
    user: User, question_id: int, class_id: int | None, before: dict[str, Any], after: dict[str, Any]
) -> None:
    """A question created, changed or deleted: its class is the one it is shared with (null: the bank's alone)."""
    await audit.record(
        user, AuditKind.question, "questions", question_id, class_id=class_id, before=before, after=after
    )
