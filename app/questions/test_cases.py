"""A question's test cases: their rows and views, and adding, changing and deleting one (the question's editors
only). A change a validation depends on bumps the question's revision and validates it again."""

from __future__ import annotations

from typing import Any

import msgspec
from piccolo.engine import engine_finder

from app.audit import audit
from app.common.patch import changes, sent
from app.errors import Conflict, NotFound
from app.questions import validation
from app.questions.question_access import require_editable
from app.questions.schemas import TestCaseCreate, TestCaseDetail, TestCaseUpdate
from app.questions.validation import TestSettings
from app.settings import Settings
from tables.enums import AuditKind, CompareMode
from tables.questions import TestCase
from tables.submissions import TestResult
from tables.users import User


def _details():
    """Test rows as TestCaseDetail: the columns under the view's field names."""
    return TestCase.select(*TestCase.all_columns(), TestCase.order_index.as_alias("order"))


async def of_question(question_id: int) -> list[TestCaseDetail]:
    rows = await _details().where(TestCase.question == question_id).order_by(TestCase.order_index, TestCase.id)
    return msgspec.convert(rows, list[TestCaseDetail])


def settings_of(test: TestCaseCreate) -> TestSettings:
    return TestSettings(test.kind, test.compare_mode, test.expected, test.tolerance)


def new_row(question_id: int, test: TestCaseCreate, order: int) -> TestCase:
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


async def add_test(user: User, question_id: int, data: TestCaseCreate, settings: Settings) -> TestCaseDetail:
    question = await require_editable(user, question_id)
    validation.check_test(question["language"], question["checker"] is not None, settings_of(data))
    async with engine_finder().transaction():
        count = await TestCase.count().where(TestCase.question == question_id)
        row = new_row(question_id, data, count)
        await row.save()
        revision = await validation.mark_changed(question_id)
        await _audit(user, question, row.id, {}, {name: getattr(row, name) for name in AUDITED})
    await validation.request(settings, question_id, revision)
    return await _test_detail(row.id)


async def _test_detail(test_id: int) -> TestCaseDetail:
    return msgspec.convert(await _details().where(TestCase.id == test_id).first(), TestCaseDetail)


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
        await _audit(user, question, test_id, {name: test[name] for name in values}, values)
    await validation.request(settings, test["question"], revision)
    return await _test_detail(test_id)


async def delete_test(user: User, test_id: int) -> None:
    test, question = await _test_question(user, test_id)
    if await TestResult.exists().where(TestResult.test_case == test_id):
        raise Conflict("this test has grading results; change it and rejudge instead of deleting it")
    async with engine_finder().transaction():
        await TestCase.delete().where(TestCase.id == test_id)
        await _audit(user, question, test_id, {name: test[name] for name in AUDITED}, {})


AUDITED = ("question", "name", "kind", "input", "expected", "compare_mode", "tolerance", "weight", "visibility")


async def _audit(
    user: User, question: dict[str, Any], test_id: int, before: dict[str, Any], after: dict[str, Any]
) -> None:
    """A test added, changed or removed; its class is its question's (the one it is shared with, if any)."""
    class_id = question["shared_with_class"]
    await audit.record(user, AuditKind.test_case, "test_cases", test_id, class_id=class_id, before=before, after=after)
