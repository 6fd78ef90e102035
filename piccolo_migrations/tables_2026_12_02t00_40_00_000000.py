"""One definition of the override in force: the newest `score_override` row of an attempt (its `new_score` null when
that row removed the override). The API's override, the rejudge's preview and its publish all ask this function."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-12-02T00:40:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "override_in_force(attempt): the score an attempt's newest override sets, null when none is in force"

FORWARDS = """
CREATE OR REPLACE FUNCTION override_in_force(attempt_id integer) RETURNS double precision
LANGUAGE sql STABLE AS $$
    SELECT new_score FROM score_override WHERE attempt = attempt_id ORDER BY created_at DESC, id DESC LIMIT 1
$$;
"""


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    async def run() -> None:
        await _execute_script(FORWARDS)

    manager.add_raw(run)
    return manager
