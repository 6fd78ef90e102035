"""Piccolo Admin, built once at start-up and mounted at /admin/.

It has no row-level permissions (whoever logs in sees every class), so only the `admin` role uses it: the role alone
sets BaseUser's `admin` and `superuser` flags (a database trigger does so on every write, the admin's own forms
included), so instructors, TAs and students are refused at login (app/admin_session.py, through the API's throttle),
and a demoted admin's sessions are deleted with the role change.
Attempts and test results are read-only for everyone: they are the grading record. A change to a user made here
reaches the API's token checks at once (the user's auth cache generation is bumped after the write).
"""

from __future__ import annotations

import re

from piccolo_admin.endpoints import TableConfig, create_admin
from piccolo_api.crud.endpoints import PiccoloCRUD
from piccolo_api.crud.validators import Validators
from piccolo_api.session_auth.tables import SessionsBase
from redis.asyncio import Redis
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import admin_audit, admin_session
from app.accounts import sessions
from app.settings import Settings
from tables.analytics import ProblemAnalytics, SubmissionAnalysis
from tables.content import Assignment, ContentItem, Page
from tables.courses import Class, Enrollment, Module
from tables.exams import ExamSession, Extension
from tables.questions import AssignmentQuestion, Question, TestCase
from tables.reviews import ScoreOverride, SubmissionComment
from tables.submissions import AssignmentProgress, SubmissionAttempt, TestResult
from tables.users import User


async def _writes_for_admin_role_only(piccolo_crud: PiccoloCRUD, request: Request) -> None:
    if not request.user.user.superuser:
        raise HTTPException(status_code=403, detail="Only the admin role may change data here; staff read only.")
    await admin_audit.set_actor(request.user.user.id)  # the audit triggers' actor for this write


def _never_writable(piccolo_crud: PiccoloCRUD, request: Request) -> None:
    raise HTTPException(status_code=403, detail="Grading records are read-only.")


def _validators(check) -> Validators:
    return Validators(
        post_single=[check], put_single=[check], patch_single=[check], delete_single=[check], delete_all=[check]
    )


STAFF_WRITES = _validators(_writes_for_admin_role_only)
READ_ONLY = _validators(_never_writable)


def _config(table, group: str, columns: list, *, validators: Validators = STAFF_WRITES, **kwargs) -> TableConfig:
    return TableConfig(table, menu_group=group, visible_columns=columns, validators=validators, **kwargs)


USER_ROW = re.compile(r"/api/tables/users/(\d+)/?$")
OWN_PASSWORD = re.compile(r"/api/change-password/?$")


