"""The audit log: one row per staff or admin write, append-only (a trigger refuses UPDATE and DELETE).

`actor`, `class_id` and `target_id` are plain integers, not foreign keys: the log outlives what it names (a
deleted class or account), and a foreign key's ON DELETE action would have to update or delete audit rows, which
the trigger refuses. Rows come from app/audit/audit.py (API writes, in the change's transaction) and from the
admin triggers of the audit migration (writes made in Piccolo Admin).
"""

from piccolo.columns import JSONB, BigInt, BigSerial, Integer, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from tables.enums import AuditKind


class AuditEvent(Table, tablename="audit_event"):
    """`change` is {field: [before, after]} of the fields that changed; its id is the sequence readers page by."""

    id = BigSerial(primary_key=True)
    created_at = Timestamptz(default=TimestamptzNow())
    actor = Integer(null=True, default=None)  # the user (null: the system)
    class_id = Integer(null=True, default=None)  # null: not one class's (accounts, the question bank)
    kind = Varchar(length=30, choices=AuditKind)
    target_table = Varchar(length=63)
    target_id = BigInt(null=True, default=None)
    change = JSONB(default={})
    request_id = Varchar(length=64, null=True, default=None)
