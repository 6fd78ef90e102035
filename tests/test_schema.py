"""Schema v3: migrations agree with the tables, the database itself enforces the rules, the seed is idempotent."""

from __future__ import annotations

import subprocess
import sys

import asyncpg
import pytest

from app.settings import PROJECT_ROOT
from tests.factories import enroll, make_class, make_module, make_question, make_user, make_world
from tests.support import run, seed_demo, sql


def test_auto_migration_would_be_empty(services) -> None:
    from piccolo.apps.migrations.commands.new import AutoMigrationManager
    from piccolo.conf.apps import Finder

    app_config = Finder().get_app_config("tables")
    statements = run(AutoMigrationManager().get_alter_statements(app_config=app_config))
    assert sum(len(s.statements) for s in statements) == 0, [s.statements for s in statements]


def _migrate(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "piccolo.main", "migrations", *args],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_migrations_build_an_empty_database_and_go_backwards(service_env: dict[str, str]) -> None:
    sql("DROP DATABASE IF EXISTS migration_check WITH (FORCE)")
    sql("CREATE DATABASE migration_check")
    url = service_env["DATABASE_URL"].rsplit("/", 1)[0] + "/migration_check"
    env = {**service_env, "DATABASE_URL": url}
    forwards = _migrate(env, "forwards", "all")
    assert forwards.returncode == 0, forwards.stdout + forwards.stderr

    async def tables() -> set[str]:
        connection = await asyncpg.connect(url)
        rows = await connection.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        await connection.close()
        return {row["tablename"] for row in rows}

    assert {"users", "content_item", "assignment", "page", "submission_attempt", "problem_analytics"} <= run(tables())
    backwards = _migrate(env, "backwards", "tables", "--migration_id=all", "--auto_agree")
    assert backwards.returncode == 0, backwards.stdout + backwards.stderr
    assert "submission_attempt" not in run(tables())
    again = _migrate(env, "forwards", "all")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "submission_attempt" in run(tables())


def _attempt(world) -> int:
    return sql(
        """INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref,
           code_sha256, code_size, status, is_late, late_penalty, tries)
           VALUES ($1, (SELECT id FROM assignment LIMIT 1), $2, 1, 'python', 'code/ab/abc', 'abc', 3, 'queued',
           false, 0, 0) RETURNING id""",
        world.student.id,
        world.question.id,
    )[0]["id"]


def test_trigger_rejects_changing_submitted_code(services) -> None:
    attempt_id = _attempt(make_world())
    with pytest.raises(asyncpg.RestrictViolationError, match="immutable"):
        sql("UPDATE submission_attempt SET code_blob_ref = 'code/ev/il' WHERE id = $1", attempt_id)
    with pytest.raises(asyncpg.RestrictViolationError, match="immutable"):
        sql("UPDATE submission_attempt SET user_id = user_id + 1 WHERE id = $1", attempt_id)
    assert sql("SELECT code_blob_ref FROM submission_attempt WHERE id = $1", attempt_id)[0][0] == "code/ab/abc"


def test_trigger_rejects_delete_but_allows_grading_outcome(services) -> None:
    attempt_id = _attempt(make_world())
    with pytest.raises(asyncpg.RestrictViolationError, match="DELETE"):
        sql("DELETE FROM submission_attempt WHERE id = $1", attempt_id)
    sql("UPDATE submission_attempt SET status = 'graded', verdict = 'accepted', score = 1 WHERE id = $1", attempt_id)
    assert sql("SELECT status FROM submission_attempt WHERE id = $1", attempt_id)[0][0] == "graded"


def test_duplicate_attempt_number_is_rejected(services) -> None:
    world = make_world()
    _attempt(world)
    with pytest.raises(asyncpg.UniqueViolationError, match="submission_attempt_number_key"):
        _attempt(world)


def test_duplicate_enrollment_is_rejected(services) -> None:
    klass = make_class("DUP1")
    user = make_user("dup@test.edu")
    enroll(klass, user)
    with pytest.raises(asyncpg.UniqueViolationError, match="enrollments_class_user_key"):
        enroll(klass, user, "ta")


