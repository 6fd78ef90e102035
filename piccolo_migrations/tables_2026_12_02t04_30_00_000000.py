"""The audit log's kinds grow by the LMS integration's admin writes: a platform trusted, changed or removed, a
Dynamic Registration URL made, the tool's signing key rotated; the kind's CHECK is made again from the catalogue."""

from enum import Enum
from functools import partial

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Varchar

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script
from piccolo_migrations.tables_2026_12_01t20_52_00_000000 import enum_check
from tables.enums import AuditKind

ID = "2026-12-02T04:30:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "audit kinds for LTI platforms, registration URLs and key rotations"

NEW_KINDS = (AuditKind.lti_platform, AuditKind.lti_registration_url, AuditKind.lti_key)
DROP = "ALTER TABLE audit_event DROP CONSTRAINT IF EXISTS audit_event_kind_check;\n"

FORWARDS = DROP + enum_check("audit_event", "kind", AuditKind)
BACKWARDS = DROP + enum_check("audit_event", "kind", [kind for kind in AuditKind if kind not in NEW_KINDS])


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)
    manager.add_raw(partial(_execute_script, FORWARDS))
    manager.add_raw_backwards(partial(_execute_script, BACKWARDS))
    # Piccolo's own record of the column's choices (no SQL of its own: the CHECK above is the database's)
    manager.alter_column(
        table_class_name="AuditEvent",
        tablename="audit_event",
        column_name="kind",
        db_column_name="kind",
        params={"choices": Enum("AuditKind", {kind.value: kind.value for kind in AuditKind})},
        old_params={"choices": Enum("AuditKind", {k.value: k.value for k in AuditKind if k not in NEW_KINDS})},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )
    return manager
