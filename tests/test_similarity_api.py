"""Similarity reports over the API: ranked pairs with regions and CSV, reuse until attempts change, who sees them,
and a report whose worker dies mid-run."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time

import httpx
import msgspec

from app.adapters.blobstore import BlobStore
from app.insight import similarity
from app.settings import PROJECT_ROOT, get_settings
from bench.similarity_quality import EVAL
from bench.synthetic_code import program
from jobs.devserver.child_process import free_port
from jobs.outbox import sweep_once
from tables.content import ContentItem
from tests.factories import World, enroll, make_assignment, make_module, make_user, make_world
from tests.support import auth, problem, run, sql

TASK = EVAL / "python" / "wordfreq"
ORIGINAL, COPY = (TASK / "original.py").read_text(), (TASK / "L6_dead_code.py").read_text()
OTHERS = [(TASK / f"independent_{n}.py").read_text() for n in (1, 2, 3)]


def graded(world: World, student_id: int, code: str, score: float = 10.0, item: ContentItem | None = None) -> int:
    """A graded attempt with its code in S3, counted by the grade ledger as a grading would count it."""
    item_id = (item or world.assignment).id
    key, sha256 = BlobStore(get_settings()).put_code(code.encode())
    attempt = sql(
        "INSERT INTO submission_attempt (user_id, assignment, question, attempt_number, language, code_blob_ref, "
        "code_sha256, code_size, status, verdict, score, max_score, graded_at) VALUES ($1, (SELECT id FROM "
        "assignment WHERE content_item = $2), $3, (SELECT count(*) + 1 FROM submission_attempt WHERE user_id = $1 "
        "AND question = $3), 'python', $4, $5, $6, 'graded', 'accepted', $7, 10, now()) RETURNING id",
        student_id,
        item_id,
        world.question.id,
        key,
        sha256,
        len(code),
        score,
    )[0]["id"]
    sql(
        "SELECT ledger_recount($1, (SELECT id FROM assignment WHERE content_item = $2), $3, 'graded', NULL)",
        student_id,
        item_id,
        world.question.id,
    )
    return attempt


def students(world: World, count: int) -> list[int]:
    ids = [world.student.id, world.classmate.id]
    for number in range(count - 2):
        user = make_user(f"peer{number}@test.edu")
        enroll(world.cs101, user)
        ids.append(user.id)
    return ids


def path(world: World) -> str:
    return f"/api/assignments/{world.assignment.id}/questions/{world.question.id}/similarity"


def wait_done(api: httpx.Client, world: World, timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = api.get(path(world), headers=auth(world.instructor.id)).json()
        if body["state"] in ("done", "failed"):
            return body
        time.sleep(0.2)
    raise AssertionError(body)


def test_staff_get_ranked_pairs_with_regions_and_a_csv(api: httpx.Client, workers) -> None:
    world = make_world()
    ids = students(world, 5)
    attempts = [graded(world, user, code) for user, code in zip(ids, [ORIGINAL, COPY, *OTHERS], strict=True)]
    assert api.get(path(world), headers=auth(world.instructor.id)).json()["state"] == "none"
    started = api.post(path(world), headers=auth(world.instructor.id))
    assert started.status_code == 202 and started.json()["state"] == "queued", started.text
    report = wait_done(api, world)
    assert report["state"] == "done" and report["submissions"] == 5, report
    top = report["items"][0]
    assert {top["attempt_a"], top["attempt_b"]} == {attempts[0], attempts[1]}, report["items"]
    assert {top["student_a"]["id"], top["student_b"]["id"]} == {ids[0], ids[1]}
    assert top["rank"] == 1 and 0 < top["score"] <= 1 and top["regions"]
    assert all(pair["score"] < top["score"] for pair in report["items"][1:])
    csv = api.get(path(world), params={"format": "csv"}, headers=auth(world.ta.id))
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.strip().splitlines()
    assert lines[0].startswith("rank,score,student_a") and len(lines) == len(report["items"]) + 1
    assert lines[1].startswith(f"1,{top['score']},")


def test_a_report_is_reused_until_the_counted_attempts_change(api: httpx.Client, workers) -> None:
    world = make_world()
    ids = students(world, 3)
    for user, code in zip(ids, [ORIGINAL, OTHERS[0], OTHERS[1]], strict=True):
        graded(world, user, code, score=5.0)
    api.post(path(world), headers=auth(world.instructor.id))
    first = wait_done(api, world)
    again = api.post(path(world), headers=auth(world.instructor.id))
    assert again.status_code == 202 and again.json()["state"] == "done"
    assert again.json()["finished_at"] == first["finished_at"]  # nothing recomputed
    better = graded(world, ids[2], COPY, score=9.0)  # the third student's counted attempt is now a copy
    assert api.post(path(world), headers=auth(world.instructor.id)).json()["state"] == "queued"
    second = wait_done(api, world)
    assert better in {second["items"][0]["attempt_a"], second["items"][0]["attempt_b"]}, second["items"]
    assert sql("SELECT tries FROM similarity_report")[0]["tries"] == 1


def test_earlier_terms_of_classes_the_caller_teaches_are_compared_with_this_one(api: httpx.Client, workers) -> None:
    world = make_world()
    enroll(world.cs102, world.instructor, "instructor")  # last term's class, taught by the same instructor
    last_term = make_assignment(make_module(world.cs102, "Old week"), [world.question], title="Old lab")
    old_copy = graded(world, world.other_student.id, COPY, item=last_term)
    mine = graded(world, world.student.id, ORIGINAL)
    graded(world, world.classmate.id, OTHERS[0])
    api.post(path(world), headers=auth(world.instructor.id))
    assert all(old_copy not in (p["attempt_a"], p["attempt_b"]) for p in wait_done(api, world)["items"])
    started = api.post(path(world), params={"include_past": "true"}, headers=auth(world.instructor.id))
    assert started.json()["include_past"] is True and started.json()["state"] == "queued"
    deadline = time.monotonic() + 90
    while (body := api.get(path(world), params={"include_past": "true"}, headers=auth(world.instructor.id)).json())[
        "state"
    ] != "done":
        assert time.monotonic() < deadline, body
        time.sleep(0.2)
    assert body["submissions"] == 3
    assert {body["items"][0]["attempt_a"], body["items"][0]["attempt_b"]} == {mine, old_copy}, body["items"]


def test_students_outsiders_and_tas_where_the_class_forbids_get_404(api: httpx.Client) -> None:
    world = make_world()
    for caller in (world.student, world.other_instructor, world.other_student):
        problem(api.get(path(world), headers=auth(caller.id)), 404)
        problem(api.post(path(world), headers=auth(caller.id)), 404)
    assert api.get(path(world), headers=auth(world.ta.id)).status_code == 200
    sql("UPDATE classes SET settings = settings || '{\"ta_can_see_similarity\": false}' WHERE id = $1", world.cs101.id)
    problem(api.get(path(world), headers=auth(world.ta.id)), 404)
    problem(api.post(path(world), headers=auth(world.ta.id)), 404)
    assert api.get(path(world), headers=auth(world.instructor.id)).status_code == 200
    problem(
        api.get(
            f"/api/assignments/{world.assignment.id}/questions/999999/similarity", headers=auth(world.instructor.id)
        ),
        404,
    )


def test_a_report_survives_its_worker_dying_mid_run(api: httpx.Client, workers, service_env) -> None:
    """The job's process is killed while it holds the report; once its lease has run out the sweeper queues it
    again and a worker finishes it. Nothing of the killed run is stored."""
    world = make_world()
    ids = students(world, 120)
    graded(world, ids[0], ORIGINAL)
    graded(world, ids[1], COPY)
    for seed, user in enumerate(ids[2:]):
        graded(world, user, program(seed, lines=400))
    report_id, key = _request_without_a_job(world)
    job = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from app.grading.messages import RunSimilarity; from jobs.similarity_report import run_report; "
            f"run_report(RunSimilarity(report_id={report_id}, input_key={key!r}))",
        ],
        env={**os.environ, **service_env},
        cwd=PROJECT_ROOT,
    )
    deadline = time.monotonic() + 60
    while sql("SELECT state FROM similarity_report WHERE id = $1", report_id)[0]["state"] != "running":
        assert time.monotonic() < deadline and job.poll() is None, "the job never took the report"
        time.sleep(0.01)
    job.send_signal(signal.SIGKILL)
    job.wait()
    row = sql("SELECT state, tries FROM similarity_report WHERE id = $1", report_id)[0]
    assert (row["state"], row["tries"]) == ("running", 1)
    assert not sql("SELECT 1 FROM similarity_pair WHERE report = $1", report_id)
    sql("UPDATE similarity_report SET lease_until = now() - interval '1 second' WHERE id = $1", report_id)
    assert asyncio.run(sweep_once(get_settings()))["similarity_requeued"] == 1
    report = wait_done(api, world, timeout=180)
    assert report["state"] == "done", report
    assert {report["items"][0]["student_a"]["id"], report["items"][0]["student_b"]["id"]} == {ids[0], ids[1]}
    assert sql("SELECT tries FROM similarity_report WHERE id = $1", report_id)[0]["tries"] == 2


def _request_without_a_job(world: World) -> tuple[int, str]:
    """Request the report while Redis cannot be reached (it stays queued for the sweeper, as the API leaves it when
    Redis is down), so this test runs it in a process of its own that it can kill."""
    unreachable = msgspec.structs.replace(get_settings(), redis_url=f"redis://127.0.0.1:{free_port()}/0")
    view = run(similarity.request(world.instructor, unreachable, world.assignment.id, world.question.id, False))
    assert view.state == "queued"
    row = sql("SELECT id, input_key FROM similarity_report")[0]
    return row["id"], row["input_key"]
