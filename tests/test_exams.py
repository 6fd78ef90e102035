"""Timed exam sessions over HTTP: starting, what a student sees when, the end of a session, extensions, and the
exam clock's automatic submission by the real workers."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import httpx

from tests.factories import World, make_assignment, make_exam, make_question, make_world
from tests.support import auth, problem, sql

CODE = "def add(a, b):\n    return a + b\n"


def _exam(world: World, *, opens: timedelta, closes: timedelta, limit: int | None = 20, **config) -> object:
    return make_exam(world.module, [world.question], opens=opens, closes=closes, limit=limit, **config)


def _urls(item, question) -> dict[str, str]:
    base = f"/api/assignments/{item.id}"
    return {
        "start": f"{base}/start",
        "session": f"{base}/session",
        "detail": base,
        "submit": f"{base}/questions/{question.id}/submissions",
        "progress": f"{base}/questions/{question.id}/progress",
    }


def test_start_opens_one_session_ending_at_the_time_limit(api: httpx.Client) -> None:
    world = make_world()
    exam = _exam(world, opens=-timedelta(minutes=5), closes=timedelta(hours=2), limit=20)
    urls = _urls(exam, world.question)
    problem(api.get(urls["session"], headers=auth(world.student.id)), 404)
    first = api.post(urls["start"], headers=auth(world.student.id))
    assert first.status_code == 201, first.text
    body = first.json()
    started, ends = datetime.fromisoformat(body["started_at"]), datetime.fromisoformat(body["ends_at"])
    assert ends - started == timedelta(minutes=20)
    assert body["running"] is True and 1190 <= body["remaining_seconds"] <= 1200
    again = api.post(urls["start"], headers=auth(world.student.id))
    assert again.status_code == 200 and again.json()["started_at"] == body["started_at"]
    assert api.get(urls["session"], headers=auth(world.student.id)).json()["ends_at"] == body["ends_at"]
    assert sql("SELECT count(*) FROM exam_session")[0][0] == 1


def test_session_ends_at_the_window_end_when_that_comes_first(api: httpx.Client) -> None:
    world = make_world()
    exam = _exam(world, opens=-timedelta(hours=1), closes=timedelta(minutes=5), limit=60)
    body = api.post(_urls(exam, world.question)["start"], headers=auth(world.student.id)).json()
    window_end = datetime.fromisoformat(
        sql("SELECT config->>'available_until' FROM assignment WHERE mode = 'exam'")[0][0]
    )
    assert datetime.fromisoformat(body["ends_at"]) == window_end


def test_start_is_refused_outside_the_window_for_staff_and_for_practice(api: httpx.Client) -> None:
    world = make_world()
    later = _exam(world, opens=timedelta(hours=1), closes=timedelta(hours=3))
    assert problem(api.post(_urls(later, world.question)["start"], headers=auth(world.student.id)), 403)["reason"] == (
        "not_open"
    )
    problem(api.post(_urls(later, world.question)["start"], headers=auth(world.instructor.id)), 403)
    practice = api.post(f"/api/assignments/{world.assignment.id}/start", headers=auth(world.student.id))
    assert problem(practice, 409)["reason"] == "not_exam"
    assert sql("SELECT count(*) FROM exam_session")[0][0] == 0


def test_before_the_window_a_student_sees_the_rules_but_no_questions(api: httpx.Client) -> None:
    world = make_world()
    exam = _exam(world, opens=timedelta(days=1), closes=timedelta(days=1, hours=2), limit=20)
    seen = api.get(f"/api/assignments/{exam.id}", headers=auth(world.student.id)).json()
    assert seen["title"] == "Exam" and seen["config"]["exam_time_limit_minutes"] == 20
    assert seen["questions"] == [] and seen["questions_locked"] == "not_open"
    assert seen["dates"]["time_limit_minutes"] == 20
    staff = api.get(f"/api/assignments/{exam.id}", headers=auth(world.ta.id)).json()
    assert [q["question_id"] for q in staff["questions"]] == [world.question.id]


def test_grades_of_a_student_show_nothing_of_an_exam_before_its_window(api: httpx.Client) -> None:
    world = make_world()
    secret = make_question("dijkstra-secret", owner=world.instructor.id, default_points=7.0, title="EXAM SECRET")
    exam = make_exam(world.module, [secret], opens=timedelta(days=1), closes=timedelta(days=1, hours=2))
    sql("UPDATE content_item SET title = 'EXAM SECRET: Dijkstra' WHERE id = $1", exam.id)
    mine = api.get(f"/api/classes/{world.cs101.id}/grades/me", headers=auth(world.student.id))
    assert mine.status_code == 200 and "SECRET" not in mine.text and "dijkstra" not in mine.text
    assert exam.id not in [a["assignment_id"] for a in mine.json()["assignments"]]
    sql(
        "UPDATE assignment SET config = jsonb_set(config, '{available_from}', to_jsonb($2::text)) "
        "WHERE content_item = $1",
        exam.id,
        (datetime.now(UTC) - timedelta(minutes=1)).isoformat(),
    )
    opened = api.get(f"/api/classes/{world.cs101.id}/grades/me", headers=auth(world.student.id)).json()
    assert exam.id in [a["assignment_id"] for a in opened["assignments"]]


def test_inside_the_window_questions_show_only_after_starting(api: httpx.Client) -> None:
    world = make_world()
    exam = _exam(world, opens=-timedelta(minutes=1), closes=timedelta(hours=1))
    urls = _urls(exam, world.question)
    before = api.get(urls["detail"], headers=auth(world.student.id)).json()
    assert before["questions"] == [] and before["questions_locked"] == "not_started"
    problem(api.post(urls["submit"], json={"code": CODE}, headers=auth(world.student.id)), 403)
    api.post(urls["start"], headers=auth(world.student.id))
    after = api.get(urls["detail"], headers=auth(world.student.id)).json()
    assert [q["question_id"] for q in after["questions"]] == [world.question.id]
    assert after["session"]["running"] is True and after["questions_locked"] is None
    assert api.post(urls["submit"], json={"code": CODE}, headers=auth(world.student.id)).status_code == 202


def test_after_the_session_ends_submit_and_autosave_answer_session_over(api: httpx.Client) -> None:
    world = make_world()
    exam = _exam(world, opens=-timedelta(minutes=30), closes=timedelta(hours=1))
    urls = _urls(exam, world.question)
    api.post(urls["start"], headers=auth(world.student.id))
    sql("UPDATE exam_session SET started_at = now() - interval '21 minutes', ends_at = now() - interval '1 minute'")
    for response in (
        api.post(urls["submit"], json={"code": CODE}, headers=auth(world.student.id)),
        api.put(urls["progress"], json={"code": CODE, "base_revision": 0}, headers=auth(world.student.id)),
    ):
        body = problem(response, 403)
        assert body["type"].endswith("/session_over") and body["reason"] == "session_over"
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 0
    assert sql("SELECT count(*) FROM assignment_progress")[0][0] == 0
    assert api.get(urls["session"], headers=auth(world.student.id)).json()["running"] is False


def test_extra_minutes_lengthen_a_new_and_a_running_session(api: httpx.Client) -> None:
    world = make_world()
    exam = _exam(world, opens=-timedelta(minutes=5), closes=timedelta(hours=3), limit=20)
    urls = _urls(exam, world.question)
    started = api.post(urls["start"], headers=auth(world.student.id)).json()
    extension = f"/api/assignments/{exam.id}/extensions/{world.student.id}"
    granted = api.put(extension, json={"extra_minutes": 10}, headers=auth(world.instructor.id))
    assert granted.status_code == 200, granted.text
    ends = datetime.fromisoformat(started["started_at"]) + timedelta(minutes=30)
    assert datetime.fromisoformat(granted.json()["session_ends_at"]) == ends
    assert datetime.fromisoformat(api.get(urls["session"], headers=auth(world.student.id)).json()["ends_at"]) == ends
    mate = api.post(urls["start"], headers=auth(world.classmate.id)).json()
    assert datetime.fromisoformat(mate["ends_at"]) - datetime.fromisoformat(mate["started_at"]) == timedelta(minutes=20)
    assert api.delete(extension, headers=auth(world.instructor.id)).status_code == 204
    back = api.get(urls["session"], headers=auth(world.student.id)).json()
    assert datetime.fromisoformat(back["ends_at"]) == ends - timedelta(minutes=10)


def test_only_class_instructors_grant_extensions_to_enrolled_students(api: httpx.Client) -> None:
    world = make_world()
    exam = _exam(world, opens=-timedelta(minutes=5), closes=timedelta(hours=3))
    url = f"/api/assignments/{exam.id}/extensions"
    problem(api.put(f"{url}/{world.student.id}", json={"extra_minutes": 5}, headers=auth(world.ta.id)), 403)
    problem(api.put(f"{url}/{world.student.id}", json={"extra_minutes": 5}, headers=auth(world.student.id)), 403)
    problem(
        api.put(f"{url}/{world.other_student.id}", json={"extra_minutes": 5}, headers=auth(world.instructor.id)), 404
    )
    problem(api.put(f"{url}/{world.student.id}", json={"extra_minutes": -1}, headers=auth(world.instructor.id)), 400)
    assert sql("SELECT count(*) FROM extension")[0][0] == 0


def test_a_personal_window_end_and_due_date_rule_the_students_submissions(api: httpx.Client) -> None:
    world = make_world()
    now = datetime.now(UTC)
    item = make_assignment(
        world.module,
        [world.question],
        title="Lab",
        order_index=4,
        due_date=now - timedelta(hours=2),
        config={"available_until": (now - timedelta(hours=1)).isoformat()},
    )
    url = f"/api/assignments/{item.id}/questions/{world.question.id}/submissions"
    assert problem(api.post(url, json={"code": CODE}, headers=auth(world.student.id)), 403)["reason"] == "closed"
    api.put(
        f"/api/assignments/{item.id}/extensions/{world.student.id}",
        json={
            "due_date": (now + timedelta(days=1)).isoformat(),
            "available_until": (now + timedelta(days=1)).isoformat(),
        },
        headers=auth(world.instructor.id),
    )
    accepted = api.post(url, json={"code": CODE}, headers=auth(world.student.id))
    assert accepted.status_code == 202, accepted.text
    assert sql("SELECT is_late FROM submission_attempt")[0][0] is False
    assert problem(api.post(url, json={"code": CODE}, headers=auth(world.classmate.id)), 403)["reason"] == "closed"
    listed = api.get(f"/api/assignments/{item.id}/extensions", headers=auth(world.ta.id)).json()["items"]
    assert [(e["user_id"], e["dates"]["extended"]) for e in listed] == [(world.student.id, True)]


def test_exam_clock_submits_the_last_autosave_of_unsubmitted_questions(api: httpx.Client, workers) -> None:
    world = make_world()
    second = make_question(
        "mul-two",
        owner=world.instructor.id,
        tests=[
            {"name": "mul", "kind": "call", "input": "mul(2, 3)", "expected": "6"},
        ],
    )
    exam = make_exam(
        world.module,
        [world.question, second],
        opens=-timedelta(minutes=1),
        closes=timedelta(seconds=6),
        title="Quick exam",
        max_attempts=1,
    )
    headers = auth(world.student.id)
    first, other = _urls(exam, world.question), _urls(exam, second)
    api.post(first["start"], headers=headers)
    assert api.put(first["progress"], json={"code": CODE, "base_revision": 0}, headers=headers).status_code == 200
    assert api.put(other["progress"], json={"code": "draft", "base_revision": 0}, headers=headers).status_code == 200
    assert (
        api.post(other["submit"], json={"code": "def mul(a, b):\n    return a * b\n"}, headers=headers).status_code
        == 202
    )
    deadline = time.monotonic() + 45
    while time.monotonic() < deadline:
        auto = sql("SELECT id, question, auto_submitted, status FROM submission_attempt WHERE auto_submitted")
        if auto and auto[0]["status"] == "graded":
            break
        time.sleep(0.5)
    ended = datetime.fromisoformat(api.get(first["session"], headers=headers).json()["ends_at"])
    assert datetime.now(UTC) - ended < timedelta(seconds=40)
    assert [(row["question"], row["status"]) for row in auto] == [(world.question.id, "graded")]
    attempts = sql("SELECT question, auto_submitted FROM submission_attempt ORDER BY question")
    assert sorted((r["question"], r["auto_submitted"]) for r in attempts) == sorted(
        [(world.question.id, True), (second.id, False)]
    )
    assert sql("SELECT finished_at IS NOT NULL FROM exam_session")[0][0] is True
    mine = api.get(first["submit"], headers=headers).json()["items"]
    assert mine[0]["auto_submitted"] is True


def test_two_exam_clocks_at_once_submit_each_question_once(api: httpx.Client) -> None:
    import asyncio

    from app.adapters.blobstore import BlobStore
    from app.adapters.cache import async_redis
    from app.common.infra import Infra
    from app.exams.exams import finish_expired
    from app.settings import get_settings
    from tests.support import run

    world = make_world()
    exam = _exam(world, opens=-timedelta(minutes=30), closes=timedelta(hours=1))
    urls = _urls(exam, world.question)
    headers = auth(world.student.id)
    api.post(urls["start"], headers=headers)
    api.put(urls["progress"], json={"code": CODE, "base_revision": 0}, headers=headers)
    sql("UPDATE exam_session SET started_at = now() - interval '21 minutes', ends_at = now() - interval '1 minute'")

    async def two_at_once() -> None:
        settings = get_settings()
        redis = async_redis(settings.redis_address)
        infra = Infra(settings=settings, redis=redis, blobstore=BlobStore(settings), pubsub=redis)
        try:
            await asyncio.gather(finish_expired(infra), finish_expired(infra))
        finally:
            await redis.aclose()

    run(two_at_once())
    rows = sql("SELECT auto_submitted, is_late, idempotency_key FROM submission_attempt")
    assert len(rows) == 1 and rows[0]["auto_submitted"] is True and rows[0]["idempotency_key"].startswith("auto-")
    assert sql("SELECT finished_at IS NOT NULL FROM exam_session")[0][0] is True
    run(two_at_once())
    assert sql("SELECT count(*) FROM submission_attempt")[0][0] == 1
