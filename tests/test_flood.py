"""One student floods everything at once (50 slow submissions across ten questions of a practice assignment and an
exam, 1500 long-polls, 500 autosaves) while a classmate submits to the exam and the practice assignment and another
user reads the class list, on the session's two workers: the classmate's attempts go ahead of the flood's overflow
in their lanes, every attempt is graded exactly once, nothing is lost, the long-polls beyond the cap answer at once
and the other user is answered. Orders come from the database's timestamps; no wall-clock limits (bench/flood.py
measures the times)."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from itertools import cycle

import asyncpg
import httpx

from app.settings import get_settings
from tests.factories import make_assignment, make_exam, make_question, make_world
from tests.support import auth, run, sql, token_for

TESTS = [{"name": "echo", "kind": "io", "input": "", "expected": "ok\n"}]
SLOW = "import time\ntime.sleep(0.5)\nprint('ok')\n# flood {}\n"
FAST = "print('ok')\n"
SUBMISSIONS, LONGPOLLS, AUTOSAVES = 50, 1500, 500
FLOOD_WAIT = 10  # seconds the flood's waits within the cap hold on (the attempt cannot finish meanwhile)
FINISHED = ("graded", "error")


def _course():
    world = make_world()
    questions = [
        make_question(f"flood-{i}", tests=TESTS, owner=world.instructor.id, default_points=1.0) for i in range(10)
    ]
    practice = make_assignment(world.module, questions[:5], title="Flood practice", order_index=3)
    exam = make_exam(world.module, questions[5:], opens=-timedelta(minutes=5), closes=timedelta(hours=2), limit=90)
    return world, [(practice, q) for q in questions[:5]] + [(exam, q) for q in questions[5:]], exam


def _submit(api: httpx.Client, user_id: int, item, question, code: str) -> int:
    url = f"/api/assignments/{item.id}/questions/{question.id}/submissions"
    response = api.post(url, json={"code": code, "language": "python"}, headers=auth(user_id))
    assert response.status_code == 202, response.text
    return response.json()["id"]


async def _longpolls(
    base: str, token: str, attempt_id: int, count: int, release_after: int | None, release, wait: int = 30
) -> list:
    """`count` waits on one attempt at once (its row locked: it cannot finish meanwhile); once `release_after` have
    answered, `release()` lets it be graded. The answers' statuses in the order they came."""
    limits = httpx.Limits(max_connections=count, max_keepalive_connections=count)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits, headers=headers) as client:

        async def poll() -> str:
            response = await client.get(f"/api/submissions/{attempt_id}?wait={wait}")
            assert response.status_code == 200, response.text
            return response.json()["status"]

        answered: list[str] = []
        for next_answer in asyncio.as_completed([poll() for _ in range(count)]):
            answered.append(await next_answer)
            if len(answered) == release_after:
                release()
        return answered


class RowLock:
    """A row of submission_attempt locked FOR UPDATE on a connection of its own: the worker's claim waits."""

    def __init__(self, database_url: str, attempt_id: int) -> None:
        async def lock() -> tuple[asyncpg.Connection, object]:
            connection = await asyncpg.connect(database_url)
            transaction = connection.transaction()
            await transaction.start()
            await connection.execute("SELECT 1 FROM submission_attempt WHERE id = $1 FOR UPDATE", attempt_id)
            return connection, transaction

        self.connection, self.transaction = run(lock())
        self.held = True

    def release(self) -> None:
        if self.held:
            self.held = False
            run(self.transaction.rollback())
            run(self.connection.close())


def _autosaves(api: httpx.Client, user_id: int, targets, per_question: int) -> dict:
    """Each question's saves one after another, each on the revision the last accepted one answered."""
    headers = auth(user_id)

    def save_all(target) -> dict:
        item, question = target
        url, revision, outcomes, last_code = f"/api/assignments/{item.id}/questions/{question.id}/progress", 0, [], None
        for i in range(per_question):
            code = f"# draft {i}\n" + "x = 1\n" * 500
            sent_at = time.time()
            response = api.put(url, json={"code": code, "base_revision": revision}, headers=headers)
            outcomes.append((response.status_code, sent_at))
            if response.status_code == 200:
                revision, last_code = response.json()["revision"], code
            else:
                assert response.status_code == 429 and int(response.headers["Retry-After"]) >= 1, response.text
        return {"question": question.id, "assignment": item.id, "outcomes": outcomes, "code": last_code}

    with ThreadPoolExecutor(len(targets)) as pool:
        return {row["question"]: row for row in pool.map(save_all, targets)}


