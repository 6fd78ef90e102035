"""A change of an assignment's rules after work was handed in: a moved due date or late policy judges the attempts'
lateness again and records every counted score it moves in the grade ledger; a running exam session gets a longer
window or time limit, and keeps the end it was given when they shrink."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from app.grading import attempts
from jobs.db import connect
from jobs.verdicts import Outcome
from tests.factories import make_exam
from tests.grading_support import submit_and_wait, world_with
from tests.support import auth, run, sql
from tests.test_ledger import RIGHT, TESTS, assert_views_agree, events, stored

AUTOGRADER = str(Path(sys.executable).parent / "autograder")
LATE_POLICY = {"mode": "accept", "penalty_per_day": 0.2, "max_penalty": 1}


def late_world(due: datetime):
    world = world_with(TESTS, config={"late_policy": LATE_POLICY})
    sql("UPDATE content_item SET due_date = $2 WHERE id = $1", world.extra["item"].id, due)
    return world


def grades_check() -> subprocess.CompletedProcess:
    return subprocess.run([AUTOGRADER, "grades", "check"], capture_output=True, text=True, timeout=120)


def test_moving_the_due_date_lifts_the_late_penalty_as_one_ledger_event(api: httpx.Client, workers) -> None:
    world = late_world(datetime.now(UTC) - timedelta(hours=30))  # two started days late: 40% off
    done = submit_and_wait(api, world, RIGHT)
    assert (done["score"], done["is_late"], done["late_penalty"]) == (6.0, True, 0.4)
    assert events(world.student.id) == [("graded", None, 6.0, False)]
    later = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    moved = api.patch(
        f"/api/assignments/{world.extra['item'].id}", json={"due_date": later}, headers=auth(world.instructor.id)
    )
    assert moved.status_code == 200, moved.text
    assert events(world.student.id) == [("graded", None, 6.0, False), ("rules_changed", 6.0, 10.0, False)]
    assert sql("SELECT actor FROM grade_event ORDER BY id DESC LIMIT 1")[0][0] == world.instructor.id
    attempt = api.get(f"/api/submissions/{done['id']}", headers=auth(world.student.id)).json()
    assert (attempt["score"], attempt["is_late"], attempt["late_penalty"]) == (10.0, False, 0.0)
    assert stored(world, world.student) == 10.0
    assert_views_agree(api, world, world.student)
    checked = grades_check()
    assert checked.returncode == 0 and "0 difference(s)" in checked.stdout, checked.stdout + checked.stderr


def test_a_late_policy_change_and_a_personal_due_date_move_the_grade(api: httpx.Client, workers) -> None:
    world = late_world(datetime.now(UTC) - timedelta(hours=2))  # one started day late: 20% off
    submit_and_wait(api, world, RIGHT)
    item = world.extra["item"].id
    softer = {"config": {"late_policy": {"penalty_per_day": 0.05}}}
    assert api.patch(f"/api/assignments/{item}", json=softer, headers=auth(world.instructor.id)).status_code == 200
    assert events(world.student.id)[-1] == ("rules_changed", 8.0, 9.5, False)
    unrelated = {"config": {"max_attempts": 50}, "description": "now with fifty attempts"}
    assert api.patch(f"/api/assignments/{item}", json=unrelated, headers=auth(world.instructor.id)).status_code == 200
    assert len(events(world.student.id)) == 2  # nothing that moves a grade: nothing recorded
    personal = {"due_date": (datetime.now(UTC) + timedelta(hours=1)).isoformat()}
    extended = api.put(
        f"/api/assignments/{item}/extensions/{world.student.id}", json=personal, headers=auth(world.instructor.id)
    )
    assert extended.status_code == 200, extended.text
    assert events(world.student.id)[-1] == ("rules_changed", 9.5, 10.0, False)
    removed = api.delete(f"/api/assignments/{item}/extensions/{world.student.id}", headers=auth(world.instructor.id))
    assert removed.status_code == 204, removed.text
    assert events(world.student.id)[-1] == ("rules_changed", 10.0, 9.5, False)
    assert_views_agree(api, world, world.student)
    assert grades_check().returncode == 0


def _session_end(world, exam) -> datetime:
    return sql(
        "SELECT s.ends_at FROM exam_session s JOIN assignment a ON a.id = s.assignment "
        "WHERE a.content_item = $1 AND s.student = $2",
        exam.id,
        world.student.id,
    )[0][0]


def test_a_running_session_gets_a_longer_limit_and_keeps_its_end_when_it_shrinks(api: httpx.Client) -> None:
    world = world_with(TESTS)
    exam = make_exam(world.module, [world.extra["question"]], opens=timedelta(minutes=-5), closes=timedelta(hours=3))
    assert api.post(f"/api/assignments/{exam.id}/start", headers=auth(world.student.id)).status_code == 201
    promised = _session_end(world, exam)  # 20 minutes from the start
    url, headers = f"/api/assignments/{exam.id}", auth(world.instructor.id)
    assert api.patch(url, json={"config": {"exam_time_limit_minutes": 60}}, headers=headers).status_code == 200
    longer = _session_end(world, exam)
    assert timedelta(minutes=39) < longer - promised < timedelta(minutes=41)
    assert api.patch(url, json={"config": {"exam_time_limit_minutes": 5}}, headers=headers).status_code == 200
    assert _session_end(world, exam) == longer  # not cut below what the running session was given
    soon = (datetime.now(UTC) + timedelta(minutes=2)).isoformat()
    assert api.patch(url, json={"config": {"available_until": soon}}, headers=headers).status_code == 200
    assert _session_end(world, exam) == longer
    session = api.get(f"{url}/session", headers=auth(world.student.id)).json()
    assert session["running"] is True and datetime.fromisoformat(session["ends_at"]) == longer


def _late_attempt(world, *, status: str) -> int:
    """A late attempt (40% off) of the world's student, straight into the table."""
    return sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, status, tries, is_late, late_penalty, submitted_at) VALUES ($1, (SELECT id FROM "
        "assignment WHERE content_item = $2), $3, 1, 'python', 'k', 's', 1, $4, 1, true, 0.4, now()) RETURNING id",
        world.student.id,
        world.extra["item"].id,
        world.extra["question"].id,
        status,
    )[0][0]


def test_a_grading_in_flight_when_the_due_date_moves_takes_the_new_penalty(api: httpx.Client) -> None:
    """The worker scored the attempt with the penalty it read when it began; the due date moved before it wrote."""
    world = late_world(datetime.now(UTC) - timedelta(hours=30))
    attempt = _late_attempt(world, status="running")
    later = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    url = f"/api/assignments/{world.extra['item'].id}"
    assert api.patch(url, json={"due_date": later}, headers=auth(world.instructor.id)).status_code == 200
    assert sql("SELECT is_late, late_penalty FROM submission_attempt WHERE id = $1", attempt)[0] == (False, 0.0)
    outcome = Outcome(verdict="accepted", score=6.0, max_score=10.0, execution_time_ms=1, tests=[], raw_score=10.0)

    async def write() -> None:
        connection = await connect()
        try:
            await attempts.finish(connection, attempt, outcome, tries=1, actor=None)
        finally:
            await connection.close()

    run(write())
    assert sql("SELECT score, raw_score FROM submission_attempt WHERE id = $1", attempt)[0] == (10.0, 10.0)
    assert events(world.student.id) == [("graded", None, 10.0, False)]
    assert grades_check().returncode == 0


def test_a_due_date_moved_while_a_grading_writes_its_result_waits_for_it(api: httpx.Client) -> None:
    """The grading holds its attempt and then writes ledger rows that point at the assignment; the PATCH holds the
    assignment and then wants the attempt: neither may wait for the other (no deadlock, both done)."""
    world = late_world(datetime.now(UTC) - timedelta(hours=30))
    attempt = _late_attempt(world, status="running")
    outcome = Outcome(verdict="accepted", score=6.0, max_score=10.0, execution_time_ms=1, tests=[], raw_score=10.0)
    holding, failures = threading.Event(), []

    async def grading() -> None:
        connection = await connect()
        try:
            async with connection.transaction():
                await connection.execute("SELECT id FROM submission_attempt WHERE id = $1 FOR UPDATE", attempt)
                holding.set()
                await asyncio.sleep(1.5)  # the PATCH locks the assignment and waits for this attempt meanwhile
                await attempts.finish(connection, attempt, outcome, tries=1, actor=None)
        except Exception as exc:  # a deadlock, reported below
            failures.append(exc)
        finally:
            await connection.close()

    worker = threading.Thread(target=lambda: asyncio.run(grading()))
    worker.start()
    assert holding.wait(10)
    later = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    moved = api.patch(
        f"/api/assignments/{world.extra['item'].id}",
        json={"due_date": later, "config": {}},
        headers=auth(world.instructor.id),
    )
    worker.join()
    assert failures == [] and moved.status_code == 200, (failures, moved.text)
    assert events(world.student.id) == [("graded", None, 6.0, False), ("rules_changed", 6.0, 10.0, False)]
    assert grades_check().returncode == 0


def test_the_grades_check_finds_lateness_the_rules_no_longer_give_and_fixes_it(api: httpx.Client, workers) -> None:
    world = late_world(datetime.now(UTC) - timedelta(hours=30))
    attempt = submit_and_wait(api, world, RIGHT)["id"]
    later = datetime.now(UTC) + timedelta(days=1)
    sql("UPDATE content_item SET due_date = $2 WHERE id = $1", world.extra["item"].id, later)  # behind the API
    found = grades_check()
    assert found.returncode == 1 and f"attempt {attempt}: late True penalty 0.4 score 6.0" in found.stdout, found.stdout
    fixed = subprocess.run([AUTOGRADER, "grades", "check", "--fix"], capture_output=True, text=True, timeout=120)
    assert fixed.returncode == 0 and "1 difference(s) fixed" in fixed.stdout, fixed.stdout + fixed.stderr
    assert events(world.student.id)[-1] == ("rules_changed", 6.0, 10.0, False)
    assert grades_check().returncode == 0
