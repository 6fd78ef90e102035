"""Authorization that follows the class: a question used by two classes, exact public paths, /metrics behind a token,
and missing and invisible objects answering alike."""

from __future__ import annotations

import httpx

from tests.factories import World, make_assignment, make_module, make_world
from tests.support import METRICS_AUTH, auth, problem, sql


def _graded_attempt(world: World, user_id: int, item_id: int, score: float, verdict: str) -> int:
    assignment = sql("SELECT id FROM assignment WHERE content_item = $1", item_id)[0][0]
    return sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, status, is_late, late_penalty, tries, score, verdict, submitted_at) "
        "VALUES ($1, $2, $3, 1, 'python', 'k', 's', 1, 'graded', false, 0, 1, $4, $5, now()) RETURNING id",
        user_id,
        assignment,
        world.question.id,
        score,
        verdict,
    )[0][0]


def _shared_question() -> tuple[World, int]:
    """CS101 and CS102 both use the question (shared with CS102); one graded attempt in each class."""
    world = make_world()
    sql("UPDATE questions SET shared_with_class = $1 WHERE id = $2", world.cs102.id, world.question.id)
    other_item = make_assignment(make_module(world.cs102, "Other week"), [world.question]).id
    _graded_attempt(world, world.student.id, world.assignment.id, 10.0, "accepted")
    theirs = _graded_attempt(world, world.other_student.id, other_item, 0.0, "wrong_answer")
    return world, theirs


def test_question_rejudge_reaches_only_the_classes_the_caller_teaches(api: httpx.Client) -> None:
    world, theirs = _shared_question()
    started = api.post(f"/api/questions/{world.question.id}/rejudge", headers=auth(world.other_instructor.id))
    assert started.status_code == 202, started.text
    assert started.json()["total"] == 1
    batch = api.get(f"/api/rejudges/{started.json()['id']}", headers=auth(world.other_instructor.id)).json()
    assert batch["total"] == 1
    assert sql("SELECT count(*) FROM submission_attempt WHERE id = $1", theirs)[0][0] == 1


def test_a_rejudge_spanning_another_class_is_invisible_to_its_instructor(api: httpx.Client) -> None:
    world, _ = _shared_question()
    started = api.post(f"/api/questions/{world.question.id}/rejudge", headers=auth(world.admin.id))
    assert started.json()["total"] == 2
    batch_id = started.json()["id"]
    missing = problem(api.get("/api/rejudges/" + "0" * 32, headers=auth(world.other_instructor.id)), 404)
    hidden = problem(api.get(f"/api/rejudges/{batch_id}", headers=auth(world.other_instructor.id)), 404)
    assert hidden["detail"] == missing["detail"]
    problem(api.post(f"/api/rejudges/{batch_id}/publish", headers=auth(world.other_instructor.id)), 404)


def test_question_analytics_count_only_the_callers_classes(api: httpx.Client) -> None:
    world, _ = _shared_question()
    theirs = api.get(f"/api/questions/{world.question.id}/analytics", headers=auth(world.other_instructor.id))
    assert theirs.status_code == 200, theirs.text
    assert (theirs.json()["attempts"], theirs.json()["distinct_students"]) == (1, 1)
    assert theirs.json()["verdict_histogram"] == {"wrong_answer": 1}
    assert theirs.json()["pass_rate"] == 0.0
    mine = api.get(f"/api/questions/{world.question.id}/analytics", headers=auth(world.ta.id)).json()
    assert (mine["attempts"], mine["solved_students"], mine["pass_rate"]) == (1, 1, 1.0)


def test_missing_and_invisible_test_cases_answer_alike(api: httpx.Client) -> None:
    world = make_world()
    test_id = sql("SELECT id FROM test_cases WHERE question = $1 LIMIT 1", world.question.id)[0][0]
    outsider = auth(world.other_instructor.id)
    invisible = problem(api.patch(f"/api/tests/{test_id}", json={"name": "x"}, headers=outsider), 404)
    missing = problem(api.patch("/api/tests/999999", json={"name": "x"}, headers=outsider), 404)
    assert invisible["detail"] == missing["detail"]


def test_public_paths_are_exact_not_substrings(api: httpx.Client) -> None:
    for path in ("/api/questions/by-slug/admin-x", "/api/questions/by-slug/ready", "/api/questions/by-slug/metrics"):
        problem(api.get(path), 401)


def test_metrics_answer_only_the_configured_token(api: httpx.Client) -> None:
    problem(api.get("/metrics"), 404)
    problem(api.get("/metrics", headers={"Authorization": "Bearer wrong-token"}), 404)
    scraped = api.get("/metrics", headers=METRICS_AUTH)
    assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
    for gauge in ("autograder_queue_depth", "autograder_failed_jobs", "autograder_workers_alive"):
        assert f"# TYPE {gauge} gauge" in scraped.text
    assert "autograder_oldest_queued_seconds" in scraped.text
