"""The blob outbox (code kept in PostgreSQL while S3 is down, until the sweeper stores it) and class codes unique
whatever their case."""

from functools import partial

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Bytea, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.columns.indexes import IndexMethod

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script

ID = "2026-12-01T21:01:40:362203"
VERSION = "1.38.0"
DESCRIPTION = "blob outbox; class codes unique case-insensitively"

FORWARDS = r"""
CREATE UNIQUE INDEX classes_code_lower_key ON classes (lower(code));
"""

BACKWARDS = r"""
DROP INDEX IF EXISTS classes_code_lower_key;
"""


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    manager.add_table(
        class_name="BlobOutbox",
        tablename="blob_outbox",
        schema=None,
        columns=None,
    )

    manager.add_column(
        table_class_name="BlobOutbox",
        tablename="blob_outbox",
        column_name="sha256",
        db_column_name="sha256",
        column_class_name="Varchar",
        column_class=Varchar,
        params={
            "length": 64,
            "default": "",
            "null": False,
            "primary_key": False,
            "unique": True,
            "index": False,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )

    manager.add_column(
        table_class_name="BlobOutbox",
        tablename="blob_outbox",
        column_name="code",
        db_column_name="code",
        column_class_name="Bytea",
        column_class=Bytea,
        params={
            "default": b"",
            "null": False,
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

    manager.add_column(
        table_class_name="BlobOutbox",
        tablename="blob_outbox",
        column_name="created_at",
        db_column_name="created_at",
        column_class_name="Timestamptz",
        column_class=Timestamptz,
        params={
            "default": TimestamptzNow(),
            "null": False,
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

    manager.add_raw(partial(_execute_script, FORWARDS))
    manager.add_raw_backwards(partial(_execute_script, BACKWARDS))
    return manager
