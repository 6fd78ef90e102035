"""The demo seed: inserts what is missing, never overwrites or deletes what a person changed.

Natural keys decide what exists: users by email, classes by code, modules and items by title, questions by slug,
test cases by name. Seeded attempts are inserted `queued`, so the workers really grade them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from piccolo.engine import engine_finder

from app.settings import get_settings
from seeds.demo_questions import LANGUAGE_TOUR, QUESTIONS
from tables.content import Assignment, ContentItem, Page
from tables.courses import Class, Enrollment, Module
from tables.enums import Language
from tables.exams import Extension
from tables.questions import AssignmentQuestion, Question, TestCase
from tables.submissions import AssignmentProgress, SubmissionAttempt
from tables.users import User

DEMO_PASSWORD = "demo-password"
STUDENT_COUNT = 20


def say(message: str) -> None:
    print(f"  seed: {message}", flush=True)


async def _get_or_create(table, where, **values):
    row = await table.objects().where(where).first()
    if row is not None:
        return row, False
    row = table(**values)
    await row.save()
    return row, True


async def seed_users() -> dict[str, User]:
    from app.accounts.users import hash_password, new_user

    people = [("admin@example.edu", "Ada Admin", "admin")]
    people += [(f"instructor{i}@example.edu", f"Instructor {i}", "instructor") for i in (1, 2)]
    people += [("ta1@example.edu", "Tess TA", "ta")]
    people += [(f"student{i}@example.edu", f"Student {i}", "student") for i in range(1, STUDENT_COUNT + 1)]
    existing = {u.email: u for u in await User.objects().where(User.email.is_in([p[0] for p in people]))}
    missing = [p for p in people if p[0] not in existing]
    if missing:
        # one hash for every demo account: PBKDF2 costs ~0.3 s each, and they share the documented password anyway
        password_hash = await hash_password(DEMO_PASSWORD)
        rows = [new_user(email=e, display_name=n, role=r, password_hash=password_hash) for e, n, r in missing]
        await User.insert(*rows)
        existing.update({u.email: u for u in rows})
    say(f"users: {len(missing)} added, {len(people) - len(missing)} already there")
    return existing


async def seed_classes(users: dict[str, User]) -> tuple[Class, Class]:
    cs101, _ = await _get_or_create(
        Class,
        Class.code == "CS101",
        code="CS101",
        title="Introduction to Programming",
        term="Fall 2026",
        settings={"default_language": Language.python, "time_zone": "UTC", "gradebook_score": "best"},
    )
    cs102, _ = await _get_or_create(
        Class, Class.code == "CS102", code="CS102", title="Systems Programming in C", term="Fall 2026", settings={}
    )
    roster = [(cs101, "instructor1@example.edu", "instructor"), (cs101, "ta1@example.edu", "ta")]
    roster += [(cs102, "instructor2@example.edu", "instructor")]
    roster += [(cs101, f"student{i}@example.edu", "student") for i in range(1, STUDENT_COUNT + 1)]
    added = 0
    for klass, email, role in roster:
        user = users[email]
        _, created = await _get_or_create(
            Enrollment,
            (Enrollment.class_id == klass.id) & (Enrollment.user_id == user.id),
            class_id=klass.id,
            user_id=user.id,
            role=role,
        )
        added += created
    say(f"classes CS101, CS102; enrollments: {added} added")
    return cs101, cs102


async def seed_questions(owner: User, cs101: Class) -> dict[str, Question]:
    from app.grading.contract import enqueue_validation
    from app.questions.validation import mark_changed

    questions: dict[str, Question] = {}
    validating = 0
    for spec in QUESTIONS:
        fields = {k: v for k, v in spec.items() if k not in ("tests", "in_practice")}
        question, created = await _get_or_create(
            Question,
            (Question.slug == spec["slug"]) & (Question.owner == owner.id),
            owner=owner.id,
            shared_with_class=cs101.id,
            **fields,
        )
        questions[spec["slug"]] = question
        for order, test in enumerate(spec["tests"]):
            await _get_or_create(
                TestCase,
                (TestCase.question == question.id) & (TestCase.name == test["name"]),
                question=question.id,
                order_index=order,
                **test,
            )
        # a new question's tests are checked against its reference solution by the workers, as the API does
        if created and (revision := await mark_changed(question.id)):
            validating += enqueue_validation(get_settings(), question.id, revision)
    say(f"questions: {len(questions)} in the bank ({validating} queued for validation)")
    return questions


async def _content(module: Module, title: str, order: int, **values) -> ContentItem:
    item = await ContentItem.objects().where((ContentItem.module == module.id) & (ContentItem.title == title)).first()
    return item or ContentItem(module=module.id, title=title, order_index=order, **values)


async def _assignment(item: ContentItem, mode: str, config: dict, questions: list[Question]) -> None:
    """A new assignment item with its config and questions; one that exists is left as a person may have changed it."""
    if item._exists_in_db:
        return
    await item.save()
    assignment = Assignment(content_item=item.id, mode=mode, config=json.dumps(config))
    await assignment.save()
    await AssignmentQuestion.insert(
        *[AssignmentQuestion(assignment=assignment.id, question=q.id, order_index=i) for i, q in enumerate(questions)]
    )


async def _seed_modules(cs101: Class) -> list[Module]:
    modules = []
    for order, title in enumerate(["Week 1: Basics", "Week 2: Strings and files", "Midterm"]):
        module, _ = await _get_or_create(
            Module,
            (Module.class_id == cs101.id) & (Module.title == title),
            class_id=cs101.id,
            title=title,
            order_index=order,
        )
        modules.append(module)
    return modules


async def _seed_pages(modules: list[Module]) -> None:
    for module, title, body in [
        (modules[0], "Welcome", "# Welcome to CS101\n\nSubmit early, submit often."),
        (modules[1], "Reading: strings", "Strings are immutable sequences of characters."),
    ]:
        item = await _content(module, title, 0, type="page", is_published=True)
        if item._exists_in_db:
            continue
        await item.save()
        await Page(content_item=item.id, body=body).save()


async def seed_content(cs101: Class, questions: dict[str, Question]) -> tuple[ContentItem, ContentItem]:
    now = datetime.now(UTC)
    modules = await _seed_modules(cs101)
    db = engine_finder()
    async with db.transaction():
        await _seed_pages(modules)
        practice = await _content(
            modules[0],
            "Practice set 1",
            1,
            type="assignment",
            is_published=True,
            description="Warm-up problems. Unlimited attempts.",
            due_date=now + timedelta(days=14),
        )
        config = {
            "max_attempts": None,
            "late_policy": {"mode": "accept", "penalty_per_day": 0.1, "max_penalty": 0.5},
            "feedback": "full",
        }
        slugs = [q["slug"] for q in QUESTIONS if q.get("in_practice", True)]
        await _assignment(practice, "practice", config, [questions[s] for s in slugs])

        exam = await _content(
            modules[2],
            "Midterm exam",
            0,
            type="assignment",
            is_published=True,
            description="Three questions, 20 minutes once you start.",
            due_date=now + timedelta(days=7),
        )
        config = {
            "max_attempts": 3,
            "available_from": (now - timedelta(hours=1)).isoformat(),
            "available_until": (now + timedelta(days=7)).isoformat(),
            "exam_time_limit_minutes": 20,
            "late_policy": {"mode": "reject"},
            "feedback": "summary",
        }
        await _assignment(exam, "exam", config, [questions[s] for s in ["is-palindrome", "word-count", "c-sum-two"]])

        tour = await _content(
            modules[0],
            "One problem, five languages",
            2,
            type="assignment",
            is_published=True,
            description="The same problem in Python, C, C++, Java and JavaScript.",
            due_date=now + timedelta(days=14),
        )
        config = {"late_policy": {"mode": "accept", "penalty_per_day": 0.1, "max_penalty": 0.5}, "feedback": "full"}
        await _assignment(tour, "practice", config, [questions[s] for s in LANGUAGE_TOUR])
    say("modules, pages, two practice assignments and an exam")
    return practice, exam


async def seed_work(users: dict[str, User], practice: ContentItem, questions: dict[str, Question]) -> None:
    """Some autosaved progress and a few attempts (queued: the workers grade them for real)."""
    from app.adapters.blobstore import BlobStore

    assignment = await Assignment.objects().where(Assignment.content_item == practice.id).first()
    add = questions["add-two-numbers"]
    store = None
    for i in range(1, 6):
        student = users[f"student{i}@example.edu"]
        code = add.reference_solution if i % 2 else "def add(a, b):\n    return a - b\n"
        await _get_or_create(
            AssignmentProgress,
            (AssignmentProgress.user_id == student.id)
            & (AssignmentProgress.assignment == assignment.id)
            & (AssignmentProgress.question == add.id),
            user_id=student.id,
            assignment=assignment.id,
            question=add.id,
            current_code=code,
            time_spent=60 * i,
        )
        key = f"seed-{student.id}-{add.id}"
        if await SubmissionAttempt.exists().where(
            (SubmissionAttempt.user_id == student.id) & (SubmissionAttempt.idempotency_key == key)
        ):
            continue
        store = store or BlobStore(get_settings())
        blob_key, sha256 = store.put_code(code.encode())
        count = await SubmissionAttempt.count().where(
            (SubmissionAttempt.user_id == student.id)
            & (SubmissionAttempt.assignment == assignment.id)
            & (SubmissionAttempt.question == add.id)
        )
        await SubmissionAttempt(
            user_id=student.id,
            assignment=assignment.id,
            question=add.id,
            attempt_number=count + 1,
            language=Language.python,
            code_blob_ref=blob_key,
            code_sha256=sha256,
            code_size=len(code.encode()),
            idempotency_key=key,
        ).save()
    say("progress and attempts for five students (queued for grading)")


async def seed_extension(users: dict[str, User], exam: ContentItem) -> None:
    """student2 has 10 extra minutes on the exam (an accommodation), so a newcomer sees an extension at work."""
    assignment = await Assignment.objects().where(Assignment.content_item == exam.id).first()
    student = users["student2@example.edu"]
    await _get_or_create(
        Extension,
        (Extension.student == student.id) & (Extension.assignment == assignment.id),
        student=student.id,
        assignment=assignment.id,
        extra_minutes=10,
        granted_by=users["instructor1@example.edu"].id,
    )
    say("an extension: student2 has 10 extra minutes on the exam")


async def load_demo_seed() -> None:
    """Load the demo data (development only; idempotent)."""
    if get_settings().is_production:
        raise SystemExit("refusing to load the demo seed with APP_ENV=production")
    say("starting")
    users = await seed_users()
    cs101, _ = await seed_classes(users)
    questions = await seed_questions(users["instructor1@example.edu"], cs101)
    practice, exam = await seed_content(cs101, questions)
    await seed_work(users, practice, questions)
    await seed_extension(users, exam)
    say("done")
