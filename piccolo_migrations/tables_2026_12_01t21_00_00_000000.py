"""Accounts no one can turn against others: canonical emails, one session model, class invitations.

- Emails are stored canonical (NFKC, case-folded, trailing dot removed) by whoever writes them; existing rows are
  rewritten unless their canonical form is taken by another row (those pairs stay as they are for an admin to merge
  or deactivate, and are listed by a NOTICE).
- Everything that bumps a user's token version (password change or reset, deactivation, role change, log out
  everywhere) also ends the user's Piccolo Admin sessions, in the same transaction, for every process.
- Deactivation retires every unused one-time link of the account; a password change retires its invitation and
  reset links (a reactivated account never finds an old reset link working again).
- Display names carry no control characters (they are written into mail).
- Class invitations (the columns come from the migration before): an `enrollment` token names a class and a role.
"""

from functools import partial

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-12-01T21:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "canonical emails, admin sessions end with the tokens, links end with deactivation, class invitations"

FORWARDS = r"""
-- what app/common/emails.py computes (PostgreSQL 16 has no case folding: lower() plus the two foldings of
-- letters lower() keeps, German sharp s and Greek final sigma; NFKC already folds the ligatures)
CREATE FUNCTION canonical_email(address text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT rtrim(replace(replace(lower(normalize(btrim(address), NFKC)), U&'\00DF', 'ss'), U&'\03C2', U&'\03C3'), '.')
$$;

CREATE OR REPLACE FUNCTION users_normalize() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.email IS DISTINCT FROM OLD.email THEN
        NEW.email := canonical_email(NEW.email);
    END IF;
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

CREATE FUNCTION users_end_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.token_version IS DISTINCT FROM OLD.token_version THEN
        DELETE FROM sessions WHERE user_id = NEW.id;
    END IF;
    IF OLD.active AND NOT NEW.active THEN
        UPDATE account_tokens SET used_at = now() WHERE user_id = NEW.id AND used_at IS NULL;
    ELSIF NEW.password IS DISTINCT FROM OLD.password
            AND NOT (OLD.password LIKE 'pbkdf2\_sha256$%' AND NEW.password LIKE '$argon2%') THEN
        UPDATE account_tokens SET used_at = now()
            WHERE user_id = NEW.id AND used_at IS NULL AND purpose IN ('invitation', 'password_reset');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER users_end_sessions AFTER UPDATE ON users FOR EACH ROW EXECUTE FUNCTION users_end_sessions();

DO $$
DECLARE
    kept record;
BEGIN
    FOR kept IN
        SELECT u.id, u.email FROM users u
        WHERE canonical_email(u.email) <> u.email
          AND EXISTS (SELECT 1 FROM users o WHERE o.id <> u.id AND canonical_email(o.email) = canonical_email(u.email))
    LOOP
        RAISE NOTICE 'user % keeps the email % (its canonical form belongs to another account: merge or deactivate)',
            kept.id, kept.email;
    END LOOP;
END $$;
UPDATE users u SET email = canonical_email(u.email)
WHERE canonical_email(u.email) <> u.email
  AND NOT EXISTS (SELECT 1 FROM users o WHERE o.id <> u.id AND canonical_email(o.email) = canonical_email(u.email));

UPDATE users SET display_name = regexp_replace(display_name, '[\x01-\x1f\x7f-\x9f\u2028\u2029]', ' ', 'g')
    WHERE display_name ~ '[\x01-\x1f\x7f-\x9f\u2028\u2029]';
ALTER TABLE users ADD CONSTRAINT users_display_name_printable_check
    CHECK (display_name !~ '[\x01-\x1f\x7f-\x9f\u2028\u2029]');

ALTER TABLE account_tokens DROP CONSTRAINT account_tokens_purpose_check;
ALTER TABLE account_tokens ADD CONSTRAINT account_tokens_purpose_check
    CHECK (purpose IN ('invitation', 'password_reset', 'enrollment'));
ALTER TABLE account_tokens ADD CONSTRAINT account_tokens_enrollment_check CHECK (
    (purpose = 'enrollment') = (class_id IS NOT NULL)
    AND (class_role IS NULL OR class_role IN ('instructor', 'ta', 'student'))
    AND (purpose = 'enrollment') = (class_role IS NOT NULL));
"""

BACKWARDS = r"""
DELETE FROM account_tokens WHERE purpose = 'enrollment';
ALTER TABLE account_tokens DROP CONSTRAINT IF EXISTS account_tokens_enrollment_check;
ALTER TABLE account_tokens DROP CONSTRAINT IF EXISTS account_tokens_purpose_check;
ALTER TABLE account_tokens ADD CONSTRAINT account_tokens_purpose_check
    CHECK (purpose IN ('invitation', 'password_reset'));
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_display_name_printable_check;
DROP TRIGGER IF EXISTS users_end_sessions ON users;
DROP FUNCTION IF EXISTS users_end_sessions();
CREATE OR REPLACE FUNCTION users_normalize() RETURNS trigger LANGUAGE plpgsql AS $$
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
DROP FUNCTION IF EXISTS canonical_email(text);
"""


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)
    manager.add_raw(partial(_execute_script, FORWARDS))
    manager.add_raw_backwards(partial(_execute_script, BACKWARDS))
    return manager
