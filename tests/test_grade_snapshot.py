"""The grade snapshot: an integration takes it, then follows the ledger's events after its `as_of_sequence`, and
what it holds then is exactly a new snapshot, even when a ledger write with a lower sequence number was still in
flight while the snapshot was taken."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta

import httpx

from app.grading import ledger
from jobs.db import connect
from piccolo_migrations.tables_2026_12_02t00_11_00_000000 import LEDGER_LOCK_SPACE
from tests.factories import make_lti_platform, make_world
from tests.grading_support import submit_and_wait, world_with
from tests.support import auth, sql
from tests.test_ledger import HALF, RIGHT, TESTS

Key = tuple[int, int, int]


def snapshot(api: httpx.Client, class_id: int, user_id: int) -> dict:
    taken = api.get(f"/api/classes/{class_id}/grade-snapshot", headers=auth(user_id))
    assert taken.status_code == 200, taken.text
    return taken.json()


def grades_of(snap: dict) -> dict[Key, float]:
    return {(g["user_id"], g["assignment_id"], g["question_id"]): g["score"] for g in snap["grades"]}


def follow(api: httpx.Client, class_id: int, user_id: int, after: int, grades: dict[Key, float]) -> int:
    """Apply every event after `after` (two per page) to `grades`; answers the last sequence number read."""
    while True:
        page = api.get(
            f"/api/classes/{class_id}/grade-events", params={"after": after, "limit": 2}, headers=auth(user_id)
        ).json()
        for event in page["items"]:
            key = (event["student_id"], event["assignment_id"], event["question_id"])
            if event["new_score"] is None:
                grades.pop(key, None)
            else:
                grades[key] = event["new_score"]
            after = event["seq"]
        if page["next_cursor"] is None:
            return after


def test_a_snapshot_and_the_events_after_it_make_the_next_snapshot(api: httpx.Client, workers) -> None:
    world = world_with(TESTS, config={"late_policy": {"mode": "accept", "penalty_per_day": 0.5}})
    item, question = world.extra["item"], world.extra["question"]
    sql("UPDATE content_item SET due_date = $2 WHERE id = $1", item.id, datetime.now(UTC) - timedelta(hours=1))
    sql("UPDATE enrollments SET student_id = 'S-0042' WHERE user_id = $1", world.student.id)
    submit_and_wait(api, world, HALF)
    classmates = submit_and_wait(api, world, RIGHT, user=world.classmate)["id"]
    class_id, staff = world.cs101.id, world.instructor.id
    first = snapshot(api, class_id, world.ta.id)
    assert grades_of(first) == {
        (world.student.id, item.id, question.id): 2.5,
        (world.classmate.id, item.id, question.id): 5.0,
    }
    assert first["as_of_sequence"] == sql("SELECT max(id) FROM grade_event WHERE class_id = $1", class_id)[0][0]
    listed = next(a for a in first["assignments"] if a["assignment_id"] == item.id)
    assert (listed["max_score"], listed["held"], listed["questions"][0]["points"]) == (10.0, False, 10.0)
    student = next(s for s in first["students"] if s["user_id"] == world.student.id)
    assert (student["email"], student["student_id"], student["enrolled"]) == (world.student.email, "S-0042", True)

    submit_and_wait(api, world, RIGHT)  # 2.5 -> 5 (late)
    overridden = api.post(
        f"/api/submissions/{classmates}/override", json={"score": 7, "reason": "r"}, headers=auth(staff)
    )
    assert overridden.status_code == 201, overridden.text
    later = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    assert api.patch(f"/api/assignments/{item.id}", json={"due_date": later}, headers=auth(staff)).status_code == 200
    settings = {"settings": {"gradebook_score": "last"}}
    assert api.patch(f"/api/classes/{class_id}", json=settings, headers=auth(staff)).status_code == 200

    followed = grades_of(first)
    last_read = follow(api, class_id, world.ta.id, first["as_of_sequence"], followed)
    second = snapshot(api, class_id, world.ta.id)
    assert followed == grades_of(second)
    assert second["as_of_sequence"] == last_read > first["as_of_sequence"]
    assert followed[(world.student.id, item.id, question.id)] == 10.0  # the due date moved: no penalty any more
    assert followed[(world.classmate.id, item.id, question.id)] == 7.0
    # each grade names the event that last moved it: the newest event of that grade in the ledger
    newest = sql(
        "SELECT student, content_item, question, max(id) FROM grade_event WHERE class_id = $1 "
        "GROUP BY student, content_item, question",
        class_id,
    )
    assert {(g["user_id"], g["assignment_id"], g["question_id"]): g["sequence"] for g in second["grades"]} == {
        (student, content_item, question): seq for student, content_item, question, seq in newest
    }


def _graded_attempt(world, student_id: int, score: float) -> int:
    return sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, status, verdict, score, raw_score, max_score) VALUES ($1, (SELECT id FROM "
        "assignment WHERE content_item = $2), $3, 1, 'python', 'k', 's', 1, 'graded', 'accepted', $4, $4, 10) "
        "RETURNING assignment",
        student_id,
        world.assignment.id,
        world.question.id,
        score,
    )[0][0]


def test_a_ledger_write_in_flight_with_a_lower_sequence_is_in_the_snapshot(api: httpx.Client, services) -> None:
    """Sequence numbers are handed out before commit: a write that took seq N and commits after N+1 did must be in
    the snapshot (the snapshot waits for it), or following after N+1 would never see it."""
    assert LEDGER_LOCK_SPACE == ledger.LOCK_SPACE
    world = make_world()
    assignment = _graded_attempt(world, world.student.id, 10.0)
    _graded_attempt(world, world.classmate.id, 4.0)
    recount = "SELECT ledger_recount($1, $2, $3, 'graded', NULL)"
    in_flight = threading.Event()
    held: dict[str, int] = {}

    async def slow_writer() -> None:
        connection = await connect()
        try:
            async with connection.transaction():
                held["seq"] = await connection.fetchval(recount, world.student.id, assignment, world.question.id)
                in_flight.set()
                await asyncio.sleep(1.5)
        finally:
            await connection.close()

    writer = threading.Thread(target=lambda: asyncio.run(slow_writer()))
    writer.start()
    assert in_flight.wait(10)
    later_seq = sql(recount, world.classmate.id, assignment, world.question.id)[0][0]
    assert later_seq > held["seq"]  # committed first, with the higher number
    started = time.monotonic()
    snap = snapshot(api, world.cs101.id, world.instructor.id)
    writer.join()
    assert time.monotonic() - started > 0.5  # it waited for the write in flight
    assert snap["as_of_sequence"] == later_seq
    followed = grades_of(snap)
    follow(api, world.cs101.id, world.instructor.id, snap["as_of_sequence"], followed)
    expected = {(world.student.id, world.assignment.id, world.question.id): 10.0}
    expected[(world.classmate.id, world.assignment.id, world.question.id)] = 4.0
    assert followed == expected == grades_of(snapshot(api, world.cs101.id, world.instructor.id))


def test_the_lti_pump_waits_for_a_linked_class_ledger_write_in_flight(services) -> None:
    """The passback's cursor reads the ledger across classes: a write that took seq N and commits after N+1 did would
    lie behind a cursor moved to N+1, its score never sent. The pump waits for the linked classes' writes."""
    from jobs import lti_outbox

    world = make_world()
    assignment = _graded_attempt(world, world.student.id, 10.0)
    _graded_attempt(world, world.classmate.id, 4.0)
    sql("DELETE FROM lti_cursor")
    platform = make_lti_platform()
    sql(
        "INSERT INTO lti_context (platform, deployment_id, context_id, class_id, created_at) "
        "VALUES ($1, 'd-1', 'ctx-1', $2, now())",
        platform,
        world.cs101.id,
    )
    recount = "SELECT ledger_recount($1, $2, $3, 'graded', NULL)"
    in_flight, committed = threading.Event(), threading.Event()

    async def slow_writer() -> None:
        connection = await connect()
        try:
            async with connection.transaction():
                await connection.fetchval(recount, world.student.id, assignment, world.question.id)
                in_flight.set()
                await asyncio.sleep(1.5)
            committed.set()
        finally:
            await connection.close()

    async def pump() -> None:
        connection = await connect()
        try:
            await lti_outbox.pump(connection)
        finally:
            await connection.close()

    writer = threading.Thread(target=lambda: asyncio.run(slow_writer()))
    writer.start()
    assert in_flight.wait(10)
    later_seq = sql(recount, world.classmate.id, assignment, world.question.id)[0][0]
    asyncio.run(pump())
    pumped_after_commit = committed.is_set()  # the pump's cursor passed later_seq only once the lower one was in
    writer.join()
    assert pumped_after_commit
    assert sql("SELECT last_seq FROM lti_cursor WHERE name = $1", lti_outbox.CURSOR)[0][0] == later_seq
    sql("DELETE FROM lti_platform")
