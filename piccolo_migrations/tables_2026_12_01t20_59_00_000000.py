"""Class invitations: an `enrollment` one-time token names the class (`class_id`) and the class role offered."""

from enum import Enum

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.base import OnDelete, OnUpdate
from piccolo.columns.column_types import ForeignKey, Serial, Varchar
from piccolo.columns.indexes import IndexMethod
from piccolo.table import Table


class Class(Table, tablename="classes", schema=None):
    id = Serial(
        null=False,
        primary_key=True,
        unique=False,
        index=False,
        index_method=IndexMethod.btree,
        choices=None,
        db_column_name="id",
        secret=False,
    )


ID = "2026-12-01T20:59:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "class invitations: account tokens name a class and a class role"
PURPOSES = {"invitation": "invitation", "password_reset": "password_reset"}


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)
    manager.add_column(
        table_class_name="AccountToken",
        tablename="account_tokens",
        column_name="class_id",
        db_column_name="class_id",
        column_class_name="ForeignKey",
        column_class=ForeignKey,
        params={
            "references": Class,
            "on_delete": OnDelete.cascade,
            "on_update": OnUpdate.cascade,
            "target_column": None,
            "null": True,
            "primary_key": False,
            "unique": False,
            "index": True,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )
    manager.add_column(
        table_class_name="AccountToken",
        tablename="account_tokens",
        column_name="class_role",
        db_column_name="class_role",
        column_class_name="Varchar",
        column_class=Varchar,
        params={
            "length": 20,
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
        table_class_name="AccountToken",
        tablename="account_tokens",
        column_name="purpose",
        db_column_name="purpose",
        params={"choices": Enum("AccountTokenPurpose", {**PURPOSES, "enrollment": "enrollment"})},
        old_params={"choices": Enum("AccountTokenPurpose", PURPOSES)},
        column_class=Varchar,
        old_column_class=Varchar,
        schema=None,
    )
    return manager
