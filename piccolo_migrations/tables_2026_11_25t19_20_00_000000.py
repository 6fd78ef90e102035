"""Constraints for authoring and runs: slugs unique per owner, the validation state's and the runs' CHECKs; tests of
questions without a reference solution start `unchecked`."""

from functools import partial

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-11-25T19:20:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "slugs unique per owner, validation and code_run CHECKs"

FORWARDS = r"""
ALTER TABLE questions ADD CONSTRAINT questions_revision_check CHECK (revision >= 1);
ALTER TABLE questions ADD CONSTRAINT questions_slug_owner_key UNIQUE (slug, owner);
ALTER TABLE test_cases ADD CONSTRAINT test_cases_validation_check
    CHECK (validation IN ('pending', 'valid', 'invalid', 'unchecked'));
UPDATE test_cases SET validation = 'unchecked', validation_reason = 'the question has no reference solution'
    WHERE question IN (SELECT id FROM questions WHERE reference_solution = '');

ALTER TABLE code_run ADD CONSTRAINT code_run_language_check
    CHECK (language IN ('python', 'c', 'cpp', 'java', 'javascript'));
ALTER TABLE code_run ADD CONSTRAINT code_run_mode_check CHECK (mode IN ('stdin', 'visible'));
ALTER TABLE code_run ADD CONSTRAINT code_run_status_check CHECK (status IN ('queued', 'running', 'done', 'error'));
"""

BACKWARDS = r"""
ALTER TABLE code_run DROP CONSTRAINT IF EXISTS code_run_status_check;
ALTER TABLE code_run DROP CONSTRAINT IF EXISTS code_run_mode_check;
ALTER TABLE code_run DROP CONSTRAINT IF EXISTS code_run_language_check;
ALTER TABLE test_cases DROP CONSTRAINT IF EXISTS test_cases_validation_check;
ALTER TABLE questions DROP CONSTRAINT IF EXISTS questions_slug_owner_key;
ALTER TABLE questions DROP CONSTRAINT IF EXISTS questions_revision_check;
"""


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)
    manager.add_raw(partial(_execute_script, FORWARDS))
    manager.add_raw_backwards(partial(_execute_script, BACKWARDS))
    return manager
