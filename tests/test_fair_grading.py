"""Fair grading: a student's attempts beyond the cap in flight wait behind other students' (nothing refused,
nothing lost, nothing graded twice, each student's order kept)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
from piccolo.engine import engine_finder

from tables.enums import AssignmentMode
from tests.factories import make_attempt, make_exam, make_world
from tests.grading_support import wait_graded, world_with
from tests.support import auth, run, sql

TESTS = [{"name": "echo", "kind": "io", "input": "", "expected": "ok\n"}]
SLOW = "import time\ntime.sleep(1.0)\nprint('ok')\n"
FAST = "print('ok')\n"


def _submit(api: httpx.Client, world, user, code: str) -> int:
    item, question = world.extra["item"], world.extra["question"]
    response = api.post(
        f"/api/assignments/{item.id}/questions/{question.id}/submissions",
        json={"code": code, "language": "python"},
        headers=auth(user.id),
    )
    assert response.status_code == 202, response.text
    return response.json()["id"]


def test_one_students_flood_waits_behind_another_students_submission(api: httpx.Client, workers) -> None:
    world = world_with(TESTS)
    flood = [_submit(api, world, world.student, SLOW) for _ in range(6)]
    waiting = sql("SELECT count(*) FROM submission_attempt WHERE dispatched_at IS NULL AND id = ANY($1)", flood)[0][0]
    assert waiting >= 3  # at most two in flight; the rest are accepted (202) and wait, not refused
    other = _submit(api, world, world.classmate, FAST)
    assert wait_graded(api, other, world.classmate.id)["verdict"] == "accepted"
    for attempt in flood:
        assert wait_graded(api, attempt, world.student.id, timeout=90)["verdict"] == "accepted"
    rows = sql(
        "SELECT id, graded_at, dispatched_at, tries FROM submission_attempt WHERE id = ANY($1) ORDER BY id",
        [*flood, other],
    )
    by_id = {row["id"]: row for row in rows}
    # the other student's submission went before every flooded attempt past the first three
    assert all(by_id[other]["graded_at"] < by_id[attempt]["graded_at"] for attempt in flood[3:])
    assert all(by_id[attempt]["tries"] == 1 for attempt in flood)  # graded once each
    dispatched = [by_id[attempt]["dispatched_at"] for attempt in flood]
    assert dispatched == sorted(dispatched)  # the student's own order kept


def test_a_waiting_attempts_code_travels_with_its_job(api: httpx.Client, workers) -> None:
    """A flood's waiting attempts are graded from the code their submits kept for them, not read back from S3:
    with the stored object gone, every one is still graded (read from S3, the waiting ones would end in `error`)."""
    from app.adapters.blobstore import BlobStore
    from app.settings import get_settings

    world = world_with(TESTS)
    code = SLOW + f"# {uuid.uuid4()}\n"
    flood = [_submit(api, world, world.student, code) for _ in range(4)]
    rows = sql("SELECT id, dispatched_at, code_blob_ref FROM submission_attempt WHERE id = ANY($1)", flood)
    assert any(row["dispatched_at"] is None for row in rows)  # some wait behind the student's first two
    store = BlobStore(get_settings())
    store.client.remove_object(store.bucket, rows[0]["code_blob_ref"])
    assert not store.exists(rows[0]["code_blob_ref"])
    for attempt in flood:
        assert wait_graded(api, attempt, world.student.id, timeout=60)["verdict"] == "accepted"


def test_a_lost_dispatch_is_found_by_the_sweeper(api: httpx.Client, workers) -> None:
    """An attempt left waiting with a free place (its dispatch lost between commit and enqueue) gets graded."""
    world = world_with(TESTS)
    attempt = _submit(api, world, world.student, FAST)
    wait_graded(api, attempt, world.student.id)
    sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, status, submitted_at) SELECT user_id, assignment, question, 2, language, "
        "code_blob_ref, code_sha256, code_size, 'queued', now() - interval '1 minute' FROM submission_attempt "
        "WHERE id = $1",
        attempt,
    )
    lost = sql("SELECT max(id) FROM submission_attempt")[0][0]
    assert wait_graded(api, lost, world.student.id, timeout=60)["verdict"] == "accepted"


def _dispatch(attempt_id: int) -> list:
    from app.grading import attempts

    async def go() -> list:
        async with engine_finder().pool.acquire() as connection:
            return await attempts.dispatch(connection, attempt_id, 2)

    return run(go())


def test_the_cap_counts_a_students_attempts_across_the_grading_lanes(services) -> None:
    """Two practice attempts in flight: the student's exam attempt waits its turn, and goes when one finishes.
    (Counted per lane, a flooder's exam backlog kept the exam lane, which workers take first, always full.)"""
    world = make_world()
    exam = make_exam(world.module, [world.question], opens=timedelta(hours=-1), closes=timedelta(hours=1))
    practice = [make_attempt(world, number=number) for number in (1, 2)]
    assert [d.attempt_id for d in _dispatch(practice[0])] == practice
    in_exam = make_attempt(world, item=exam)
    assert _dispatch(in_exam) == []
    assert sql("SELECT dispatched_at FROM submission_attempt WHERE id = $1", in_exam)[0][0] is None
    sql("UPDATE submission_attempt SET status = 'graded' WHERE id = $1", practice[0])
    assert [(d.attempt_id, d.mode) for d in _dispatch(practice[0])] == [(in_exam, AssignmentMode.exam)]


def test_an_attempt_given_its_place_goes_to_the_backlog_lane_below_practice(services) -> None:
    """So a flooder's waiting attempts, exam ones included, never take a worker before a classmate's first one."""
    from redis import Redis
    from rq.job import Job

    from app.grading import attempts
    from app.grading.contract import BACKLOG_LANE, PRACTICE_LANE, WORKER_LANES, grade_job_id
    from app.settings import get_settings
    from jobs.grading import enqueue_dispatched

    assert WORKER_LANES.index(PRACTICE_LANE) < WORKER_LANES.index(BACKLOG_LANE)
    redis = Redis.from_url(services["redis"])
    enqueue_dispatched(get_settings(), [attempts.Dispatch(987654, AssignmentMode.exam)])
    # the job's lane, whether a session worker took it already (no such attempt: nothing to grade) or not
    assert Job.fetch(grade_job_id(987654), connection=redis).origin == BACKLOG_LANE


def test_every_place_given_takes_the_code_kept_for_its_attempt(services) -> None:
    """The submit's and the workers' enqueue alike (one path): a job for an attempt that waited carries the code
    kept for it, taken once; the caller's own code goes with its own attempt."""
    from redis import Redis
    from rq.job import Job
    from rq.serializers import JSONSerializer

    from app.grading import attempts, messages
    from app.grading.contract import enqueue_places, grade_job_id, keep_waiting_code, waiting_code_key
    from app.settings import get_settings

    settings, redis = get_settings(), Redis.from_url(services["redis"])
    keep_waiting_code(settings, 987655, "print('kept')\n")
    places = [attempts.Dispatch(987655, AssignmentMode.practice), attempts.Dispatch(987656, AssignmentMode.practice)]
    enqueue_places(settings, places, at_hand={987656: "print('mine')\n"})
    sent = {
        p.attempt_id: messages.decode(
            Job.fetch(grade_job_id(p.attempt_id), connection=redis, serializer=JSONSerializer).args[0]
        ).code
        for p in places
    }
    assert sent == {987655: "print('kept')\n", 987656: "print('mine')\n"}
    assert redis.get(waiting_code_key(987655)) is None  # taken once
