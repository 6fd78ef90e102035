from enum import Enum

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Float, Varchar
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-02T00:10:30:000000"
VERSION = "1.38.0"
DESCRIPTION = "submission_attempt.raw_score: the tests' points before the late penalty; the rules_changed cause"
CAUSES = {name: name for name in ("graded", "rejudged", "override", "override_removed", "released", "policy_changed")}


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    manager.add_column(
        table_class_name="SubmissionAttempt",
        tablename="submission_attempt",
        column_name="raw_score",
        db_column_name="raw_score",
        column_class_name="Float",
        column_class=Float,
        params={
            "default": None,
            "null": True,
            "primary_key": False,
            "unique": False,
            "index": False,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )
    manager.alter_column(
        table_class_name="GradeEvent",
        tablename="grade_event",
        column_name="cause",
        db_column_name="cause",
        params={"choices": Enum("GradeCause", {**CAUSES, "rules_changed": "rules_changed"})},
        old_params={"choices": Enum("GradeCause", CAUSES)},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    return manager
