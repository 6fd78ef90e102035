"""Build test data straight into the database (not through the API under test)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from app.accounts.users import new_user
from tables.content import Assignment, ContentItem, Page
from tables.courses import Class, Enrollment, Module
from tables.questions import AssignmentQuestion, Question, TestCase
from tables.users import User
from tests.support import run, sql

PASSWORD = "correct-horse-42"


@cache
def password_hash() -> str:
    return User.hash_password(PASSWORD)


def make_user(email: str, role: str = "student") -> User:
    user = new_user(email=email, display_name=email.split("@")[0], role=role, password_hash=password_hash())
    run(user.save())
    return user


def make_class(code: str, **values: Any) -> Class:
    klass = Class(code=code, title=values.pop("title", f"Class {code}"), **values)
    run(klass.save())
    return klass


def enroll(klass: Class, user: User, role: str = "student") -> None:
    run(Enrollment(class_id=klass.id, user_id=user.id, role=role).save())


def make_module(klass: Class, title: str = "Module", order_index: int = 0) -> Module:
    module = Module(class_id=klass.id, title=title, order_index=order_index)
    run(module.save())
    return module


def make_question(slug: str, *, tests: list[dict] | None = None, **values: Any) -> Question:
    values.setdefault("title", slug.replace("-", " ").title())
    values.setdefault("reference_solution", "def add(a, b):\n    return a + b\n")
    values.setdefault("starter_code", "def add(a, b):\n    pass\n")
    question = Question(slug=slug, **values)
    run(question.save())
    for order, test in enumerate(
        tests
        or [
            {"name": "visible one", "kind": "call", "input": "add(1, 2)", "expected": "3"},
            {"name": "hidden one", "kind": "call", "input": "add(2, 2)", "expected": "4", "visibility": "hidden"},
        ]
    ):
        # as if its validation had run: a pending test would block publishing
        run(TestCase(question=question.id, order_index=order, **{"validation": "valid", **test}).save())
    return question


def make_assignment(
    module: Module,
    questions: list[Question],
    *,
    title: str = "Assignment",
    mode: str = "practice",
    config: dict | None = None,
    published: bool = True,
    due_date: datetime | None = None,
    order_index: int = 0,
) -> ContentItem:
    async def go() -> ContentItem:
        from piccolo.engine import engine_finder

        async with engine_finder().transaction():
            item = ContentItem(
                module=module.id,
                type="assignment",
                title=title,
                is_published=published,
                due_date=due_date,
                order_index=order_index,
            )
            await item.save()
            assignment = Assignment(content_item=item.id, mode=mode, config=json.dumps(config or {}))
            await assignment.save()
            for order, question in enumerate(questions):
                await AssignmentQuestion(assignment=assignment.id, question=question.id, order_index=order).save()
        return item

    return run(go())


def make_page(module: Module, title: str = "Page", body: str = "text", order_index: int = 0) -> ContentItem:
    async def go() -> ContentItem:
        from piccolo.engine import engine_finder

        async with engine_finder().transaction():
            item = ContentItem(module=module.id, type="page", title=title, is_published=True, order_index=order_index)
            await item.save()
            await Page(content_item=item.id, body=body).save()
        return item

    return run(go())


@dataclass
class World:
    """Two classes and everyone the authorization rules distinguish."""

    admin: User
    instructor: User
    ta: User
    student: User
    classmate: User
    other_instructor: User
    other_student: User
    cs101: Class
    cs102: Class
    module: Module
    question: Question
    assignment: ContentItem
    extra: dict[str, Any] = field(default_factory=dict)


def make_world() -> World:
    admin = make_user("admin@test.edu", "admin")
    instructor = make_user("prof@test.edu", "instructor")
    ta = make_user("ta@test.edu", "ta")
    student = make_user("stu@test.edu")
    classmate = make_user("mate@test.edu")
    other_instructor = make_user("otherprof@test.edu", "instructor")
    other_student = make_user("otherstu@test.edu")
    cs101 = make_class("CS101")
    cs102 = make_class("CS102")
    enroll(cs101, instructor, "instructor")
    enroll(cs101, ta, "ta")
    enroll(cs101, student)
    enroll(cs101, classmate)
    enroll(cs102, other_instructor, "instructor")
    enroll(cs102, other_student)
    module = make_module(cs101, "Week 1")
    question = make_question("add-two", owner=instructor.id, default_points=10.0)
    assignment = make_assignment(module, [question], due_date=datetime.now(UTC) + timedelta(days=7))
    return World(
        admin,
        instructor,
        ta,
        student,
        classmate,
        other_instructor,
        other_student,
        cs101,
        cs102,
        module,
        question,
        assignment,
    )


def make_exam(
    module: Module,
    questions: list[Question],
    *,
    opens: timedelta,
    closes: timedelta,
    limit: int | None = 20,
    order_index: int = 9,
    title: str = "Exam",
    **config: Any,
) -> ContentItem:
    """A published exam whose window opens and closes at these offsets from now, with a time limit in minutes."""
    now = datetime.now(UTC)
    config = {"available_from": (now + opens).isoformat(), "available_until": (now + closes).isoformat(), **config}
    if limit:
        config["exam_time_limit_minutes"] = limit
    return make_assignment(module, questions, title=title, mode="exam", order_index=order_index, config=config)


def make_attempt(
    world: World, *, status: str = "queued", tries: int = 0, item: ContentItem | None = None, number: int = 1
) -> int:
    """An attempt of the world's student at its question (in `item`, else the world's assignment), straight into the
    table (its code was never stored)."""
    return sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, status, is_late, late_penalty, tries) VALUES ($1, (SELECT id FROM assignment "
        "WHERE content_item = $2), $3, $4, 'python', 'k', 's', 1, $5, false, 0, $6) RETURNING id",
        world.student.id,
        (item or world.assignment).id,
        world.question.id,
        number,
        status,
        tries,
    )[0]["id"]


def make_lti_platform() -> int:
    """A registered LTI platform (the table is not among those each test empties: earlier ones are removed)."""
    sql("DELETE FROM lti_platform")
    return sql(
        "INSERT INTO lti_platform (name, issuer, client_id, auth_login_url, auth_token_url, key_set_url, "
        "token_audience, max_requests_per_second, created_at) VALUES ('LMS', 'https://lms.test.edu', 'c-1', "
        "'https://lms.test.edu/auth', 'https://lms.test.edu/token', 'https://lms.test.edu/jwks', '', 10, now()) "
        "RETURNING id"
    )[0][0]
