"""Autosave and submitting: every rule that rejects, idempotency, and what is stored."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import httpx
from minio import Minio

from tests.factories import make_assignment, make_world
from tests.support import auth, problem, sql, start_of_a_rate_window

CODE = "def add(a, b):\n    return a + b\n"


def _progress(world) -> str:
    return f"/api/assignments/{world.assignment.id}/questions/{world.question.id}/progress"


def _submit_url(world, assignment=None) -> str:
    return f"/api/assignments/{(assignment or world.assignment).id}/questions/{world.question.id}/submissions"


def test_first_autosave_then_get_returns_it(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.student.id)
    problem(api.get(_progress(world), headers=headers), 404)
    saved = api.put(_progress(world), json={"code": "x = 1", "time_spent": 30, "base_revision": 0}, headers=headers)
    assert saved.status_code == 200, saved.text
    assert (saved.json()["code"], saved.json()["time_spent"], saved.json()["revision"]) == ("x = 1", 30, 1)
    again = api.put(_progress(world), json={"code": "x = 2", "time_spent": 45, "base_revision": 1}, headers=headers)
    assert again.json()["revision"] == 2
    loaded = api.get(_progress(world), headers=headers).json()
    assert (loaded["code"], loaded["revision"]) == ("x = 2", 2)


def test_stale_autosave_gets_409_with_stored_copy(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.student.id)
    api.put(_progress(world), json={"code": "tab one", "base_revision": 0}, headers=headers)
    api.put(_progress(world), json={"code": "tab one again", "base_revision": 1}, headers=headers)
    stale = api.put(_progress(world), json={"code": "tab two", "base_revision": 1}, headers=headers)
    body = problem(stale, 409)
    assert body["stored"]["code"] == "tab one again" and body["stored"]["revision"] == 2
    assert api.get(_progress(world), headers=headers).json()["code"] == "tab one again"


def test_autosave_is_per_student_and_capped(api: httpx.Client) -> None:
    world = make_world()
    api.put(_progress(world), json={"code": "mine", "base_revision": 0}, headers=auth(world.student.id))
    problem(api.get(_progress(world), headers=auth(world.classmate.id)), 404)
    problem(
        api.put(_progress(world), json={"code": "x" * 70_000, "base_revision": 0}, headers=auth(world.classmate.id)),
        413,
    )
    problem(api.get(_progress(world), headers=auth(world.other_student.id)), 404)


def test_submit_stores_code_in_s3_and_queues_the_attempt(api: httpx.Client, services: dict[str, str]) -> None:
    world = make_world()
    code = CODE + "# unique 1\n"
    response = api.post(_submit_url(world), json={"code": code, "language": "python"}, headers=auth(world.student.id))
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["attempt_number"] == 1 and body["links"]["self"] == f"/api/submissions/{body['id']}"
    row = sql("SELECT code_blob_ref, code_sha256, code_size, status FROM submission_attempt WHERE id = $1", body["id"])[
        0
    ]
    sha = hashlib.sha256(code.encode()).hexdigest()
    assert row["code_sha256"] == sha and row["code_blob_ref"].endswith(sha) and row["code_size"] == len(code)
    store = Minio(
        services["s3"].removeprefix("http://"),
        access_key=services["s3_access_key"],
        secret_key=services["s3_secret_key"],
        secure=False,
    )
    assert store.get_object(services["s3_bucket"], row["code_blob_ref"]).read() == code.encode()


def test_same_idempotency_key_gives_the_same_attempt(api: httpx.Client) -> None:
    world = make_world()
    headers = {**auth(world.student.id), "Idempotency-Key": "submit-1"}
    first = api.post(_submit_url(world), json={"code": CODE}, headers=headers).json()
    second = api.post(_submit_url(world), json={"code": CODE}, headers=headers).json()
    assert first["id"] == second["id"]
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 1


def test_concurrent_submits_with_one_key_make_exactly_one_attempt(api_url: str) -> None:
    world = make_world()
    headers = {**auth(world.student.id), "Idempotency-Key": "race-key"}

    def post(_: int) -> httpx.Response:
        return httpx.post(api_url + _submit_url(world), json={"code": CODE}, headers=headers, timeout=30)

    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(post, range(8)))
    assert {r.status_code for r in responses} == {202}
    assert len({r.json()["id"] for r in responses}) == 1
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 1


def test_concurrent_submits_without_a_key_get_distinct_attempt_numbers(api_url: str) -> None:
    world = make_world()
    headers = auth(world.student.id)

    def post(i: int) -> httpx.Response:
        return httpx.post(api_url + _submit_url(world), json={"code": CODE + f"#{i}"}, headers=headers, timeout=30)

    with ThreadPoolExecutor(6) as pool:
        responses = list(pool.map(post, range(6)))
    assert [r.status_code for r in responses] == [202] * 6
    assert sorted(r.json()["attempt_number"] for r in responses) == [1, 2, 3, 4, 5, 6]


def test_only_enrolled_students_submit(api: httpx.Client) -> None:
    world = make_world()
    problem(api.post(_submit_url(world), json={"code": CODE}, headers=auth(world.other_student.id)), 404)
    problem(api.post(_submit_url(world), json={"code": CODE}, headers=auth(world.ta.id)), 403)
    problem(api.post(_submit_url(world), json={"code": CODE}), 401)


def test_unpublished_assignment_is_invisible_to_students(api: httpx.Client) -> None:
    world = make_world()
    draft = make_assignment(world.module, [world.question], title="Draft", published=False, order_index=1)
    problem(api.post(_submit_url(world, draft), json={"code": CODE}, headers=auth(world.student.id)), 404)


def test_outside_the_availability_window_is_refused(api: httpx.Client) -> None:
    world = make_world()
    later = make_assignment(
        world.module,
        [world.question],
        title="Later",
        order_index=1,
        config={"available_from": (datetime.now(UTC) + timedelta(days=1)).isoformat()},
    )
    body = problem(api.post(_submit_url(world, later), json={"code": CODE}, headers=auth(world.student.id)), 403)
    assert body["reason"] == "not_open"


def test_exam_only_inside_its_window(api: httpx.Client) -> None:
    world = make_world()
    now = datetime.now(UTC)
    closed = make_assignment(
        world.module,
        [world.question],
        title="Exam",
        mode="exam",
        order_index=1,
        config={
            "available_from": (now - timedelta(hours=3)).isoformat(),
            "available_until": (now - timedelta(hours=1)).isoformat(),
        },
    )
    body = problem(api.post(_submit_url(world, closed), json={"code": CODE}, headers=auth(world.student.id)), 403)
    assert body["reason"] == "closed"
    open_exam = make_assignment(
        world.module,
        [world.question],
        title="Exam 2",
        mode="exam",
        order_index=2,
        config={
            "available_from": (now - timedelta(hours=1)).isoformat(),
            "available_until": (now + timedelta(hours=1)).isoformat(),
        },
    )
    assert api.post(f"/api/assignments/{open_exam.id}/start", headers=auth(world.student.id)).status_code == 201
    assert (
        api.post(_submit_url(world, open_exam), json={"code": CODE}, headers=auth(world.student.id)).status_code == 202
    )
    no_window = make_assignment(world.module, [world.question], title="Exam 3", mode="exam", order_index=3)
    assert (
        problem(api.post(_submit_url(world, no_window), json={"code": CODE}, headers=auth(world.student.id)), 403)[
            "reason"
        ]
        == "exam_window"
    )


def test_late_submissions_follow_the_late_policy(api: httpx.Client) -> None:
    world = make_world()
    past = datetime.now(UTC) - timedelta(days=1, hours=2)
    strict = make_assignment(world.module, [world.question], title="Strict", due_date=past, order_index=1)
    assert (
        problem(api.post(_submit_url(world, strict), json={"code": CODE}, headers=auth(world.student.id)), 403)[
            "reason"
        ]
        == "past_due"
    )
    lenient = make_assignment(
        world.module,
        [world.question],
        title="Lenient",
        due_date=past,
        order_index=2,
        config={"late_policy": {"mode": "accept", "penalty_per_day": 0.1, "max_penalty": 0.5}},
    )
    accepted = api.post(_submit_url(world, lenient), json={"code": CODE}, headers=auth(world.student.id))
    assert accepted.status_code == 202
    row = sql("SELECT is_late, late_penalty FROM submission_attempt WHERE id = $1", accepted.json()["id"])[0]
    assert row["is_late"] is True and abs(row["late_penalty"] - 0.2) < 1e-9, "two started days late"


def test_max_attempts_gives_409(api: httpx.Client) -> None:
    world = make_world()
    limited = make_assignment(world.module, [world.question], title="Twice", order_index=1, config={"max_attempts": 2})
    headers = auth(world.student.id)
    for i in range(2):
        assert api.post(_submit_url(world, limited), json={"code": CODE + f"#{i}"}, headers=headers).status_code == 202
    body = problem(api.post(_submit_url(world, limited), json={"code": CODE}, headers=headers), 409)
    assert body["max_attempts"] == 2
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 2


def test_submit_rate_limit_gives_429_with_retry_after(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.student.id)
    start_of_a_rate_window()
    statuses = [
        api.post(_submit_url(world), json={"code": CODE + f"#{i}"}, headers=headers).status_code for i in range(32)
    ]
    assert statuses.count(202) == 30 and statuses[-1] == 429
    limited = api.post(_submit_url(world), json={"code": CODE}, headers=headers)
    assert int(limited.headers["retry-after"]) >= 1
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 30


def test_oversized_code_gives_413_and_stores_nothing(api: httpx.Client) -> None:
    world = make_world()
    problem(api.post(_submit_url(world), json={"code": "#" * 70_000}, headers=auth(world.student.id)), 413)
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 0


def test_wrong_language_is_a_400_naming_the_field(api: httpx.Client) -> None:
    world = make_world()
    body = problem(
        api.post(_submit_url(world), json={"code": "int main(){}", "language": "c"}, headers=auth(world.student.id)),
        400,
    )
    assert body["errors"] == [{"field": "language", "message": body["detail"]}]


def test_results_are_private_to_the_student_and_staff(api: httpx.Client) -> None:
    world = make_world()
    attempt = api.post(_submit_url(world), json={"code": CODE}, headers=auth(world.student.id)).json()
    url = f"/api/submissions/{attempt['id']}"
    mine = api.get(url, headers=auth(world.student.id))
    assert mine.status_code == 200 and mine.json()["status"] in ("queued", "running", "graded")
    problem(api.get(url, headers=auth(world.classmate.id)), 404)
    problem(api.get(url, headers=auth(world.other_instructor.id)), 404)
    assert api.get(url, headers=auth(world.ta.id)).status_code == 200
    problem(api.get(url + "?wait=999", headers=auth(world.student.id)), 400)


def test_attempt_lists_for_students_and_staff(api: httpx.Client) -> None:
    world = make_world()
    for who in (world.student, world.classmate):
        api.post(_submit_url(world), json={"code": CODE}, headers=auth(who.id))
    mine = api.get(_submit_url(world), headers=auth(world.student.id)).json()["items"]
    assert [a["user_id"] for a in mine] == [world.student.id]
    staff_url = f"/api/assignments/{world.assignment.id}/submissions"
    everyone = api.get(staff_url, headers=auth(world.ta.id)).json()["items"]
    assert {a["user_id"] for a in everyone} == {world.student.id, world.classmate.id}
    filtered = api.get(f"{staff_url}?user_id={world.classmate.id}", headers=auth(world.ta.id)).json()["items"]
    assert [a["user_id"] for a in filtered] == [world.classmate.id]
    problem(api.get(staff_url, headers=auth(world.student.id)), 403)


def test_autosave_costs_two_queries_once_the_user_is_cached(api: httpx.Client) -> None:
    world = make_world()
    headers = auth(world.student.id)
    api.get("/api/auth/me", headers=headers)
    first = api.put(_progress(world), json={"code": "a", "base_revision": 0}, headers=headers)
    second = api.put(_progress(world), json={"code": "b", "base_revision": 1}, headers=headers)
    assert (first.status_code, second.status_code) == (200, 200)
    assert first.headers["x-query-count"] == second.headers["x-query-count"] == "2"


def test_autosave_for_a_question_outside_the_assignment_is_404(api: httpx.Client) -> None:
    from tests.factories import make_question

    world = make_world()
    stranger = make_question("not-attached")
    path = f"/api/assignments/{world.assignment.id}/questions/{stranger.id}/progress"
    problem(api.put(path, json={"code": "x", "base_revision": 0}, headers=auth(world.student.id)), 404)
    problem(api.put(path, json={"code": "x", "base_revision": 3}, headers=auth(world.student.id)), 404)
    assert sql("SELECT count(*) FROM assignment_progress")[0][0] == 0
