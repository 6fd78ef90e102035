"""Constraints Piccolo's column API cannot express: composite uniques, CHECKs, triggers and hot-path indexes."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.conf.apps import Finder

ID = "2026-11-25T13:20:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "constraints, immutability trigger, content child check, indexes"

FORWARDS = r"""
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('admin', 'instructor', 'ta', 'student'));

ALTER TABLE enrollments ADD CONSTRAINT enrollments_class_user_key UNIQUE (class_id, user_id);
ALTER TABLE enrollments ADD CONSTRAINT enrollments_role_check CHECK (role IN ('instructor', 'ta', 'student'));

ALTER TABLE modules ADD CONSTRAINT modules_class_order_key UNIQUE (class_id, order_index)
    DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE modules ADD CONSTRAINT modules_order_check CHECK (order_index >= 0);

ALTER TABLE content_item ADD CONSTRAINT content_item_type_check CHECK (type IN ('assignment', 'page'));
ALTER TABLE content_item ADD CONSTRAINT content_item_module_order_key UNIQUE (module, order_index)
    DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE assignment ADD CONSTRAINT assignment_mode_check CHECK (mode IN ('practice', 'exam'));

ALTER TABLE questions ADD CONSTRAINT questions_language_check CHECK (language IN ('python', 'c'));
ALTER TABLE questions ADD CONSTRAINT questions_points_check CHECK (default_points >= 0);
ALTER TABLE questions ADD CONSTRAINT questions_limits_check CHECK (
    coalesce(time_limit_ms, 1) > 0 AND coalesce(memory_limit_mb, 1) > 0 AND coalesce(output_limit_kb, 1) > 0);
ALTER TABLE test_cases ADD CONSTRAINT test_cases_kind_check CHECK (kind IN ('io', 'call'));
ALTER TABLE test_cases ADD CONSTRAINT test_cases_compare_check CHECK (compare_mode IN
    ('exact', 'ignore_trailing_whitespace', 'case_insensitive', 'numeric_tolerance', 'regex'));
ALTER TABLE test_cases ADD CONSTRAINT test_cases_visibility_check CHECK (visibility IN ('visible', 'hidden', 'after_due'));
ALTER TABLE test_cases ADD CONSTRAINT test_cases_weight_check CHECK (weight >= 0 AND tolerance >= 0);

ALTER TABLE assignment_question ADD CONSTRAINT assignment_question_key UNIQUE (assignment, question);
ALTER TABLE assignment_question ADD CONSTRAINT assignment_question_order_key UNIQUE (assignment, order_index)
    DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE assignment_question ADD CONSTRAINT assignment_question_points_check CHECK (custom_points >= 0);

ALTER TABLE assignment_progress ADD CONSTRAINT assignment_progress_key UNIQUE (user_id, assignment, question);
ALTER TABLE assignment_progress ADD CONSTRAINT assignment_progress_values_check CHECK (time_spent >= 0 AND revision >= 1);

ALTER TABLE submission_attempt ADD CONSTRAINT submission_attempt_number_key
    UNIQUE (user_id, assignment, question, attempt_number);
ALTER TABLE submission_attempt ADD CONSTRAINT submission_attempt_idempotency_key UNIQUE (user_id, idempotency_key);
ALTER TABLE submission_attempt ADD CONSTRAINT submission_attempt_status_check
    CHECK (status IN ('queued', 'running', 'graded', 'error'));
ALTER TABLE submission_attempt ADD CONSTRAINT submission_attempt_values_check CHECK (
    attempt_number >= 1 AND code_size >= 0 AND late_penalty >= 0 AND coalesce(score, 0) >= 0
    AND coalesce(max_score, 0) >= 0 AND coalesce(execution_time_ms, 0) >= 0);
CREATE INDEX submission_attempt_history_idx ON submission_attempt (user_id, assignment, question, submitted_at);
CREATE INDEX submission_attempt_status_idx ON submission_attempt (status) WHERE status IN ('queued', 'running');
CREATE INDEX submission_attempt_assignment_idx ON submission_attempt (assignment, question);
ALTER TABLE test_result ADD CONSTRAINT test_result_values_check CHECK (score >= 0 AND time_ms >= 0);

ALTER TABLE problem_analytics ADD CONSTRAINT problem_analytics_key UNIQUE NULLS NOT DISTINCT (question, assignment);

-- Attempts are immutable: only the grading outcome may change, and nothing may be deleted.
-- TRUNCATE (tests, resets) is deliberately not blocked.
CREATE FUNCTION submission_attempt_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'submission_attempt % is immutable: DELETE is not allowed', OLD.id
            USING ERRCODE = 'restrict_violation';
    END IF;
    IF (NEW.id, NEW.user_id, NEW.assignment, NEW.question, NEW.attempt_number, NEW.language, NEW.code_blob_ref,
        NEW.code_sha256, NEW.code_size, NEW.idempotency_key, NEW.is_late, NEW.late_penalty, NEW.submitted_at)
       IS DISTINCT FROM
       (OLD.id, OLD.user_id, OLD.assignment, OLD.question, OLD.attempt_number, OLD.language, OLD.code_blob_ref,
        OLD.code_sha256, OLD.code_size, OLD.idempotency_key, OLD.is_late, OLD.late_penalty, OLD.submitted_at) THEN
        RAISE EXCEPTION 'submission_attempt % is immutable: only the grading outcome may change', OLD.id
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER submission_attempt_immutable BEFORE UPDATE OR DELETE ON submission_attempt
    FOR EACH ROW EXECUTE FUNCTION submission_attempt_guard();

