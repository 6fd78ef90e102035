"""Exam sessions, extensions and review rows: uniques, CHECKs, and the immutability trigger covering auto_submitted."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-11-25T19:13:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "exam session and extension uniques, review checks, attempt guard with auto_submitted"

GUARD = r"""
CREATE OR REPLACE FUNCTION submission_attempt_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'submission_attempt % is immutable: DELETE is not allowed', OLD.id
            USING ERRCODE = 'restrict_violation';
    END IF;
    IF (NEW.id, NEW.user_id, NEW.assignment, NEW.question, NEW.attempt_number, NEW.language, NEW.code_blob_ref,
        NEW.code_sha256, NEW.code_size, NEW.idempotency_key, NEW.is_late, NEW.late_penalty, NEW.submitted_at{new})
       IS DISTINCT FROM
       (OLD.id, OLD.user_id, OLD.assignment, OLD.question, OLD.attempt_number, OLD.language, OLD.code_blob_ref,
        OLD.code_sha256, OLD.code_size, OLD.idempotency_key, OLD.is_late, OLD.late_penalty, OLD.submitted_at{old}) THEN
        RAISE EXCEPTION 'submission_attempt % is immutable: only the grading outcome may change', OLD.id
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END $$;
"""

FORWARDS = (
    GUARD.replace("{new}", ", NEW.auto_submitted").replace("{old}", ", OLD.auto_submitted")
    + r"""
ALTER TABLE exam_session ADD CONSTRAINT exam_session_key UNIQUE (student, assignment);
ALTER TABLE exam_session ADD CONSTRAINT exam_session_times_check CHECK (ends_at >= started_at);
CREATE INDEX exam_session_unfinished_idx ON exam_session (ends_at) WHERE finished_at IS NULL;
ALTER TABLE extension ADD CONSTRAINT extension_key UNIQUE (student, assignment);
ALTER TABLE extension ADD CONSTRAINT extension_minutes_check CHECK (extra_minutes >= 0);
ALTER TABLE score_override ADD CONSTRAINT score_override_score_check CHECK (new_score >= 0);
ALTER TABLE submission_comment ADD CONSTRAINT submission_comment_line_check CHECK (coalesce(line, 1) >= 1);
"""
)

BACKWARDS = r"""
ALTER TABLE submission_comment DROP CONSTRAINT IF EXISTS submission_comment_line_check;
ALTER TABLE score_override DROP CONSTRAINT IF EXISTS score_override_score_check;
ALTER TABLE extension DROP CONSTRAINT IF EXISTS extension_minutes_check;
ALTER TABLE extension DROP CONSTRAINT IF EXISTS extension_key;
DROP INDEX IF EXISTS exam_session_unfinished_idx;
ALTER TABLE exam_session DROP CONSTRAINT IF EXISTS exam_session_times_check;
ALTER TABLE exam_session DROP CONSTRAINT IF EXISTS exam_session_key;
""" + GUARD.replace("{new}", "").replace("{old}", "")


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    async def run() -> None:
        await _execute_script(FORWARDS)

    async def run_backwards() -> None:
        await _execute_script(BACKWARDS)

    manager.add_raw(run)
    manager.add_raw_backwards(run_backwards)
    return manager
