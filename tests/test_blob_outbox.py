"""Submissions never depend on S3: with the S3 server killed, a submit and an exam's automatic submission are
accepted, their code waits in PostgreSQL (the blob outbox), they are graded, and once S3 is back the sweeper stores
each object under its sha256 and empties the outbox.

The test runs its own SeaweedFS (and API, workers and Redis), so killing it leaves the session's S3 alone.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from app.adapters.blobstore import BlobStore
from app.settings import load_settings
from jobs.devserver.child_process import free_port
from jobs.devserver.stack import start_s3
from tests.factories import make_exam
from tests.grading_support import wait_graded, world_with
from tests.support import auth, isolated, python_process, sql

ECHO = [{"name": "ok", "kind": "io", "input": "", "expected": "ok\n"}]
CODE = "print('ok')\n"
EXAM_CODE = "print('ok')  # autosaved, submitted by the exam clock\n"


def _start_s3(env: dict[str, str], data: Path, port: int):
    s3 = start_s3(data, port, env["S3_ACCESS_KEY"], env["S3_SECRET_KEY"], data / "s3.log")
    store = BlobStore(load_settings({**env, "S3_ENDPOINT_URL": s3.url}))
    deadline = time.monotonic() + 60
    while True:  # weed listens before its volume server is ready to take objects
        try:
            store.ensure_bucket()
            store.put_code(b"ready")
            return s3, store
        except Exception:
            assert time.monotonic() < deadline, (data / "s3.log").read_text()[-2000:]
            time.sleep(0.5)


def _wait_for(what: str, condition, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


@contextmanager
def paused(processes: list[subprocess.Popen]) -> Iterator[None]:
    """The session's own workers share this database: their exam clock (with the session's working S3) would make
    the automatic submission this test wants from the isolated stack's worker, whose S3 is down. Held still
    (they are idle between tests), they take no part."""
    for process in processes:
        os.kill(process.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for process in processes:
            os.kill(process.pid, signal.SIGCONT)


def test_s3_killed_at_a_submit_and_an_exams_end_loses_nothing(service_env, workers, tmp_path: Path) -> None:
    with paused(workers):
        _s3_killed_at_a_submit_and_an_exams_end(service_env, tmp_path)


def _s3_killed_at_a_submit_and_an_exams_end(service_env, tmp_path: Path) -> None:
    world = world_with(ECHO)
    item, question = world.extra["item"], world.extra["question"]
    exam = make_exam(world.module, [question], opens=timedelta(minutes=-5), closes=timedelta(hours=1), order_index=20)
    port = free_port()
    s3, store = _start_s3(service_env, tmp_path / "weed", port)
    try:
        with isolated(service_env, tmp_path, S3_ENDPOINT_URL=s3.url) as stack:
            client, student = stack["client"], auth(world.student.id)
            assert client.post(f"/api/assignments/{exam.id}/start", headers=student).status_code == 201
            saved = client.put(
                f"/api/assignments/{exam.id}/questions/{question.id}/progress",
                json={"code": EXAM_CODE, "base_revision": 0},
                headers=student,
            )
            assert saved.status_code == 200, saved.text

            s3.stop()  # SIGTERM, SIGKILL after a short grace: the store is gone
            submitted = client.post(
                f"/api/assignments/{item.id}/questions/{question.id}/submissions", json={"code": CODE}, headers=student
            )
            assert submitted.status_code == 202, submitted.text
            sql("UPDATE exam_session SET ends_at = now() WHERE student = $1", world.student.id)  # the exam ends
            stack["processes"].append(python_process(["-m", "jobs.worker"], stack["env"]))
            _wait_for("the automatic submission", lambda: sql("SELECT count(*) FROM submission_attempt")[0][0] == 2)
            held = {row["sha256"] for row in sql("SELECT sha256 FROM blob_outbox")}
            wanted = {hashlib.sha256(code.encode()).hexdigest() for code in (CODE, EXAM_CODE)}
            assert held == wanted, (held, wanted, (tmp_path / "weed" / "s3.log").read_text()[-3000:])  # S3 took none

            attempts = sql("SELECT id, code_sha256, code_blob_ref, auto_submitted FROM submission_attempt ORDER BY id")
            assert [a["auto_submitted"] for a in attempts] == [False, True]
            for attempt in attempts:  # graded from the outbox while S3 is down
                result = wait_graded(client, attempt["id"], world.instructor.id, timeout=90)
                assert (result["status"], result["verdict"]) == ("graded", "accepted")
                assert result["code"] in (CODE, EXAM_CODE)

            s3, store = _start_s3(service_env, tmp_path / "weed", port)  # S3 returns: the sweeper stores the code
            _wait_for("the outbox to drain", lambda: sql("SELECT count(*) FROM blob_outbox")[0][0] == 0)
            for attempt, code in zip(attempts, (CODE, EXAM_CODE), strict=True):
                stored = store.get(attempt["code_blob_ref"])
                assert hashlib.sha256(stored).hexdigest() == attempt["code_sha256"]
                assert stored.decode() == code
            assert sql("SELECT count(*) FROM test_result")[0][0] == 2  # each graded once
    finally:
        s3.stop()
