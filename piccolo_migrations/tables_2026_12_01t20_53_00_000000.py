"""LTI 1.3 constraints: one registration per (issuer, client id), one row per platform user, context, resource link,
membership and line item; a grade event's sequence number at most once per context in the score outbox; the
outbox's statuses; the partial index its sender reads."""

from functools import partial

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-12-01T20:53:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "LTI uniques, outbox CHECK and pending index"

FORWARDS = r"""
ALTER TABLE lti_platform ADD CONSTRAINT lti_platform_issuer_client_key UNIQUE (issuer, client_id);
ALTER TABLE lti_platform ADD CONSTRAINT lti_platform_rate_check CHECK (max_requests_per_second > 0);
ALTER TABLE lti_deployment ADD CONSTRAINT lti_deployment_platform_deployment_key UNIQUE (platform, deployment_id);
ALTER TABLE lti_user ADD CONSTRAINT lti_user_platform_sub_key UNIQUE (platform, sub);
ALTER TABLE lti_context ADD CONSTRAINT lti_context_platform_context_key UNIQUE (platform, deployment_id, context_id);
ALTER TABLE lti_resource_link ADD CONSTRAINT lti_resource_link_context_link_key UNIQUE (context, resource_link_id);
ALTER TABLE lti_membership ADD CONSTRAINT lti_membership_context_user_key UNIQUE (context, user_id);
ALTER TABLE lti_line_item ADD CONSTRAINT lti_line_item_context_assignment_key UNIQUE (context, assignment);
ALTER TABLE lti_score_outbox ADD CONSTRAINT lti_score_outbox_seq_context_key UNIQUE (seq, context);
ALTER TABLE lti_score_outbox ADD CONSTRAINT lti_score_outbox_status_check
    CHECK (status IN ('pending', 'sent', 'failed', 'superseded'));
CREATE INDEX lti_score_outbox_due_idx ON lti_score_outbox (next_attempt_at) WHERE status IN ('pending', 'failed');
CREATE INDEX lti_score_outbox_line_idx ON lti_score_outbox (context, assignment, student, seq);
"""

BACKWARDS = r"""
DROP INDEX IF EXISTS lti_score_outbox_line_idx;
DROP INDEX IF EXISTS lti_score_outbox_due_idx;
ALTER TABLE lti_score_outbox DROP CONSTRAINT IF EXISTS lti_score_outbox_status_check;
ALTER TABLE lti_score_outbox DROP CONSTRAINT IF EXISTS lti_score_outbox_seq_context_key;
ALTER TABLE lti_line_item DROP CONSTRAINT IF EXISTS lti_line_item_context_assignment_key;
ALTER TABLE lti_membership DROP CONSTRAINT IF EXISTS lti_membership_context_user_key;
ALTER TABLE lti_resource_link DROP CONSTRAINT IF EXISTS lti_resource_link_context_link_key;
ALTER TABLE lti_context DROP CONSTRAINT IF EXISTS lti_context_platform_context_key;
ALTER TABLE lti_user DROP CONSTRAINT IF EXISTS lti_user_platform_sub_key;
ALTER TABLE lti_deployment DROP CONSTRAINT IF EXISTS lti_deployment_platform_deployment_key;
ALTER TABLE lti_platform DROP CONSTRAINT IF EXISTS lti_platform_rate_check;
ALTER TABLE lti_platform DROP CONSTRAINT IF EXISTS lti_platform_issuer_client_key;
"""


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)
    manager.add_raw(partial(_execute_script, FORWARDS))
    manager.add_raw_backwards(partial(_execute_script, BACKWARDS))
    return manager