def _probe(api: httpx.Client, user_id: int, more) -> list[int]:
    statuses, headers = [], auth(user_id)
    while more():
        statuses.append(api.get("/api/classes", headers=headers).status_code)
        time.sleep(0.05)
    return statuses


def test_one_students_flood_neither_starves_nor_loses_anyone(
    api: httpx.Client, api_url: str, services: dict[str, str], workers
) -> None:
    world, targets, exam = _course()
    flooder, classmate = world.student, world.classmate
    for student in (flooder, classmate):
        assert api.post(f"/api/assignments/{exam.id}/start", headers=auth(student.id)).status_code in (200, 201)
    with ThreadPoolExecutor(8) as pool:
        picks = [target for target, _ in zip(cycle(targets), range(SUBMISSIONS), strict=False)]
        flood = list(pool.map(lambda ix: _submit(api, flooder.id, *ix[1], SLOW.format(ix[0])), enumerate(picks)))
    # the practice lane's last: graded after the exam lane's flood and the rest of the practice one
    polled = max(attempt for attempt, (item, _) in zip(flood, picks, strict=True) if item.id == targets[0][0].id)
    cap = get_settings().longpolls_per_user
    lock, token = RowLock(services["database"], polled), token_for(flooder.id)
    stop = threading.Event()
    results: dict = {}
    jobs = {
        "polls": lambda: asyncio.run(_longpolls(api_url, token, polled, LONGPOLLS, None, lock.release, FLOOD_WAIT)),
        "saves": lambda: _autosaves(api, flooder.id, targets, AUTOSAVES // len(targets)),
        "probe": lambda: _probe(api, world.other_student.id, lambda: not stop.is_set()),
    }
    threads = [threading.Thread(target=lambda k=k, f=f: results.__setitem__(k, f())) for k, f in jobs.items()]
    for thread in threads:
        thread.start()
    (practice, practice_q), (exam_item, exam_q) = targets[0], targets[5]
    mine = {"exam": _submit(api, classmate.id, exam_item, exam_q, FAST)}
    mine["practice"] = _submit(api, classmate.id, practice, practice_q, FAST)
    try:
        threads[0].join()
        # every wait of the flood is over: now exactly the cap's new waits wait, and see the grading
        results["probe_polls"] = asyncio.run(_longpolls(api_url, token, polled, cap + 4, 4, lock.release))
    finally:
        lock.release()
    _wait_all_finished([*flood, *mine.values()])
    threads[1].join()
    stop.set()
    threads[2].join()

    _assert_classmate_went_ahead(flood, mine)
    _assert_graded_once(flood, mine)
    _assert_autosaves_kept(results["saves"], flooder.id)
    _assert_polls_beyond_the_cap_answered_at_once(results["polls"], results["probe_polls"])
    assert results["probe"] and set(results["probe"]) == {200}


def _wait_all_finished(ids: list[int], timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sql("SELECT count(*) FROM submission_attempt WHERE id = ANY($1) AND status = ANY($2)", ids, FINISHED)[0][
            0
        ] == len(ids):
            return
        time.sleep(0.5)
    raise AssertionError("the flood and the classmate's attempts did not all finish")


def _attempts(ids: list[int]) -> dict[int, dict]:
    rows = sql(
        "SELECT s.id, s.status, s.verdict, s.tries, s.submitted_at, s.dispatched_at, s.graded_at, a.mode "
        "FROM submission_attempt s JOIN assignment a ON a.id = s.assignment WHERE s.id = ANY($1)",
        ids,
    )
    return {row["id"]: dict(row) for row in rows}


def _assert_classmate_went_ahead(flood: list[int], mine: dict[str, int]) -> None:
    """In each lane, at most the cap's in-flight places of the flood were ahead of the classmate's attempt: every
    flooded attempt still waiting for a place when it arrived was graded after it."""
    cap = get_settings().grading_inflight_per_student
    rows = _attempts([*flood, *mine.values()])
    for lane, attempt_id in mine.items():
        mate = rows[attempt_id]
        assert mate["mode"] == lane
        lane_flood = [rows[i] for i in flood if rows[i]["mode"] == lane]
        overflow = [r for r in lane_flood if r["dispatched_at"] > mate["dispatched_at"]]
        assert len(overflow) >= len(lane_flood) // 2, "the flood was still waiting when the classmate came"
        assert all(r["graded_at"] > mate["graded_at"] for r in overflow), lane
        ahead = [r for r in lane_flood if r["graded_at"] < mate["graded_at"] and r["graded_at"] > mate["submitted_at"]]
        assert len(ahead) <= cap, (lane, len(ahead))


def _assert_graded_once(flood: list[int], mine: dict[str, int]) -> None:
    ids = [*flood, *mine.values()]
    rows = _attempts(ids)
    assert len(rows) == len(ids)  # every 202 has its attempt
    assert {(r["status"], r["verdict"], r["tries"]) for r in rows.values()} == {("graded", "accepted", 1)}
    results = sql("SELECT attempt, count(*) AS n FROM test_result WHERE attempt = ANY($1) GROUP BY attempt", ids)
    assert sorted((r["attempt"], r["n"]) for r in results) == sorted((i, len(TESTS)) for i in ids)
    events = sql(
        "SELECT attempt, count(*) AS n FROM grade_event WHERE attempt = ANY($1) AND cause = 'graded' GROUP BY attempt",
        ids,
    )
    assert all(r["n"] == 1 for r in events), events  # a grade moved at most once per attempt
    numbers = sql(
        "SELECT count(*) AS n, count(DISTINCT (user_id, assignment, question, attempt_number)) AS d "
        "FROM submission_attempt"
    )[0]
    assert numbers["n"] == numbers["d"] == len(ids)


def _assert_autosaves_kept(saves: dict, user_id: int) -> None:
    """Each question's stored revision counts its accepted saves and holds the last accepted code; a 429 changed
    nothing. Accepted saves stay within the limit in each minute's window the saves touched."""
    limit = get_settings().autosave_rate_per_minute
    outcomes = [o for row in saves.values() for o in row["outcomes"]]
    assert len(outcomes) == AUTOSAVES and {status for status, _ in outcomes} <= {200, 429}
    windows = {int(sent_at) // 60 for _, sent_at in outcomes}
    accepted = sum(1 for status, _ in outcomes if status == 200)
    assert 0 < accepted <= limit * len(windows) and accepted < AUTOSAVES
    for question, row in saves.items():
        stored = sql(
            "SELECT revision, current_code FROM assignment_progress WHERE user_id = $1 AND question = $2",
            user_id,
            question,
        )
        oks = sum(1 for status, _ in row["outcomes"] if status == 200)
        if oks == 0:
            assert stored == []
            continue
        assert (stored[0]["revision"], stored[0]["current_code"]) == (oks, row["code"])


def _assert_polls_beyond_the_cap_answered_at_once(flood: list[str], probe: list[str]) -> None:
    """The flood's 1500 polls all answered with the state of their moment (the attempt could not finish). Then, on
    the same attempt, `cap + 4` polls: the 4 beyond the cap answered at once, before it could finish; the cap's
    waited for its grading."""
    cap = get_settings().longpolls_per_user
    assert len(flood) == LONGPOLLS and not set(flood) & set(FINISHED)
    assert [status in FINISHED for status in probe] == [False] * 4 + [True] * cap


def test_a_users_requests_beyond_its_share_wait_while_other_users_are_answered(
    api: httpx.Client, services: dict[str, str]
) -> None:
    """A student's submits held by the database (their per-student lock, taken here) occupy every place of that
    student's share: the student's next request waits for a place, another user's requests are answered meanwhile,
    and once the lock goes everything is answered."""
    from app.grading.attempts import LOCK_SPACE

    world = make_world()
    share = get_settings().requests_per_caller
    url = f"/api/assignments/{world.assignment.id}/questions/{world.question.id}/submissions"
    headers = auth(world.student.id)

    async def hold_lock() -> asyncpg.Connection:
        connection = await asyncpg.connect(services["database"])
        await connection.execute("SELECT pg_advisory_lock($1, $2)", LOCK_SPACE, world.student.id)
        return connection

    holder = run(hold_lock())
    with ThreadPoolExecutor(share + 1) as pool:
        try:
            held = [
                pool.submit(api.post, url, json={"code": f"def add(a, b):\n    return a + b  # {i}\n"}, headers=headers)
                for i in range(share)
            ]
            _wait_for_lock_waiters(share)
            queued = pool.submit(api.get, "/api/classes", headers=headers)
            others = [api.get("/api/classes", headers=auth(world.classmate.id)).status_code for _ in range(20)]
            assert others == [200] * 20
            assert not queued.done() and not any(future.done() for future in held)
        finally:
            run(holder.close())
        assert queued.result().status_code == 200
        assert sorted(future.result().status_code for future in held) == [202] * share


def _wait_for_lock_waiters(count: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    query = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
    while sql(query)[0][0] < count:
        assert time.monotonic() < deadline, "the submits did not reach the student's lock"
        time.sleep(0.05)
