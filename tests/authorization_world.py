"""The world the authorization table runs in: beyond tests.factories' world, a graded attempt with its code in S3,
an autosave, a running exam with the student's session, extension and held attempt, a run, one-time tokens and an
invited account (`build` answers their ids, which the routes' paths name)."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from app.adapters.blobstore import BlobStore
from app.reviews.rejudge import start_batch
from app.settings import get_settings
from tests.factories import (
    World,
    enroll,
    make_exam,
    make_lti_platform,
    make_module,
    make_page,
    make_question,
    make_user,
)
from tests.support import sql

STUDENT_CODE = "def add(a, b):\n    return a + b  # STUDENT-PRIVATE-CODE\n"
HELD = "HELD-EXAM-FEEDBACK"  # staff's comment and override reason on an exam attempt whose results are held
RESET_TOKEN = "matrix-reset-token-0123456789abcdef"
INVITATION_TOKEN = "matrix-invitation-token-0123456789ab"
CLASS_INVITATION_TOKEN = "matrix-class-invitation-token-0123456"  # the outsider student's offer to join CS101


def _attempt(world: World, assignment_pk: int, key: str, sha256: str) -> int:
    return sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, status, is_late, late_penalty, tries) VALUES ($1, $2, $3, 1, 'python', $4, $5, "
        "$6, 'graded', false, 0, 1) RETURNING id",
        world.student.id,
        assignment_pk,
        world.question.id,
        key,
        sha256,
        len(STUDENT_CODE),
    )[0][0]


def _one_time_token(user_id: int, purpose: str, token: str, class_id: int | None = None) -> None:
    sql(
        "INSERT INTO account_tokens (user_id, purpose, token_sha256, expires_at, created_at, class_id, class_role) "
        "VALUES ($1, $2, $3, now() + interval '1 hour', now(), $4, $5)",
        user_id,
        purpose,
        hashlib.sha256(token.encode()).hexdigest(),
        class_id,
        "student" if class_id else None,
    )


def build(world: World) -> dict[str, object]:
    """Ids the routes need: a graded-looking attempt (its code in S3) and autosave of the student, a running exam
    with the student's session, extension and held attempt, a run, one-time tokens and an invited account."""
    assignment_pk = sql("SELECT id FROM assignment WHERE content_item = $1", world.assignment.id)[0][0]
    key, sha256 = BlobStore(get_settings()).put_code(STUDENT_CODE.encode())
    attempt = _attempt(world, assignment_pk, key, sha256)
    sql(
        "INSERT INTO assignment_progress (user_id, assignment, question, current_code, time_spent, revision, "
        "updated_at) VALUES ($1, $2, $3, $4, 5, 1, now())",
        world.student.id,
        assignment_pk,
        world.question.id,
        STUDENT_CODE,
    )
    empty = make_module(world.cs101, "Empty", 1)
    make_user("newbie@test.edu")
    page = make_page(world.module, "Notes", order_index=1)
    spare = make_question("spare-one", owner=world.instructor.id)
    test_case = sql("SELECT id FROM test_cases WHERE question = $1 ORDER BY id LIMIT 1", world.question.id)[0][0]
    batch = start_batch(  # an attempt that never existed is never previewed: publishing stays refused (409)
        get_settings(),
        [attempt, 2**31 - 1],
        {"question_id": world.question.id, "started_by": world.instructor.id, "class_ids": [world.cs101.id]},
    )
    exam = make_exam(world.module, [world.question], opens=-timedelta(hours=1), closes=timedelta(hours=1))
    exam_pk = sql("SELECT id FROM assignment WHERE content_item = $1", exam.id)[0][0]
    sql(
        "INSERT INTO exam_session (student, assignment, started_at, ends_at) "
        "VALUES ($1, $2, now(), now() + interval '20 minutes')",
        world.student.id,
        exam_pk,
    )
    sql("INSERT INTO extension (student, assignment, extra_minutes) VALUES ($1, $2, 5)", world.student.id, exam_pk)
    held = _attempt(world, exam_pk, key, sha256)
    sql("INSERT INTO submission_comment (attempt, author, body) VALUES ($1, $2, $3)", held, world.ta.id, HELD)
    sql(
        "INSERT INTO score_override (attempt, author, new_score, reason) VALUES ($1, $2, 9, $3)",
        held,
        world.instructor.id,
        HELD,
    )
    run = sql(
        "INSERT INTO code_run (owner, assignment, question, language, mode) VALUES ($1, $2, $3, 'python', 'stdin') "
        "RETURNING id",
        world.student.id,
        assignment_pk,
        world.question.id,
    )[0][0]
    invited = make_user("invited@test.edu")
    sql("UPDATE users SET password = '' WHERE id = $1", invited.id)
    enroll(world.cs101, invited)
    _one_time_token(invited.id, "invitation", INVITATION_TOKEN)
    _one_time_token(world.student.id, "password_reset", RESET_TOKEN)
    _one_time_token(world.other_student.id, "enrollment", CLASS_INVITATION_TOKEN, world.cs101.id)
    platform = make_lti_platform()
    return {
        "lp": platform,
        "c": world.cs101.id,
        "m": world.module.id,
        "a": world.assignment.id,
        "q": world.question.id,
        "s": attempt,
        "e": empty.id,
        "p": page.id,
        "q2": spare.id,
        "t": test_case,
        "u": world.classmate.id,
        "b": batch,
        "slug": world.question.slug,
        "x": exam.id,
        "st": world.student.id,
        "s2": held,
        "r": run,
        "inv": invited.id,
    }
