"""Rejudge previews and publishing, analytics (incremental equals rebuilt), and the gradebook."""

from __future__ import annotations

import time

import httpx

from jobs.analytics import rebuild_all
from tests.grading_support import add_question, submit_and_wait, world_with
from tests.support import auth, problem, sql

TESTS = [
    {"name": "one", "kind": "call", "input": "add(1, 2)", "expected": "3"},
    {"name": "two", "kind": "call", "input": "add(2, 2)", "expected": "4"},
]
RIGHT = "def add(a, b):\n    return a + b\n"
WRONG = "def add(a, b):\n    return 3\n"


def _wait_done(api: httpx.Client, batch_id: str, user_id: int) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        batch = api.get(f"/api/rejudges/{batch_id}", headers=auth(user_id)).json()
        if batch["done"] == batch["total"]:
            return batch
        time.sleep(0.1)
    raise AssertionError(batch)


def test_rejudge_previews_old_and_new_scores_then_publishes(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    right = submit_and_wait(api, world, RIGHT)
    wrong = submit_and_wait(api, world, WRONG, user=world.classmate)
    assert (right["score"], wrong["score"]) == (10.0, 5.0)
    question = world.extra["question"]
    sql("UPDATE test_cases SET expected = '3' WHERE question = $1 AND name = 'two'", question.id)  # "fix" a test
    started = api.post(f"/api/questions/{question.id}/rejudge", headers=auth(world.instructor.id))
    assert started.status_code == 202 and started.json()["total"] == 2
    batch = _wait_done(api, started.json()["id"], world.instructor.id)
    by_attempt = {item["attempt_id"]: item for item in batch["items"]}
    assert (by_attempt[right["id"]]["old_score"], by_attempt[right["id"]]["new_score"]) == (10.0, 5.0)
    assert (by_attempt[wrong["id"]]["old_score"], by_attempt[wrong["id"]]["new_score"]) == (5.0, 10.0)
    assert all(item["changed"] for item in batch["items"])
    # nothing a student sees changed before publishing
    assert api.get(f"/api/submissions/{right['id']}", headers=auth(world.student.id)).json()["score"] == 10.0
    published = api.post(f"/api/rejudges/{batch['id']}/publish", headers=auth(world.instructor.id))
    assert published.status_code == 202
    deadline = time.monotonic() + 30
    while sql("SELECT score FROM submission_attempt WHERE id = $1", right["id"])[0][0] != 5.0:
        assert time.monotonic() < deadline, "publish did not apply"
        time.sleep(0.1)
    assert sql("SELECT score FROM submission_attempt WHERE id = $1", wrong["id"])[0][0] == 10.0
    problem(api.post(f"/api/rejudges/{batch['id']}/publish", headers=auth(world.instructor.id)), 409)


def test_rejudge_is_for_editors_only(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    question = world.extra["question"]
    problem(api.post(f"/api/questions/{question.id}/rejudge", headers=auth(world.student.id)), 403)
    problem(api.post(f"/api/assignments/{world.extra['item'].id}/rejudge", headers=auth(world.ta.id)), 403)
    problem(api.get("/api/rejudges/" + "0" * 32, headers=auth(world.instructor.id)), 404)


def _analytics_rows() -> list[tuple]:
    rows = sql(
        "SELECT question, assignment, attempts, distinct_students, solved_students, round(pass_rate::numeric, 6), "
        "round(avg_attempts_to_first_pass::numeric, 6), verdict_histogram::text FROM problem_analytics"
    )
    return sorted((tuple(r) for r in rows), key=repr)


def test_incremental_analytics_agree_with_a_rebuild(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    submit_and_wait(api, world, WRONG)
    submit_and_wait(api, world, RIGHT)
    submit_and_wait(api, world, WRONG, user=world.classmate)
    deadline = time.monotonic() + 30
    while sql("SELECT count(*) FROM submission_analysis")[0][0] < 3:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    time.sleep(0.5)
    incremental = _analytics_rows()
    question_row = next(r for r in incremental if r[1] is None)
    assert question_row[2:5] == (3, 2, 1), "3 attempts, 2 students, 1 solved"
    rebuild_all()
    assert _analytics_rows() == incremental
    overall = api.get(f"/api/questions/{world.extra['question'].id}/analytics", headers=auth(world.instructor.id))
    assert overall.json()["attempts"] == 3 and overall.json()["verdict_histogram"] == {"accepted": 1, "wrong_answer": 2}
    per_assignment = api.get(f"/api/assignments/{world.extra['item'].id}/analytics", headers=auth(world.ta.id))
    assert per_assignment.json()["questions"][0]["solved_students"] == 1
    problem(api.get(f"/api/questions/{world.extra['question'].id}/analytics", headers=auth(world.student.id)), 403)


def test_recording_an_attempt_twice_counts_it_once(api: httpx.Client, workers) -> None:
    from jobs.analytics import record_attempt

    world = world_with(TESTS)
    result = submit_and_wait(api, world, RIGHT)
    time.sleep(0.5)
    before = _analytics_rows()
    record_attempt(result["id"])
    record_attempt(result["id"])
    assert _analytics_rows() == before
    assert sql("SELECT count(*) FROM submission_analysis WHERE attempt = $1", result["id"])[0][0] == 1


def test_gradebook_takes_best_scores_in_json_and_csv(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    submit_and_wait(api, world, RIGHT)
    submit_and_wait(api, world, WRONG)
    add_question(world, TESTS)
    submit_and_wait(api, world, WRONG, user=world.classmate)
    book = api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=auth(world.instructor.id)).json()
    assert book["policy"] == "best"
    rows = {row["email"]: row for row in book["rows"]}
    graded_columns = [i for i, c in enumerate(book["columns"]) if c["slug"].startswith("q-")]
    assert [rows["stu@test.edu"]["scores"][i] for i in graded_columns] == [10.0, None]
    assert [rows["mate@test.edu"]["scores"][i] for i in graded_columns] == [None, 5.0]
    csv_text = api.get(f"/api/classes/{world.cs101.id}/gradebook/export", headers=auth(world.ta.id))
    assert csv_text.headers["content-type"].startswith("text/csv")
    assert csv_text.text.splitlines()[0].startswith("email,name,")
    problem(api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=auth(world.student.id)), 403)


def test_gradebook_can_take_the_last_score(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    sql('UPDATE classes SET settings = \'{"gradebook_score": "last"}\' WHERE id = $1', world.cs101.id)
    submit_and_wait(api, world, RIGHT)
    submit_and_wait(api, world, WRONG)
    book = api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=auth(world.instructor.id)).json()
    row = next(r for r in book["rows"] if r["email"] == "stu@test.edu")
    assert book["policy"] == "last" and 5.0 in row["scores"] and 10.0 not in row["scores"]
