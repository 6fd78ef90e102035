"""The audit log's test helpers: one write with its own request id, and the rows it left."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx

from tests.factories import World
from tests.support import auth, sql

COLUMNS = "id, actor, class_id, kind, target_table, target_id, change, request_id"


def audit_rows(request_id: str) -> list[dict[str, Any]]:
    found = sql(f"SELECT {COLUMNS} FROM audit_event WHERE request_id = $1 ORDER BY id", request_id)
    return [{**dict(row), "change": json.loads(row["change"])} for row in found]


def count() -> int:
    return sql("SELECT count(*) FROM audit_event")[0][0]


def act(api: httpx.Client, method: str, path: str, caller: int, body: Any = None, *, status: int) -> dict[str, Any]:
    """Send one write with its own request id; answer the one audit row it left (and check it is the only one)."""
    rid, before = uuid.uuid4().hex, count()
    response = api.request(method, path, json=body, headers={**auth(caller), "X-Request-ID": rid})
    assert response.status_code == status, response.text
    found = audit_rows(rid)
    assert len(found) == 1 and count() == before + 1, found  # and no second row by another path (the triggers)
    assert found[0]["actor"] == caller
    return found[0]


def item_path(world: World) -> str:
    return f"/api/assignments/{world.assignment.id}"


def assignment_id(world: World) -> int:
    return sql("SELECT id FROM assignment WHERE content_item = $1", world.assignment.id)[0]["id"]
