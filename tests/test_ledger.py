"""The grade ledger: every way a counted grade moves leaves one `grade_event` with the right old and new score, and
the gradebook, a student's grades and the CSV read what the ledger keeps."""

from __future__ import annotations

import csv
import io
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from app.grading import ledger
from app.settings import get_settings
from jobs.db import connect
from jobs.outbox import sweep_once
from tests.factories import make_exam
from tests.grading_support import submit_and_wait, world_with
from tests.support import auth, problem, run, sql

TESTS = [
    {"name": "one", "kind": "call", "input": "add(1, 2)", "expected": "3"},
    {"name": "two", "kind": "call", "input": "add(2, 2)", "expected": "4"},
]
RIGHT = "def add(a, b):\n    return a + b\n"
HALF = "def add(a, b):\n    return 3\n"  # passes "one" only: 5 of 10


def events(student_id: int | None = None) -> list[tuple]:
    """(cause, old, new, held) of every event, oldest first."""
    found = sql(
        "SELECT cause, old_score, new_score, held FROM grade_event WHERE $1::int IS NULL OR student = $1 ORDER BY id",
        student_id,
    )
    return [tuple(row) for row in found]


def differences() -> list:
    async def go() -> list:
        connection = await connect()
        try:
            return await ledger.differences(connection)
        finally:
            await connection.close()

    return run(go())


def gradebook_score(api: httpx.Client, world, student) -> float | None:
    book = api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=auth(world.instructor.id)).json()
    key = (world.extra["item"].id, world.extra["question"].id)
    column = next(i for i, c in enumerate(book["columns"]) if (c["assignment_id"], c["question_id"]) == key)
    return next(r for r in book["rows"] if r["id"] == student.id)["scores"][column]


def my_score(api: httpx.Client, world, student) -> float | None:
    mine = api.get(f"/api/classes/{world.cs101.id}/grades/me", headers=auth(student.id)).json()
    item, question = world.extra["item"].id, world.extra["question"].id
    mine_here = next(a for a in mine["assignments"] if a["assignment_id"] == item)
    return next(q["score"] for q in mine_here["questions"] if q["question_id"] == question)


def stored(world, student) -> float | None:
    found = sql(
        "SELECT g.score FROM question_grade g JOIN assignment a ON a.id = g.assignment "
        "WHERE g.student = $1 AND g.question = $2 AND a.content_item = $3",
        student.id,
        world.extra["question"].id,
        world.extra["item"].id,
    )
    return found[0][0] if found else None


def assert_views_agree(api: httpx.Client, world, student) -> None:
    """The gradebook (JSON and CSV) and the student's own grades show the ledger's counted score."""
    counted = stored(world, student)
    assert gradebook_score(api, world, student) == counted
    assert my_score(api, world, student) == counted
    export = api.get(f"/api/classes/{world.cs101.id}/gradebook/export?format=csv", headers=auth(world.instructor.id))
    header, *rows = list(csv.reader(io.StringIO(export.text)))
    column = header.index(f"{world.extra['item'].title} / {world.extra['question'].slug}")
    row = next(r for r in rows if r[0] == student.email)
    assert (float(row[column]) if row[column] else None) == counted


