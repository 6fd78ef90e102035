"""Staff review over HTTP: the code of an attempt, score overrides (rows of their own, counted by the gradebook),
line comments, held exam results and their release, and a student's own grades."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from tests.factories import make_exam, make_world
from tests.support import auth, problem, sql

CODE = "def add(a, b):\n    return a + b\n"
WRONG = "def add(a, b):\n    return a - b\n"


def _submit(api: httpx.Client, item, question, user, code: str = CODE) -> int:
    response = api.post(
        f"/api/assignments/{item.id}/questions/{question.id}/submissions", json={"code": code}, headers=auth(user.id)
    )
    assert response.status_code == 202, response.text
    return response.json()["id"]


def _grade(attempt_id: int, score: float) -> None:
    sql(
        "UPDATE submission_attempt SET status = 'graded', verdict = $2, score = $3, max_score = 10, graded_at = now() "
        "WHERE id = $1",
        attempt_id,
        "accepted" if score == 10 else "wrong_answer",
        score,
    )
    # a grading moves the ledger in the worker's transaction; here, by hand, right after
    sql(
        "SELECT ledger_recount(user_id, assignment, question, 'graded', NULL) FROM submission_attempt WHERE id = $1",
        attempt_id,
    )


def test_staff_and_the_student_read_the_code_others_cannot(api: httpx.Client) -> None:
    world = make_world()
    attempt = _submit(api, world.assignment, world.question, world.student)
    for user in (world.instructor, world.ta, world.student):
        detail = api.get(f"/api/submissions/{attempt}", headers=auth(user.id)).json()
        assert detail["code"] == CODE
        raw = api.get(f"/api/submissions/{attempt}/code", headers=auth(user.id))
        assert raw.status_code == 200 and raw.text == CODE and raw.headers["content-type"].startswith("text/plain")
    problem(api.get(f"/api/submissions/{attempt}/code", headers=auth(world.classmate.id)), 404)
    problem(api.get(f"/api/submissions/{attempt}/code", headers=auth(world.other_instructor.id)), 404)


def test_code_that_does_not_match_its_sha256_is_never_served(api: httpx.Client) -> None:
    world = make_world()
    first = _submit(api, world.assignment, world.question, world.student)
    other = _submit(api, world.assignment, world.question, world.classmate, WRONG)
    sql("ALTER TABLE submission_attempt DISABLE TRIGGER submission_attempt_immutable")
    try:
        sql(
            "UPDATE submission_attempt SET code_blob_ref = (SELECT code_blob_ref FROM submission_attempt WHERE id = $2)"
            " WHERE id = $1",
            first,
            other,
        )
    finally:
        sql("ALTER TABLE submission_attempt ENABLE TRIGGER submission_attempt_immutable")
    assert api.get(f"/api/submissions/{first}", headers=auth(world.instructor.id)).json()["code"] is None
    problem(api.get(f"/api/submissions/{first}/code", headers=auth(world.instructor.id)), 503)


def test_an_override_is_its_own_row_and_the_gradebook_counts_the_newest(api: httpx.Client) -> None:
    world = make_world()
    attempt = _submit(api, world.assignment, world.question, world.student, WRONG)
    _grade(attempt, 4.0)
    url = f"/api/submissions/{attempt}/override"
    first = api.post(url, json={"score": 7, "reason": "partial credit"}, headers=auth(world.instructor.id))
    assert first.status_code == 201, first.text
    assert (first.json()["old_score"], first.json()["new_score"]) == (4.0, 7.0)
    second = api.post(url, json={"score": 8.5, "reason": "regraded"}, headers=auth(world.instructor.id)).json()
    assert (second["old_score"], second["new_score"], second["author_id"]) == (7.0, 8.5, world.instructor.id)
    assert sql("SELECT score FROM submission_attempt WHERE id = $1", attempt)[0][0] == 4.0
    history = api.get(f"/api/submissions/{attempt}/overrides", headers=auth(world.ta.id)).json()["items"]
    assert [(o["new_score"], o["reason"]) for o in history] == [(8.5, "regraded"), (7.0, "partial credit")]
    book = api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=auth(world.instructor.id)).json()
    row = next(r for r in book["rows"] if r["id"] == world.student.id)
    assert row["scores"] == [8.5] and row["total"] == 8.5
    detail = api.get(f"/api/submissions/{attempt}", headers=auth(world.student.id)).json()
    assert detail["score"] == 4.0 and detail["override"]["new_score"] == 8.5


def test_best_policy_picks_the_attempt_by_its_counted_score(api: httpx.Client) -> None:
    world = make_world()
    low = _submit(api, world.assignment, world.question, world.student, WRONG)
    high = _submit(api, world.assignment, world.question, world.student)
    _grade(low, 2.0)
    _grade(high, 6.0)
    api.post(f"/api/submissions/{low}/override", json={"score": 9, "reason": "x"}, headers=auth(world.instructor.id))
    book = api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=auth(world.instructor.id)).json()
    assert next(r for r in book["rows"] if r["id"] == world.student.id)["scores"] == [9.0]


def test_tas_override_only_when_the_class_allows_and_scores_stay_in_range(api: httpx.Client) -> None:
    world = make_world()
    attempt = _submit(api, world.assignment, world.question, world.student)
    _grade(attempt, 10.0)
    url = f"/api/submissions/{attempt}/override"
    problem(api.post(url, json={"score": 5, "reason": "x"}, headers=auth(world.ta.id)), 403)
    problem(api.post(url, json={"score": 5, "reason": "x"}, headers=auth(world.student.id)), 403)
    problem(api.post(url, json={"score": 11, "reason": "x"}, headers=auth(world.instructor.id)), 400)
    problem(api.post(url, json={"score": 5, "reason": ""}, headers=auth(world.instructor.id)), 400)
    api.patch(
        f"/api/classes/{world.cs101.id}",
        json={"settings": {"ta_can_override": True}},
        headers=auth(world.instructor.id),
    )
    assert api.post(url, json={"score": 5, "reason": "x"}, headers=auth(world.ta.id)).status_code == 201
    assert sql("SELECT count(*) FROM score_override")[0][0] == 1


def test_line_comments_by_staff_within_the_code(api: httpx.Client) -> None:
    world = make_world()
    attempt = _submit(api, world.assignment, world.question, world.student)
    url = f"/api/submissions/{attempt}/comments"
    added = api.post(url, json={"line": 2, "body": "nice"}, headers=auth(world.ta.id))
    assert added.status_code == 201 and added.json()["line"] == 2 and added.json()["author_id"] == world.ta.id
    problem(api.post(url, json={"line": 3, "body": "past the end"}, headers=auth(world.ta.id)), 400)
    problem(api.post(url, json={"line": 1, "body": "mine"}, headers=auth(world.student.id)), 403)
    seen = api.get(url, headers=auth(world.student.id)).json()["items"]
    assert [(c["line"], c["body"]) for c in seen] == [(2, "nice")]


def _exam_world():
    world = make_world()
    exam = make_exam(
        world.module, [world.question], opens=-timedelta(minutes=5), closes=timedelta(hours=1), limit=30, max_attempts=2
    )
    return world, exam


def test_exam_results_are_held_until_staff_release_them(api: httpx.Client) -> None:
    world, exam = _exam_world()
    api.post(f"/api/assignments/{exam.id}/start", headers=auth(world.student.id))
    attempt = _submit(api, exam, world.question, world.student)
    _grade(attempt, 10.0)
    api.post(f"/api/submissions/{attempt}/comments", json={"body": "good"}, headers=auth(world.instructor.id))
    held = api.get(f"/api/submissions/{attempt}", headers=auth(world.student.id)).json()
    assert (held["status"], held["score"], held["verdict"], held["tests"]) == ("graded", None, None, [])
    assert held["results_released"] is False and held["code"] == CODE
    assert api.get(f"/api/submissions/{attempt}/comments", headers=auth(world.student.id)).json()["items"] == []
    mine = api.get(f"/api/classes/{world.cs101.id}/grades/me", headers=auth(world.student.id)).json()
    exam_grades = next(a for a in mine["assignments"] if a["assignment_id"] == exam.id)
    assert exam_grades["questions"][0]["score"] is None and exam_grades["questions"][0]["attempts_left"] == 1
    problem(api.post(f"/api/assignments/{exam.id}/release", headers=auth(world.ta.id)), 403)
    released = api.post(f"/api/assignments/{exam.id}/release", headers=auth(world.instructor.id))
    assert released.status_code == 200, released.text
    shown = api.get(f"/api/submissions/{attempt}", headers=auth(world.student.id)).json()
    assert (shown["score"], shown["verdict"], shown["results_released"]) == (10.0, "accepted", True)
    assert len(api.get(f"/api/submissions/{attempt}/comments", headers=auth(world.student.id)).json()["items"]) == 1
    mine = api.get(f"/api/classes/{world.cs101.id}/grades/me", headers=auth(world.student.id)).json()
    assert next(a for a in mine["assignments"] if a["assignment_id"] == exam.id)["score"] == 10.0


def test_a_configured_release_date_shows_exam_results(api: httpx.Client) -> None:
    world, exam = _exam_world()
    sql(
        "UPDATE assignment SET config = config || jsonb_build_object('feedback_release_at', $1::text) "
        "WHERE mode = 'exam'",
        (datetime.now(UTC) - timedelta(minutes=1)).isoformat(),
    )
    api.post(f"/api/assignments/{exam.id}/start", headers=auth(world.student.id))
    attempt = _submit(api, exam, world.question, world.student)
    _grade(attempt, 10.0)
    assert api.get(f"/api/submissions/{attempt}", headers=auth(world.student.id)).json()["score"] == 10.0


def test_my_grades_show_counted_scores_attempts_and_my_dates(api: httpx.Client) -> None:
    world = make_world()
    first = _submit(api, world.assignment, world.question, world.student, WRONG)
    second = _submit(api, world.assignment, world.question, world.student)
    _grade(first, 3.0)
    _grade(second, 6.0)
    api.post(f"/api/submissions/{first}/override", json={"score": 7, "reason": "x"}, headers=auth(world.instructor.id))
    due = datetime.now(UTC) + timedelta(days=20)
    api.put(
        f"/api/assignments/{world.assignment.id}/extensions/{world.student.id}",
        json={"due_date": due.isoformat()},
        headers=auth(world.instructor.id),
    )
    mine = api.get(f"/api/classes/{world.cs101.id}/grades/me", headers=auth(world.student.id))
    assert mine.status_code == 200, mine.text
    grades = mine.json()["assignments"][0]
    question = grades["questions"][0]
    assert (question["score"], question["overridden"], question["attempts_used"], question["attempts_left"]) == (
        7.0,
        True,
        2,
        None,
    )
    assert datetime.fromisoformat(grades["dates"]["due_date"]) == due and grades["dates"]["extended"] is True
    assert mine.json()["total"] == 7.0
    other = api.get(f"/api/classes/{world.cs101.id}/grades/me", headers=auth(world.classmate.id)).json()
    assert other["assignments"][0]["questions"][0]["score"] is None
    assert other["assignments"][0]["dates"]["extended"] is False
    problem(api.get(f"/api/classes/{world.cs101.id}/grades/me", headers=auth(world.instructor.id)), 403)
    book = api.get(f"/api/classes/{world.cs101.id}/gradebook", headers=auth(world.instructor.id)).json()
    row = next(r for r in book["rows"] if r["id"] == world.student.id)
    assert [datetime.fromisoformat(e["due_date"]) for e in row["extensions"]] == [due]


def test_staff_list_carries_names_and_filters_by_verdict_and_email(api: httpx.Client) -> None:
    world = make_world()
    good = _submit(api, world.assignment, world.question, world.student)
    bad = _submit(api, world.assignment, world.question, world.classmate, WRONG)
    _grade(good, 10.0)
    _grade(bad, 0.0)
    url = f"/api/assignments/{world.assignment.id}/submissions"
    accepted = api.get(url, params={"verdict": "accepted"}, headers=auth(world.ta.id)).json()["items"]
    assert [(r["id"], r["email"], r["display_name"]) for r in accepted] == [(good, "stu@test.edu", "stu")]
    by_email = api.get(url, params={"email": "MATE@test.edu"}, headers=auth(world.ta.id)).json()["items"]
    assert [r["id"] for r in by_email] == [bad]
    problem(api.get(url, params={"verdict": "nonsense"}, headers=auth(world.ta.id)), 400)
    problem(api.get(url, params={"verdcit": "accepted"}, headers=auth(world.ta.id)), 400)
