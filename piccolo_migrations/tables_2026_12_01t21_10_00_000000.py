"""Fair dispatch: what was queued or running before it already has its job, so it holds its student's places."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-12-01T21:10:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "attempts in flight before fair dispatch count as dispatched"

FORWARDS = "UPDATE submission_attempt SET dispatched_at = submitted_at WHERE status IN ('queued', 'running');"


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    async def run() -> None:
        await _execute_script(FORWARDS)

    manager.add_raw(run)
    return manager
