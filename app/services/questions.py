"""The question bank (staff only): questions with their test cases; reference solutions stay in the staff circle.

A staff member sees the questions they own, those shared with a class they staff, and those attached to an
assignment of a class they staff; the admin sees all. The owner, the admin and the instructors of the class a
question is shared with may change it; TAs only read.
"""

from __future__ import annotations

from typing import Any

from piccolo.engine import engine_finder

from app.errors import Conflict, Forbidden, NotFound
from app.schemas.common import Page
from app.schemas.questions import (
    QuestionCreate,
    QuestionDetail,
    QuestionSummary,
    QuestionUpdate,
    TestCaseCreate,
    TestCaseDetail,
    TestCaseUpdate,
)
from app.services import access, sql, validation
from app.services.pagination import page
from app.services.patch import changes, sent
from app.services.validation import TestSettings
from app.settings import Settings
from tables.enums import CompareMode, Role
from tables.questions import AssignmentQuestion, Question, TestCase
from tables.submissions import SubmissionAttempt, TestResult
from tables.users import User

VISIBLE_SQL = """
SELECT q.*, (
    q.owner = {user} OR EXISTS (
        SELECT 1 FROM enrollments e WHERE e.user_id = {user} AND e.role = 'instructor'
        AND e.class_id = q.shared_with_class)
) AS can_edit
FROM questions q
WHERE ({admin} OR q.owner = {user}
   OR EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = {user} AND e.role IN ('instructor', 'ta')
              AND e.class_id = q.shared_with_class)
   OR EXISTS (SELECT 1 FROM assignment_question aq JOIN assignment a ON a.id = aq.assignment
              JOIN content_item ci ON ci.id = a.content_item JOIN modules m ON m.id = ci.module
              JOIN enrollments e ON e.class_id = m.class_id AND e.user_id = {user} AND e.role IN ('instructor', 'ta')
              WHERE aq.question = q.id))
"""


def _visible_sql(extra: str) -> str:
    # the helper takes positional {} placeholders: spell out the repeated parameters
    return (VISIBLE_SQL + extra).replace("{user}", "{}").replace("{admin}", "{}")


def _visible_args(user: User) -> list[Any]:
    admin = access.is_admin(user)
    return [user.id, user.id, admin, user.id, user.id, user.id]


async def _find(user: User, where_sql: str, *values: Any) -> dict[str, Any]:
    rows = await sql.rows(_visible_sql(f" AND {where_sql}"), *_visible_args(user), *values)
    if not rows:
        raise NotFound("question not found")
    row = rows[0]
    row["can_edit"] = row["can_edit"] or access.is_admin(user)
    return row


async def _tests(question_id: int) -> list[TestCaseDetail]:
    rows = (
        await TestCase.select()
        .where(TestCase.question == question_id)
        .order_by(TestCase.order_index)
        .order_by(TestCase.id)
    )
    return [_test_view(row) for row in rows]


def _test_view(row: dict[str, Any]) -> TestCaseDetail:
    return TestCaseDetail(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        input=row["input"],
        expected=row["expected"],
        compare_mode=row["compare_mode"],
        tolerance=row["tolerance"],
        weight=row["weight"],
        visibility=row["visibility"],
        order=row["order_index"],
        validation=row["validation"],
        validation_reason=row["validation_reason"],
    )


async def _detail(row: dict[str, Any]) -> QuestionDetail:
    return QuestionDetail(
        id=row["id"],
        slug=row["slug"],
        title=row["title"],
        prompt=row["prompt"],
        language=row["language"],
        starter_code=row["starter_code"],
        reference_solution=row["reference_solution"],
        default_points=row["default_points"],
        time_limit_ms=row["time_limit_ms"],
        memory_limit_mb=row["memory_limit_mb"],
        output_limit_kb=row["output_limit_kb"],
        checker=row["checker"],
        revision=row["revision"],
        owner_id=row["owner"],
        shared_with_class_id=row["shared_with_class"],
        archived=row["archived"],
        tests=await _tests(row["id"]),
    )


async def list_questions(user: User, *, limit: int, offset: int) -> Page[QuestionSummary]:
    items = await sql.fetch(
        QuestionSummary,
        _visible_sql(" ORDER BY q.slug, q.id LIMIT {} OFFSET {}"),
        *_visible_args(user),
        limit + 1,
        offset,
    )
    return page(items, limit, offset)


async def get_question(user: User, question_id: int) -> QuestionDetail:
    return await _detail(await _find(user, "q.id = {}", question_id))


