from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-11-25T18:56:39:006262"
VERSION = "1.38.0"
DESCRIPTION = "drop the unused submission_attempt.enqueued_at (never written or read)"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    manager.drop_column(
        table_class_name="SubmissionAttempt",
        tablename="submission_attempt",
        column_name="enqueued_at",
        db_column_name="enqueued_at",
        schema=None,
    )

    return manager
