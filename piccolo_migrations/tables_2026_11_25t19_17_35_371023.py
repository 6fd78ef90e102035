from enum import Enum

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Varchar

ID = "2026-11-25T19:17:35:371023"
VERSION = "1.38.0"
DESCRIPTION = "language and test kind choices"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    manager.alter_column(
        table_class_name="Question",
        tablename="questions",
        column_name="language",
        db_column_name="language",
        params={
            "choices": Enum(
                "Language",
                {
                    "python": "python",
                    "c": "c",
                    "cpp": "cpp",
                    "java": "java",
                    "javascript": "javascript",
                },
            )
        },
        old_params={"choices": Enum("Language", {"python": "python", "c": "c"})},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    manager.alter_column(
        table_class_name="TestCase",
        tablename="test_cases",
        column_name="kind",
        db_column_name="kind",
        params={"choices": Enum("TestKind", {"io": "io", "call": "call", "checker": "checker"})},
        old_params={"choices": Enum("TestKind", {"io": "io", "call": "call"})},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )

    return manager