def test_duplicate_slug_of_one_owner_is_rejected_but_two_owners_may_share_it(services) -> None:
    first, second = make_user("first@test.edu", "instructor"), make_user("second@test.edu", "instructor")
    make_question("same-slug", owner=first.id)
    with pytest.raises(asyncpg.UniqueViolationError, match="questions_slug_owner_key"):
        make_question("same-slug", owner=first.id)
    make_question("same-slug", owner=second.id)
    assert sql("SELECT count(*) FROM questions WHERE slug = 'same-slug'")[0][0] == 2


def test_duplicate_module_order_is_rejected(services) -> None:
    klass = make_class("ORD1")
    make_module(klass, "first", 0)
    with pytest.raises(asyncpg.UniqueViolationError, match="modules_class_order_key"):
        make_module(klass, "second", 0)


def test_duplicate_assignment_question_order_is_rejected(services) -> None:
    world = make_world()
    other = make_question("other-q")
    with pytest.raises(asyncpg.UniqueViolationError, match="assignment_question_order_key"):
        sql(
            "INSERT INTO assignment_question (assignment, question, order_index) "
            "VALUES ((SELECT id FROM assignment LIMIT 1), $1, 0)",
            other.id,
        )
    assert world.question.id != other.id


def test_email_is_unique_case_insensitively(services) -> None:
    make_user("Case@Test.edu")
    with pytest.raises(asyncpg.UniqueViolationError):
        sql(
            "INSERT INTO users (username, password, first_name, last_name, email, active, admin, superuser, "
            "display_name, role, settings) VALUES ('x', 'x', '', '', 'CASE@test.EDU', true, false, false, '', "
            "'student', '{}')"
        )


def test_check_constraints_reject_bad_enums_and_negative_points(services) -> None:
    with pytest.raises(asyncpg.CheckViolationError):
        make_question("neg-points", default_points=-1.0)
    with pytest.raises(asyncpg.CheckViolationError):
        make_user("badrole@test.edu", role="overlord")


def test_content_item_cannot_exist_without_its_child(services) -> None:
    module = make_module(make_class("CHILD1"))
    with pytest.raises(asyncpg.ForeignKeyViolationError, match="has no assignment row"):
        sql(
            "INSERT INTO content_item (module, type, title, description, is_published, order_index, created_at, "
            "updated_at) VALUES ($1, 'assignment', 'orphan', '', false, 0, now(), now())",
            module.id,
        )
    assert sql("SELECT count(*) FROM content_item")[0][0] == 0


def test_deleting_a_child_alone_is_rejected(services) -> None:
    make_world()
    with pytest.raises(asyncpg.PostgresError):
        sql("DELETE FROM assignment_question")
        sql("DELETE FROM assignment")
    assert sql("SELECT count(*) FROM assignment")[0][0] == 1


COUNTED = [
    "users",
    "classes",
    "enrollments",
    "modules",
    "content_item",
    "assignment",
    "page",
    "questions",
    "test_cases",
    "assignment_question",
    "assignment_progress",
    "submission_attempt",
]


