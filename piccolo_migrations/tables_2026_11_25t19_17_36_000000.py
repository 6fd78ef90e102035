"""C++, Java and JavaScript beside Python and C, and checker tests: the CHECKs list the enums' new values."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-11-25T19:17:36:000000"
VERSION = "1.38.0"
DESCRIPTION = "languages cpp, java, javascript; checker tests"

FORWARDS = r"""
ALTER TABLE questions DROP CONSTRAINT questions_language_check;
ALTER TABLE questions ADD CONSTRAINT questions_language_check
    CHECK (language IN ('python', 'c', 'cpp', 'java', 'javascript'));
ALTER TABLE test_cases DROP CONSTRAINT test_cases_kind_check;
ALTER TABLE test_cases ADD CONSTRAINT test_cases_kind_check CHECK (kind IN ('io', 'call', 'checker'));
"""

BACKWARDS = r"""
ALTER TABLE questions DROP CONSTRAINT questions_language_check;
ALTER TABLE questions ADD CONSTRAINT questions_language_check CHECK (language IN ('python', 'c'));
ALTER TABLE test_cases DROP CONSTRAINT test_cases_kind_check;
ALTER TABLE test_cases ADD CONSTRAINT test_cases_kind_check CHECK (kind IN ('io', 'call'));
"""


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    async def run() -> None:
        await _execute_script(FORWARDS)

    async def run_backwards() -> None:
        await _execute_script(BACKWARDS)

    manager.add_raw(run)
    manager.add_raw_backwards(run_backwards)
    return manager
