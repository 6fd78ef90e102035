"""Accounts in SQL: users normalized and their admin flags set from the role by a trigger, token version bumps."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import ForeignKey

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-11-25T19:14:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "users trigger: normalized emails, admin flags from the role, token version bumps; account token checks"

FORWARDS = r"""
ALTER TABLE account_tokens ADD CONSTRAINT account_tokens_purpose_check
    CHECK (purpose IN ('invitation', 'password_reset'));
ALTER TABLE users ADD CONSTRAINT users_token_version_check CHECK (token_version >= 0);
CREATE INDEX revoked_tokens_expires_idx ON revoked_tokens (expires_at);

-- Whoever writes a user (API, command line, Piccolo Admin's forms, SQL): the email is stored trimmed and lower-cased
-- and is the username; the role alone decides the admin flags; a role, activity or password change bumps the token
-- version, which revokes every access token issued before it (an upgrade of a legacy hash is not a change).
CREATE FUNCTION users_normalize() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.email := lower(btrim(NEW.email));
    NEW.username := NEW.email;
    NEW.admin := NEW.role = 'admin';
    NEW.superuser := NEW.role = 'admin';
    IF TG_OP = 'UPDATE' AND NEW.token_version = OLD.token_version AND (
        (NEW.role, NEW.active) IS DISTINCT FROM (OLD.role, OLD.active)
        OR (NEW.password IS DISTINCT FROM OLD.password
            AND NOT (OLD.password LIKE 'pbkdf2\_sha256$%' AND NEW.password LIKE '$argon2%'))) THEN
        NEW.token_version := OLD.token_version + 1;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER users_normalize BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION users_normalize();
UPDATE users SET email = email;
ALTER TABLE users ADD CONSTRAINT users_email_normalized_check CHECK (email = lower(btrim(email)) AND username = email);
"""

BACKWARDS = r"""
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_normalized_check;
DROP TRIGGER IF EXISTS users_normalize ON users;
DROP FUNCTION IF EXISTS users_normalize();
"""


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    async def run() -> None:
        await _execute_script(FORWARDS)

    async def run_backwards() -> None:
        await _execute_script(BACKWARDS)

    # Piccolo's record of the foreign keys renamed in the previous migration: no db_column_name any more (the
    # database columns keep their names, nothing runs).
    for class_name, tablename, column in [
        ("Enrollment", "enrollments", "class_id"),
        ("Enrollment", "enrollments", "user_id"),
        ("Module", "modules", "class_id"),
        ("AssignmentProgress", "assignment_progress", "user_id"),
        ("SubmissionAttempt", "submission_attempt", "user_id"),
    ]:
        manager.alter_column(
            table_class_name=class_name,
            tablename=tablename,
            column_name=column,
            db_column_name=column,
            params={"db_column_name": None},
            old_params={"db_column_name": column},
            column_class=ForeignKey,
            old_column_class=ForeignKey,
            schema=None,
        )

    manager.add_raw(run)
    manager.add_raw_backwards(run_backwards)
    return manager