async def get_question_by_slug(user: User, slug: str) -> QuestionDetail:
    """Slugs are unique per owner: among the questions the caller may see, their own first, then the oldest."""
    return await _detail(
        await _find(user, "q.slug = {} ORDER BY q.owner IS NOT DISTINCT FROM {} DESC, q.id", slug, user.id)
    )


async def require_usable_question(user: User, question_id: int) -> None:
    """A staff member may attach a question they can see; 404 otherwise."""
    await _find(user, "q.id = {}", question_id)


async def require_editable(user: User, question_id: int) -> dict[str, Any]:
    row = await _find(user, "q.id = {}", question_id)
    if not row["can_edit"]:
        raise Forbidden("only the question's owner, an instructor it is shared with, or an admin may change it")
    return row


def _settings_of(test: TestCaseCreate) -> TestSettings:
    return TestSettings(test.kind, test.compare_mode, test.expected, test.tolerance)


def _test_row(question_id: int, test: TestCaseCreate, order: int) -> TestCase:
    return TestCase(
        question=question_id,
        name=test.name,
        kind=test.kind,
        input=test.input,
        expected=test.expected,
        compare_mode=test.compare_mode,
        tolerance=validation.DEFAULT_TOLERANCE if test.tolerance is None else test.tolerance,
        weight=test.weight,
        visibility=test.visibility,
        order_index=test.order if test.order is not None else order,
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
        validation.check_test(data.language, checker is not None, _settings_of(test), where=f"tests[{index}]: ")
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
            await TestCase.insert(*[_test_row(question.id, t, i) for i, t in enumerate(data.tests)])
        revision = await validation.mark_changed(question.id)
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
    row = await require_editable(user, question_id)
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
    await validation.request(settings, question_id, revision)
    return await get_question(user, question_id)


async def delete_question(user: User, question_id: int) -> None:
    await require_editable(user, question_id)
    if await SubmissionAttempt.exists().where(SubmissionAttempt.question == question_id):
        raise Conflict("students have submitted to this question; archive it instead (PATCH archived=true)")
    if await AssignmentQuestion.exists().where(AssignmentQuestion.question == question_id):
        raise Conflict("this question is attached to an assignment; detach it first")
    await Question.delete().where(Question.id == question_id)


async def add_test(user: User, question_id: int, data: TestCaseCreate, settings: Settings) -> TestCaseDetail:
    question = await require_editable(user, question_id)
    validation.check_test(question["language"], question["checker"] is not None, _settings_of(data))
    async with engine_finder().transaction():
        count = await TestCase.count().where(TestCase.question == question_id)
        row = _test_row(question_id, data, count)
        await row.save()
        revision = await validation.mark_changed(question_id)
    await validation.request(settings, question_id, revision)
    return await _test_detail(row.id)


async def _test_detail(test_id: int) -> TestCaseDetail:
    return _test_view(await TestCase.select().where(TestCase.id == test_id).first())


async def _test_question(user: User, test_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The test and its question (which the caller must be allowed to change)."""
    found = await TestCase.select().where(TestCase.id == test_id).first()
    if found is None:
        raise NotFound("test case not found")
    try:
        question = await require_editable(user, found["question"])
    except NotFound:
        raise NotFound("test case not found") from None  # an invisible question's test is a missing test
    return found, question


async def update_test(user: User, test_id: int, data: TestCaseUpdate, settings: Settings) -> TestCaseDetail:
    test, question = await _test_question(user, test_id)
    fields = ("name", "kind", "input", "expected", "compare_mode", "tolerance", "weight", "visibility")
    values = changes(data, fields)
    merged = {**test, **values}
    mode = merged["compare_mode"]
    tolerance = values.get("tolerance")
    validation.check_test(
        question["language"],
        question["checker"] is not None,
        TestSettings(merged["kind"], mode, merged["expected"], tolerance),
    )
    if mode != CompareMode.numeric and "compare_mode" in values:
        values["tolerance"] = validation.DEFAULT_TOLERANCE  # a tolerance means nothing outside numeric_tolerance
    if sent(data.order):
        values["order_index"] = data.order
    changed = any(values.get(f, test[f]) != test[f] for f in validation.TEST_FIELDS)
    revision = None
    async with engine_finder().transaction():
        if values:
            await TestCase.update({getattr(TestCase, f): v for f, v in values.items()}).where(TestCase.id == test_id)
        if changed:
            revision = await validation.mark_changed(test["question"])
    await validation.request(settings, test["question"], revision)
    return await _test_detail(test_id)


async def delete_test(user: User, test_id: int) -> None:
    await _test_question(user, test_id)
    if await TestResult.exists().where(TestResult.test_case == test_id):
        raise Conflict("this test has grading results; change it and rejudge instead of deleting it")
    await TestCase.delete().where(TestCase.id == test_id)
