"""Insight constraints: one similarity report per assignment question and scope, its state CHECK, and the keys of
the wrong-answer tables the analytics job upserts into."""

from functools import partial

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-12-01T21:17:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "similarity report and wrong-answer keys and CHECKs"

FORWARDS = r"""
ALTER TABLE similarity_report ADD CONSTRAINT similarity_report_key UNIQUE (assignment, question, include_past);
ALTER TABLE similarity_report ADD CONSTRAINT similarity_report_state_check
    CHECK (state IN ('queued', 'running', 'done', 'failed'));
ALTER TABLE similarity_pair ADD CONSTRAINT similarity_pair_score_check CHECK (score >= 0 AND score <= 1);
ALTER TABLE wrong_output ADD CONSTRAINT wrong_output_key UNIQUE (attempt, test_case);
CREATE INDEX wrong_output_test ON wrong_output (assignment, question, test_case);
ALTER TABLE wrong_answer_cluster ADD CONSTRAINT wrong_answer_cluster_key
    UNIQUE (assignment, question, test_case, verdict, output_key);
ALTER TABLE test_failure ADD CONSTRAINT test_failure_key UNIQUE (assignment, question, test_case);
"""

BACKWARDS = r"""
ALTER TABLE test_failure DROP CONSTRAINT IF EXISTS test_failure_key;
ALTER TABLE wrong_answer_cluster DROP CONSTRAINT IF EXISTS wrong_answer_cluster_key;
DROP INDEX IF EXISTS wrong_output_test;
ALTER TABLE wrong_output DROP CONSTRAINT IF EXISTS wrong_output_key;
ALTER TABLE similarity_pair DROP CONSTRAINT IF EXISTS similarity_pair_score_check;
ALTER TABLE similarity_report DROP CONSTRAINT IF EXISTS similarity_report_state_check;
ALTER TABLE similarity_report DROP CONSTRAINT IF EXISTS similarity_report_key;
"""


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)
    manager.add_raw(partial(_execute_script, FORWARDS))
    manager.add_raw_backwards(partial(_execute_script, BACKWARDS))
    return manager