def test_a_grading_records_one_event_and_every_view_reads_the_ledger(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    submit_and_wait(api, world, HALF)
    assert events(world.student.id) == [("graded", None, 5.0, False)]
    submit_and_wait(api, world, HALF)  # the same score again: nothing moved, nothing recorded
    submit_and_wait(api, world, RIGHT)
    assert events(world.student.id) == [("graded", None, 5.0, False), ("graded", 5.0, 10.0, False)]
    assert_views_agree(api, world, world.student)
    assert differences() == []


def test_an_override_and_its_removal_are_events_of_the_question_grade(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    attempt = submit_and_wait(api, world, HALF)["id"]
    made = api.post(
        f"/api/submissions/{attempt}/override",
        json={"score": 8, "reason": "partial"},
        headers=auth(world.instructor.id),
    )
    assert made.status_code == 201, made.text
    assert events(world.student.id)[-1] == ("override", 5.0, 8.0, False)
    actor = sql("SELECT actor FROM grade_event ORDER BY id DESC LIMIT 1")[0][0]
    assert actor == world.instructor.id
    assert_views_agree(api, world, world.student)
    removal_url = f"/api/submissions/{attempt}/override/removal"
    removed = api.post(removal_url, json={"reason": "mistake"}, headers=auth(world.instructor.id))
    assert removed.status_code == 200 and removed.json()["new_score"] is None, removed.text
    assert events(world.student.id)[-1] == ("override_removed", 8.0, 5.0, False)
    assert api.get(f"/api/submissions/{attempt}", headers=auth(world.student.id)).json()["override"] is None
    assert_views_agree(api, world, world.student)
    problem(api.post(removal_url, json={"reason": "again"}, headers=auth(world.instructor.id)), 409)
    problem(api.post(removal_url, json={"reason": "mine"}, headers=auth(world.student.id)), 403)


def _rejudge(api: httpx.Client, world, keep_overrides: bool | None) -> dict:
    question = world.extra["question"]
    started = api.post(f"/api/questions/{question.id}/rejudge", headers=auth(world.instructor.id)).json()
    deadline = time.monotonic() + 60
    while (batch := api.get(f"/api/rejudges/{started['id']}", headers=auth(world.instructor.id)).json())[
        "done"
    ] < batch["total"]:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    body = None if keep_overrides is None else {"keep_overrides": keep_overrides}
    published = api.post(f"/api/rejudges/{started['id']}/publish", json=body, headers=auth(world.instructor.id))
    assert published.status_code == 202, published.text
    deadline = time.monotonic() + 30
    while not (done := api.get(f"/api/rejudges/{started['id']}", headers=auth(world.instructor.id)).json())[
        "published"
    ]:
        assert time.monotonic() < deadline, "publish did not apply"
        time.sleep(0.1)
    return {"preview": batch, "published": done}


@pytest.mark.parametrize("keep", [True, False])
def test_a_rejudge_preview_marks_overrides_and_the_publish_keeps_or_drops_them(
    api: httpx.Client, workers, keep: bool
) -> None:
    world = world_with(TESTS)
    overridden = submit_and_wait(api, world, HALF)["id"]
    plain = submit_and_wait(api, world, HALF, user=world.classmate)["id"]
    api.post(
        f"/api/submissions/{overridden}/override", json={"score": 8, "reason": "x"}, headers=auth(world.instructor.id)
    )
    sql("UPDATE test_cases SET expected = '3' WHERE question = $1 AND name = 'two'", world.extra["question"].id)
    batch = _rejudge(api, world, None if keep else False)
    items = {item["attempt_id"]: item for item in batch["preview"]["items"]}
    assert (items[overridden]["override_in_force"], items[overridden]["grade_overridden"]) == (8.0, True)
    assert (items[plain]["override_in_force"], items[plain]["grade_overridden"]) == (None, False)
    assert items[overridden]["new_score"] == 10.0
    published = batch["published"]
    assert published["keep_overrides"] is keep
    assert published["overrides_removed"] == ([] if keep else [overridden])
    assert events(world.classmate.id)[-1] == ("rejudged", 5.0, 10.0, False)
    if keep:
        assert events(world.student.id)[-1] == ("override", 5.0, 8.0, False)  # the override still counts
        assert stored(world, world.student) == 8.0
    else:
        assert events(world.student.id)[-2:] == [
            ("override_removed", 8.0, 5.0, False),
            ("rejudged", 5.0, 10.0, False),
        ]
        assert stored(world, world.student) == 10.0
    assert_views_agree(api, world, world.student)
    assert differences() == []


def test_held_exam_grades_are_events_held_until_the_release(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    question = world.extra["question"]
    exam = make_exam(world.module, [question], opens=timedelta(minutes=-5), closes=timedelta(hours=1))
    world.extra["item"] = exam
    assert api.post(f"/api/assignments/{exam.id}/start", headers=auth(world.student.id)).status_code in (200, 201)
    submit_and_wait(api, world, RIGHT)
    assert events(world.student.id) == [("graded", None, 10.0, True)]
    assert my_score(api, world, world.student) is None  # held
    released = api.post(f"/api/assignments/{exam.id}/release", headers=auth(world.instructor.id))
    assert released.status_code in (200, 201), released.text
    assert events(world.student.id) == [("graded", None, 10.0, True), ("released", None, 10.0, False)]
    api.post(f"/api/assignments/{exam.id}/release", headers=auth(world.instructor.id))
    assert len(events(world.student.id)) == 2  # released once
    assert_views_agree(api, world, world.student)


def test_feedback_release_at_passing_becomes_released_events(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    question = world.extra["question"]
    soon = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    exam = make_exam(
        world.module, [question], opens=timedelta(minutes=-5), closes=timedelta(hours=1), feedback_release_at=soon
    )
    world.extra["item"] = exam
    api.post(f"/api/assignments/{exam.id}/start", headers=auth(world.student.id))
    submit_and_wait(api, world, HALF)
    run(sweep_once(get_settings()))
    assert events(world.student.id) == [("graded", None, 5.0, True)]  # not yet
    past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    sql(
        "UPDATE assignment SET config = jsonb_set(config, '{feedback_release_at}', to_jsonb($2::text)) "
        "WHERE content_item = $1",
        exam.id,
        past,
    )
    run(sweep_once(get_settings()))
    run(sweep_once(get_settings()))
    assert events(world.student.id) == [("graded", None, 5.0, True), ("released", None, 5.0, False)]


def test_a_policy_change_recounts_the_class(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    submit_and_wait(api, world, RIGHT)
    submit_and_wait(api, world, HALF)
    assert stored(world, world.student) == 10.0
    changed = api.patch(
        f"/api/classes/{world.cs101.id}",
        json={"settings": {"gradebook_score": "last"}},
        headers=auth(world.instructor.id),
    )
    assert changed.status_code == 200, changed.text
    assert events(world.student.id)[-1] == ("policy_changed", 10.0, 5.0, False)
    assert_views_agree(api, world, world.student)


def test_grade_events_page_by_sequence_for_staff_only(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    for code in (HALF, RIGHT):
        submit_and_wait(api, world, code)
    submit_and_wait(api, world, RIGHT, user=world.classmate)
    url = f"/api/classes/{world.cs101.id}/grade-events"
    first = api.get(url, params={"limit": 2}, headers=auth(world.ta.id))
    assert first.status_code == 200, first.text
    page = first.json()
    assert [(e["cause"], e["old_score"], e["new_score"]) for e in page["items"]] == [
        ("graded", None, 5.0),
        ("graded", 5.0, 10.0),
    ]
    rest = api.get(url, params={"after": page["next_cursor"]}, headers=auth(world.ta.id)).json()
    assert [e["student_id"] for e in rest["items"]] == [world.classmate.id] and rest["next_cursor"] is None
    assert rest["items"][0]["assignment_id"] == world.extra["item"].id
    assert api.get(url, headers=auth(world.student.id)).status_code in (403, 404)
    assert api.get(url, headers=auth(world.other_instructor.id)).status_code in (403, 404)
    problem(api.get(url, params={"after": -1}, headers=auth(world.ta.id)), 400)


def test_the_ledger_is_append_only_and_the_check_finds_a_tampered_grade(services) -> None:
    from tests.factories import make_world

    world = make_world()
    attempt = sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, status, verdict, score, max_score) VALUES ($1, (SELECT id FROM assignment WHERE "
        "content_item = $2), $3, 1, 'python', 'k', 's', 1, 'graded', 'accepted', 10, 10) RETURNING id",
        world.student.id,
        world.assignment.id,
        world.question.id,
    )[0][0]
    sql(
        "SELECT ledger_recount(user_id, assignment, question, 'graded', NULL) FROM submission_attempt WHERE id = $1",
        attempt,
    )
    assert differences() == []
    with pytest.raises(Exception, match="append-only"):
        sql("UPDATE grade_event SET new_score = 1")
    with pytest.raises(Exception, match="append-only"):
        sql("DELETE FROM grade_event")
    sql("UPDATE question_grade SET score = 3 WHERE student = $1", world.student.id)
    found = differences()
    assert [(d.stored_score, d.counted_score) for d in found] == [(3.0, 10.0)]


ZERO = "def add(a, b):\n    return 0\n"


def test_the_check_finds_no_difference_after_a_random_term(api: httpx.Client, workers) -> None:
    """Gradings, overrides and their removal, rejudges keeping and dropping overrides, policy flips and an exam's
    release in a seeded random order: the stored grades are what a recount from scratch gives."""
    import random

    rng = random.Random(20261201)
    world = world_with(TESTS)
    practice = world.extra["item"]
    exam = make_exam(world.module, [world.extra["question"]], opens=timedelta(minutes=-5), closes=timedelta(hours=1))
    students = (world.student, world.classmate)
    for student in students:
        api.post(f"/api/assignments/{exam.id}/start", headers=auth(student.id))
    attempts: list[int] = []
    policy = "best"
    actions = ["submit"] * 6 + ["override"] * 3 + ["remove", "rejudge", "rejudge", "policy", "policy"]
    rng.shuffle(actions)
    for action in ["submit", "submit", *actions]:
        if action == "submit":
            world.extra["item"] = rng.choice([practice, exam])
            done = submit_and_wait(api, world, rng.choice([RIGHT, HALF, ZERO]), user=rng.choice(students))
            attempts.append(done["id"])
        elif action == "override":
            api.post(
                f"/api/submissions/{rng.choice(attempts)}/override",
                json={"score": rng.choice([1, 4, 7, 9]), "reason": "r"},
                headers=auth(world.instructor.id),
            )
        elif action == "remove":
            api.post(
                f"/api/submissions/{rng.choice(attempts)}/override/removal",
                json={"reason": "r"},
                headers=auth(world.instructor.id),
            )
        elif action == "rejudge":
            expected = rng.choice(["3", "4"])
            sql(
                "UPDATE test_cases SET expected = $2 WHERE question = $1 AND name = 'two'",
                world.extra["question"].id,
                expected,
            )
            _rejudge(api, world, rng.choice([True, False]))
        else:
            policy = "last" if policy == "best" else "best"
            api.patch(
                f"/api/classes/{world.cs101.id}",
                json={"settings": {"gradebook_score": policy}},
                headers=auth(world.instructor.id),
            )
        assert differences() == [], action
    api.post(f"/api/assignments/{exam.id}/release", headers=auth(world.instructor.id))
    assert differences() == []
    causes = {row[0] for row in events()}
    assert {"graded", "override", "released"} <= causes