def _invalidating_user_writes(app: ASGIApp, redis: Redis) -> ASGIApp:
    """After a successful change of a user row, that user's cached auth state is thrown away in every process."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        match = USER_ROW.search(path)
        if (match is None and not OWN_PASSWORD.search(path)) or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await app(scope, receive, send)
            return
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await app(scope, receive, send_wrapper)
        finally:
            # the row's id, or for the admin's own password change the user the session middleware put in the scope
            user_id = int(match.group(1)) if match else getattr(getattr(scope.get("user"), "user", None), "id", None)
            if status < 400 and user_id is not None:
                await sessions.invalidate(redis, user_id)

    return wrapped


def _people_courses_content() -> list[TableConfig]:
    """The accounts, classes and their content: editable by the admin role."""
    return [
        _config(
            User,
            "People",
            [User.id, User.email, User.display_name, User.role, User.active],
            exclude_visible_filters=[User.password],
        ),
        _config(Enrollment, "People", [Enrollment.id, Enrollment.class_id, Enrollment.user_id, Enrollment.role]),
        _config(Class, "Courses", [Class.id, Class.code, Class.title, Class.term, Class.archived]),
        _config(Module, "Courses", [Module.id, Module.class_id, Module.order_index, Module.title]),
        _config(
            ContentItem,
            "Content",
            [ContentItem.id, ContentItem.module, ContentItem.type, ContentItem.title, ContentItem.is_published],
        ),
        _config(Assignment, "Content", [Assignment.id, Assignment.content_item, Assignment.mode]),
        _config(Page, "Content", [Page.id, Page.content_item]),
    ]


def _question_bank() -> list[TableConfig]:
    """Questions, their tests and their use in assignments: editable by the admin role."""
    return [
        _config(Question, "Question bank", [Question.id, Question.slug, Question.title, Question.language]),
        _config(TestCase, "Question bank", [TestCase.id, TestCase.question, TestCase.name, TestCase.kind]),
        _config(
            AssignmentQuestion,
            "Question bank",
            [AssignmentQuestion.id, AssignmentQuestion.assignment, AssignmentQuestion.question],
        ),
    ]


def _submissions_and_analytics() -> list[TableConfig]:
    """What students wrote and what grading and analytics made of it (attempts, results and analytics read-only)."""
    return [
        _config(
            AssignmentProgress,
            "Submissions",
            [
                AssignmentProgress.id,
                AssignmentProgress.user_id,
                AssignmentProgress.question,
                AssignmentProgress.revision,
            ],
        ),
        _config(
            SubmissionAttempt,
            "Submissions",
            [
                SubmissionAttempt.id,
                SubmissionAttempt.user_id,
                SubmissionAttempt.question,
                SubmissionAttempt.attempt_number,
                SubmissionAttempt.status,
                SubmissionAttempt.verdict,
                SubmissionAttempt.score,
            ],
            validators=READ_ONLY,
        ),
        _config(
            TestResult,
            "Submissions",
            [TestResult.id, TestResult.attempt, TestResult.test_case, TestResult.verdict, TestResult.passed],
            validators=READ_ONLY,
        ),
        _config(
            SubmissionAnalysis, "Analytics", [SubmissionAnalysis.id, SubmissionAnalysis.attempt], validators=READ_ONLY
        ),
        _config(
            ProblemAnalytics,
            "Analytics",
            [ProblemAnalytics.id, ProblemAnalytics.question, ProblemAnalytics.attempts, ProblemAnalytics.pass_rate],
            validators=READ_ONLY,
        ),
    ]


def _exams_and_review() -> list[TableConfig]:
    return [
        # exam clocks, extensions, overrides and comments follow rules the API enforces: shown, changed through it
        _config(
            ExamSession,
            "Exams and review",
            [ExamSession.id, ExamSession.student, ExamSession.assignment, ExamSession.ends_at],
            validators=READ_ONLY,
        ),
        _config(
            Extension,
            "Exams and review",
            [Extension.id, Extension.student, Extension.assignment, Extension.extra_minutes],
            validators=READ_ONLY,
        ),
        _config(
            ScoreOverride,
            "Exams and review",
            [ScoreOverride.id, ScoreOverride.attempt, ScoreOverride.new_score, ScoreOverride.author],
            validators=READ_ONLY,
        ),
        _config(
            SubmissionComment,
            "Exams and review",
            [SubmissionComment.id, SubmissionComment.attempt, SubmissionComment.line, SubmissionComment.author],
            validators=READ_ONLY,
        ),
    ]


def build_admin(redis: Redis, settings: Settings) -> ASGIApp:
    tables = [*_people_courses_content(), *_question_bank(), *_submissions_and_analytics(), *_exams_and_review()]
    admin = create_admin(
        tables=tables,
        auth_table=User,
        session_table=SessionsBase,
        session_expiry=admin_session.SESSION_EXPIRY,
        max_session_expiry=admin_session.MAX_SESSION_EXPIRY,
        site_name="Autograder admin",
        auto_include_related=False,
        # behind TLS: Secure cookies, and the CSRF check of Origin/Referer against the public host
        production=settings.served_over_tls,
        allowed_hosts=[settings.public_host],
    )
    return admin_session.guarded_admin(
        _invalidating_user_writes(admin_audit.audited_writes(admin), redis), redis, settings
    )
