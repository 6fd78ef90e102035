"""The audit log as the database keeps it and its readers see it: append-only rows, a class's log for its
instructors and the whole log for admins, filtered by actor, kind and time and paged by sequence number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.audit_support import act, item_path
from tests.factories import World, make_world
from tests.support import auth, sql


def test_audit_rows_are_append_only_in_the_database(api: httpx.Client) -> None:
    world = make_world()
    act(api, "PATCH", f"/api/classes/{world.cs101.id}", world.instructor.id, {"title": "T"}, status=200)
    with pytest.raises(Exception, match="append-only"):
        sql("UPDATE audit_event SET kind = 'user'")
    with pytest.raises(Exception, match="append-only"):
        sql("DELETE FROM audit_event")
    assert len(sql("SELECT 1 FROM audit_event")) == 1


READERS: list[tuple[str, Callable[[World], int], int, int]] = [
    # (who, caller, class audit status, everything status)
    ("instructor", lambda w: w.instructor.id, 200, 403),
    ("admin", lambda w: w.admin.id, 200, 200),
    ("ta", lambda w: w.ta.id, 403, 403),
    ("student", lambda w: w.student.id, 403, 403),
    ("other class's instructor", lambda w: w.other_instructor.id, 404, 403),
]


@pytest.mark.parametrize(("who", "caller", "mine", "everything"), READERS, ids=[r[0] for r in READERS])
def test_only_instructors_read_a_class_log_and_only_admins_all(
    api: httpx.Client, who: str, caller: Callable[[World], int], mine: int, everything: int
) -> None:
    world = make_world()
    act(api, "PATCH", f"/api/classes/{world.cs101.id}", world.instructor.id, {"title": "T"}, status=200)
    answer = api.get(f"/api/classes/{world.cs101.id}/audit", headers=auth(caller(world)))
    assert answer.status_code == mine, answer.text
    if mine == 200:
        assert [item["kind"] for item in answer.json()["items"]] == ["class_settings"]
    assert api.get("/api/audit", headers=auth(caller(world))).status_code == everything


def test_filters_and_paging(api: httpx.Client) -> None:
    world = make_world()
    first = act(api, "PATCH", f"/api/classes/{world.cs101.id}", world.instructor.id, {"title": "A"}, status=200)
    act(api, "PATCH", f"/api/classes/{world.cs101.id}", world.admin.id, {"title": "B"}, status=200)
    act(api, "PATCH", f"/api/classes/{world.cs102.id}", world.other_instructor.id, {"title": "C"}, status=200)
    act(
        api,
        "PUT",
        f"{item_path(world)}/extensions/{world.student.id}",
        world.instructor.id,
        {"extra_minutes": 5},
        status=200,
    )
    boss, admin = auth(world.instructor.id), auth(world.admin.id)

    def seqs(path: str, headers: dict, **params: Any) -> list[int]:
        answer = api.get(path, params=params, headers=headers)
        assert answer.status_code == 200, answer.text
        return [item["seq"] for item in answer.json()["items"]]

    mine = f"/api/classes/{world.cs101.id}/audit"
    every = seqs(mine, boss)
    assert len(every) == 3
    assert seqs(mine, boss, actor=world.admin.id) == [every[1]]
    assert seqs(mine, boss, kind="extension") == [every[2]]
    assert seqs(mine, boss, after=every[0], limit=1) == [every[1]]
    page = api.get(mine, params={"limit": 2}, headers=boss).json()
    assert page["next_cursor"] == str(every[1])
    created = sql("SELECT created_at FROM audit_event WHERE id = $1", every[1])[0][0]
    assert seqs(mine, boss, since=created.isoformat()) == every[1:]
    assert seqs(mine, boss, until=created.isoformat()) == [first["id"]]
    assert len(seqs("/api/audit", admin)) == 4
    assert len(seqs("/api/audit", admin, **{"class": world.cs102.id})) == 1
    assert api.get(mine, params={"kind": "nonsense"}, headers=boss).status_code == 400
    assert seqs(mine, boss, since="2000-01-01T00:00:00") == every  # no offset: UTC
    assert api.get(mine, params={"since": "0001-01-01T00:00:00+05:00"}, headers=boss).status_code == 400