def test_demo_seed_is_idempotent_and_complete(service_env: dict[str, str]) -> None:
    first = seed_demo(service_env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "seed: users" in first.stdout, "the seed shows its progress"
    counts = {table: sql(f"SELECT count(*) FROM {table}")[0][0] for table in COUNTED}
    sql("UPDATE classes SET title = 'Renamed by a person' WHERE code = 'CS101'")
    second = seed_demo(service_env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert counts == {table: sql(f"SELECT count(*) FROM {table}")[0][0] for table in COUNTED}
    assert sql("SELECT title FROM classes WHERE code = 'CS101'")[0][0] == "Renamed by a person"
    assert sql("SELECT count(*) FROM users WHERE role = 'student'")[0][0] >= 20
    assert sql("SELECT count(*) FROM questions")[0][0] >= 8
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 5
    assert sql("SELECT count(*) FROM assignment_progress")[0][0] == 5
    unenrolled = sql(
        "SELECT count(*) FROM users u WHERE role = 'student' AND NOT EXISTS (SELECT 1 FROM enrollments e "
        "JOIN classes c ON c.id = e.class_id WHERE e.user_id = u.id AND c.code = 'CS101')"
    )[0][0]
    assert unenrolled == 0
    modes = {row[0] for row in sql("SELECT mode FROM assignment")}
    assert modes == {"practice", "exam"}
    assert sql("SELECT config->>'exam_time_limit_minutes' FROM assignment WHERE mode = 'exam'")[0][0] == "20"
    extended = sql("SELECT u.email, x.extra_minutes FROM extension x JOIN users u ON u.id = x.student")
    assert [tuple(row) for row in extended] == [("student2@example.edu", 10)]
    kinds = {tuple(row) for row in sql("SELECT DISTINCT kind, visibility FROM test_cases")}
    assert {("call", "visible"), ("call", "hidden"), ("io", "visible"), ("io", "hidden")} <= kinds
    first_question = sql(
        "SELECT q.language, t.kind, q.reference_solution FROM assignment a "
        "JOIN assignment_question aq ON aq.assignment = a.id AND aq.order_index = 0 "
        "JOIN questions q ON q.id = aq.question JOIN test_cases t ON t.question = q.id "
        "WHERE a.mode = 'practice' ORDER BY t.order_index LIMIT 1"
    )[0]
    assert (first_question["language"], first_question["kind"]) == ("python", "call")
    assert first_question["reference_solution"]
    assert sql("SELECT count(*) FROM users WHERE email = 'admin@example.edu' AND role = 'admin'")[0][0] == 1


def test_demo_seed_refuses_production(service_env: dict[str, str]) -> None:
    env = {**service_env, "APP_ENV": "production"}
    result = seed_demo(env)
    assert result.returncode != 0
    assert "APP_ENV=production" in result.stdout + result.stderr
    assert sql("SELECT count(*) FROM users")[0][0] == 0


def test_the_canonical_email_migration_rewrites_existing_rows_and_keeps_colliding_ones(
    service_env: dict[str, str],
) -> None:
    """Rows written before canonical emails: rewritten canonical unless another row has that form (both kept, for an
    admin to merge); control characters in names become spaces."""
    sql("DROP DATABASE IF EXISTS canonical_check WITH (FORCE)")
    sql("CREATE DATABASE canonical_check")
    url = service_env["DATABASE_URL"].rsplit("/", 1)[0] + "/canonical_check"
    env = {**service_env, "DATABASE_URL": url}
    before = _migrate(env, "forwards", "tables", "--migration_id=2026-11-25T19:20:00:000000")
    assert before.returncode == 0, before.stdout + before.stderr

    async def query(statement: str) -> list:
        connection = await asyncpg.connect(url)
        try:
            return await connection.fetch(statement)
        finally:
            await connection.close()

    run(
        query(
            "INSERT INTO users (username, password, first_name, last_name, email, active, admin, superuser, "
            "display_name, role, settings) VALUES "
            "('', '', '', '', 'Old.User@X.edu.', true, false, false, E'Eve\\nBcc: x', 'student', '{}'), "
            "('', '', '', '', '\uff24up@x.edu', true, false, false, '', 'student', '{}'), "
            "('', '', '', '', 'dup@x.edu', true, false, false, '', 'student', '{}')"
        )
    )
    after = _migrate(env, "forwards", "all")
    assert after.returncode == 0, after.stdout + after.stderr
    rows = run(query("SELECT email, username, display_name FROM users ORDER BY id"))
    assert [tuple(row) for row in rows] == [
        ("old.user@x.edu", "old.user@x.edu", "Eve Bcc: x"),
        ("\uff44up@x.edu", "\uff44up@x.edu", ""),  # its canonical form is taken: kept as it was
        ("dup@x.edu", "dup@x.edu", ""),
    ]
