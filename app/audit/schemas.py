"""The audit log as its readers see it: one staff or admin write per entry."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

from tables.enums import AuditKind


class AuditEventView(msgspec.Struct):
    """One recorded write: who, where, what, and the fields it changed."""

    seq: int  # the log's sequence number: page with `after=` the last one you read
    created_at: datetime
    actor_id: int | None  # null: the system
    class_id: int | None  # null: not one class's (accounts, the question bank)
    kind: AuditKind
    target_table: str
    target_id: int | None
    change: dict[str, list[Any]]  # {field: [before, after]}, the changed fields only
    request_id: str | None