-- A content_item never exists without the child its type names (checked at commit, so both are inserted together).
CREATE FUNCTION content_item_child_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    item content_item%ROWTYPE;
BEGIN
    IF TG_TABLE_NAME = 'content_item' THEN
        item := NEW;
    ELSE
        SELECT * INTO item FROM content_item WHERE id = OLD.content_item;
        IF NOT FOUND THEN
            RETURN NULL;  -- the base row went too
        END IF;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM content_item c WHERE c.id = item.id) THEN
        RETURN NULL;
    END IF;
    IF (item.type = 'assignment' AND NOT EXISTS (SELECT 1 FROM assignment WHERE content_item = item.id))
       OR (item.type = 'page' AND NOT EXISTS (SELECT 1 FROM page WHERE content_item = item.id)) THEN
        RAISE EXCEPTION 'content_item % of type % has no % row', item.id, item.type, item.type
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER content_item_has_child AFTER INSERT OR UPDATE OF type ON content_item
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_item_child_guard();
CREATE CONSTRAINT TRIGGER assignment_keeps_base AFTER DELETE ON assignment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_item_child_guard();
CREATE CONSTRAINT TRIGGER page_keeps_base AFTER DELETE ON page
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_item_child_guard();
"""

BACKWARDS = r"""
DROP TRIGGER IF EXISTS page_keeps_base ON page;
DROP TRIGGER IF EXISTS assignment_keeps_base ON assignment;
DROP TRIGGER IF EXISTS content_item_has_child ON content_item;
DROP FUNCTION IF EXISTS content_item_child_guard();
DROP TRIGGER IF EXISTS submission_attempt_immutable ON submission_attempt;
DROP FUNCTION IF EXISTS submission_attempt_guard();
ALTER TABLE problem_analytics DROP CONSTRAINT IF EXISTS problem_analytics_key;
ALTER TABLE test_result DROP CONSTRAINT IF EXISTS test_result_values_check;
DROP INDEX IF EXISTS submission_attempt_assignment_idx;
DROP INDEX IF EXISTS submission_attempt_status_idx;
DROP INDEX IF EXISTS submission_attempt_history_idx;
ALTER TABLE submission_attempt DROP CONSTRAINT IF EXISTS submission_attempt_values_check;
ALTER TABLE submission_attempt DROP CONSTRAINT IF EXISTS submission_attempt_status_check;
ALTER TABLE submission_attempt DROP CONSTRAINT IF EXISTS submission_attempt_idempotency_key;
ALTER TABLE submission_attempt DROP CONSTRAINT IF EXISTS submission_attempt_number_key;
ALTER TABLE assignment_progress DROP CONSTRAINT IF EXISTS assignment_progress_values_check;
ALTER TABLE assignment_progress DROP CONSTRAINT IF EXISTS assignment_progress_key;
ALTER TABLE assignment_question DROP CONSTRAINT IF EXISTS assignment_question_points_check;
ALTER TABLE assignment_question DROP CONSTRAINT IF EXISTS assignment_question_order_key;
ALTER TABLE assignment_question DROP CONSTRAINT IF EXISTS assignment_question_key;
ALTER TABLE test_cases DROP CONSTRAINT IF EXISTS test_cases_weight_check;
ALTER TABLE test_cases DROP CONSTRAINT IF EXISTS test_cases_visibility_check;
ALTER TABLE test_cases DROP CONSTRAINT IF EXISTS test_cases_compare_check;
ALTER TABLE test_cases DROP CONSTRAINT IF EXISTS test_cases_kind_check;
ALTER TABLE questions DROP CONSTRAINT IF EXISTS questions_limits_check;
ALTER TABLE questions DROP CONSTRAINT IF EXISTS questions_points_check;
ALTER TABLE questions DROP CONSTRAINT IF EXISTS questions_language_check;
ALTER TABLE assignment DROP CONSTRAINT IF EXISTS assignment_mode_check;
ALTER TABLE content_item DROP CONSTRAINT IF EXISTS content_item_module_order_key;
ALTER TABLE content_item DROP CONSTRAINT IF EXISTS content_item_type_check;
ALTER TABLE modules DROP CONSTRAINT IF EXISTS modules_order_check;
ALTER TABLE modules DROP CONSTRAINT IF EXISTS modules_class_order_key;
ALTER TABLE enrollments DROP CONSTRAINT IF EXISTS enrollments_role_check;
ALTER TABLE enrollments DROP CONSTRAINT IF EXISTS enrollments_class_user_key;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
DROP INDEX IF EXISTS users_email_lower_key;
"""


async def _execute_script(sql: str) -> None:
    """asyncpg's simple-query `execute` runs a multi-statement script, inside the migration's transaction."""
    engine = Finder().get_app_config("tables").table_classes[0]._meta.db
    transaction = engine.current_transaction.get()
    if transaction is not None:
        await transaction.connection.execute(sql)
        return
    connection = await engine.get_new_connection()
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    async def run() -> None:
        await _execute_script(FORWARDS)

    async def run_backwards() -> None:
        await _execute_script(BACKWARDS)

    manager.add_raw(run)
    manager.add_raw_backwards(run_backwards)
    return manager
