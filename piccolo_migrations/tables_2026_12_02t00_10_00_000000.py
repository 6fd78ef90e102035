"""The audit log in SQL: rows are append-only, the kind's CHECK comes from the catalogue, and the tables Piccolo
Admin may edit record the admin's writes themselves.

Why triggers for the admin: Piccolo Admin writes through Piccolo directly, so no service of ours runs on its
path. Each of its write requests runs in one transaction (app/admin_audit.py) carrying transaction-local settings:
`audit.admin_table` (the table the request edits) and `audit.request_id`, and, set by the admin-only write check,
`audit.admin_actor` (the signed-in admin). The triggers below write one `admin_edit` row per changed row of that
table, only when an actor is set. The API never sets one (its services call app/audit/audit.py in the change's
transaction instead), so one change leaves one row; rows of other tables changed on the way (a cascade, whose row
triggers PostgreSQL fires at the outer statement's end, or another trigger's work) are part of the change that
caused them and are not recorded again.
"""

from functools import partial

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script
from piccolo_migrations.tables_2026_12_01t20_52_00_000000 import enum_check
from tables.enums import AuditKind

ID = "2026-12-02T00:10:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "audit log: append-only trigger, kind CHECK, admin-edit triggers"

# the tables Piccolo Admin may write (app/admin.py), with their columns whose values never enter the log
ADMIN_TABLES: dict[str, tuple[str, ...]] = {
    "users": ("password",),
    "enrollments": (),
    "classes": (),
    "modules": (),
    "content_item": (),
    "assignment": (),
    "page": (),
    "questions": (),
    "test_cases": (),
    "assignment_question": (),
    "assignment_progress": (),
}

GUARD = r"""
CREATE FUNCTION audit_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_guard();
CREATE INDEX audit_event_class_idx ON audit_event (class_id, id);
CREATE INDEX audit_event_created_idx ON audit_event (created_at);

-- the class a row of an admin-editable table belongs to (null: none, as for accounts)
CREATE FUNCTION audit_class_of(p_table text, p_row jsonb) RETURNS int LANGUAGE sql STABLE AS $$
    SELECT CASE p_table
        WHEN 'classes' THEN (p_row->>'id')::int
        WHEN 'enrollments' THEN (p_row->>'class_id')::int
        WHEN 'modules' THEN (p_row->>'class_id')::int
        WHEN 'content_item' THEN (SELECT m.class_id FROM modules m WHERE m.id = (p_row->>'module')::int)
        WHEN 'assignment' THEN (SELECT m.class_id FROM content_item ci JOIN modules m ON m.id = ci.module
                                WHERE ci.id = (p_row->>'content_item')::int)
        WHEN 'page' THEN (SELECT m.class_id FROM content_item ci JOIN modules m ON m.id = ci.module
                          WHERE ci.id = (p_row->>'content_item')::int)
        WHEN 'assignment_question' THEN (SELECT m.class_id FROM assignment a
                                         JOIN content_item ci ON ci.id = a.content_item
                                         JOIN modules m ON m.id = ci.module WHERE a.id = (p_row->>'assignment')::int)
        WHEN 'assignment_progress' THEN (SELECT m.class_id FROM assignment a
                                         JOIN content_item ci ON ci.id = a.content_item
                                         JOIN modules m ON m.id = ci.module WHERE a.id = (p_row->>'assignment')::int)
        -- a question (and its tests) belongs to the class it is shared with, as the API records it
        WHEN 'questions' THEN (p_row->>'shared_with_class')::int
        WHEN 'test_cases' THEN (SELECT q.shared_with_class FROM questions q WHERE q.id = (p_row->>'question')::int)
    END
$$;

-- one `admin_edit` row per row the admin inserted, changed or deleted: {column: [before, after]} of the columns
-- that changed (the trigger's arguments name columns shown only as changed, never their values)
CREATE FUNCTION audit_admin_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor text := nullif(current_setting('audit.admin_actor', true), '');
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    diff jsonb;
BEGIN
    IF actor IS NULL OR TG_TABLE_NAME IS DISTINCT FROM current_setting('audit.admin_table', true) THEN
        RETURN NULL;
    END IF;
    SELECT jsonb_object_agg(key, CASE WHEN key = ANY (TG_ARGV) THEN '["(hidden)", "(hidden)"]'::jsonb
                                      ELSE jsonb_build_array(old_row -> key, new_row -> key) END)
    INTO diff
    FROM jsonb_object_keys(coalesce(new_row, old_row)) AS key
    WHERE coalesce(old_row -> key, 'null') IS DISTINCT FROM coalesce(new_row -> key, 'null');
    IF diff IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_event (created_at, actor, class_id, kind, target_table, target_id, change, request_id)
    VALUES (clock_timestamp(), actor::int, audit_class_of(TG_TABLE_NAME, coalesce(new_row, old_row)), 'admin_edit',
            TG_TABLE_NAME, (coalesce(new_row, old_row)->>'id')::bigint, diff,
            nullif(current_setting('audit.request_id', true), ''));
    RETURN NULL;
END $$;
"""


def _admin_trigger(table: str, hidden: tuple[str, ...]) -> str:
    arguments = ", ".join(f"'{column}'" for column in hidden)
    return (
        f"CREATE TRIGGER {table}_audit_admin AFTER INSERT OR UPDATE OR DELETE ON {table}\n"
        f"    FOR EACH ROW EXECUTE FUNCTION audit_admin_write({arguments});\n"
    )


FORWARDS = (
    GUARD
    + enum_check("audit_event", "kind", AuditKind)
    + "".join(_admin_trigger(table, hidden) for table, hidden in ADMIN_TABLES.items())
)

BACKWARDS = (
    "".join(f"DROP TRIGGER IF EXISTS {table}_audit_admin ON {table};\n" for table in ADMIN_TABLES)
    + r"""
DROP FUNCTION IF EXISTS audit_admin_write();
DROP FUNCTION IF EXISTS audit_class_of(text, jsonb);
ALTER TABLE audit_event DROP CONSTRAINT IF EXISTS audit_event_kind_check;
DROP INDEX IF EXISTS audit_event_created_idx;
DROP INDEX IF EXISTS audit_event_class_idx;
DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event;
DROP FUNCTION IF EXISTS audit_event_guard();
"""
)


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)
    manager.add_raw(partial(_execute_script, FORWARDS))
    manager.add_raw_backwards(partial(_execute_script, BACKWARDS))
    return manager
