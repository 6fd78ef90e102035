"""LTI jobs on the `integrations` lane: the roster sync (NRPS) and score passback (AGS), and the poller beside each
worker that enqueues the passback when the grade ledger moved or a delivery is due.

One sender at a time (a Redis lock), so the per-platform pacing in jobs/lti_client.py holds across workers. A job
runs for at most SEND_BUDGET_SECONDS; what is left is taken by the next one the poller enqueues.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any

import asyncpg
import msgspec
import uvloop
from rq.exceptions import NoSuchJobError
from rq.job import Job
from rq.serializers import JSONSerializer

from app.adapters.queue import enqueue, redis_connection
from app.common.sql import named
from app.grading.contract import INTEGRATIONS_LANE
from app.grading.messages import SendScores, SyncRoster
from app.lti import lti_roster
from app.lti.lti_keys import SIGNING_KEY_SQL, new_key
from app.lti.lti_passback import score_payload
from app.settings import Settings, get_settings
from jobs import lti_outbox
from jobs.db import connect, run_job
from jobs.lti_client import AGS_SCOPES, PlatformClient, PlatformError

log = logging.getLogger("lti")
SEND_JOB_ID = "lti-send-scores"
SEND_LOCK = "autograder:lti:send-lock"
POLL_LOCK = "autograder:lti:poll-lock"
SEND_BUDGET_SECONDS = 30.0
DUE_BATCH = 200
SENT_BATCH = 50
ROSTER_RESULT_SECONDS = 7 * 24 * 3600
LIVE = ("queued", "started", "deferred", "scheduled")


async def _key_row(connection: asyncpg.Connection, settings: Settings) -> dict[str, Any]:
    row = await connection.fetchrow(SIGNING_KEY_SQL)
    if row is None:
        key = new_key(settings)
        public_jwk = key.public_jwk if isinstance(key.public_jwk, str) else msgspec.json.encode(key.public_jwk).decode()
        query, args = named(
            "INSERT INTO lti_tool_key (kid, private_key_encrypted, public_jwk, created_at) "
            "VALUES (:kid, :private_key, :public_jwk, now())",
            kid=key.kid,
            private_key=key.private_key_encrypted,
            public_jwk=public_jwk,
        )
        await connection.execute(query, *args)
        row = await connection.fetchrow(SIGNING_KEY_SQL)
    return dict(row)


async def _platforms(connection: asyncpg.Connection) -> dict[int, dict[str, Any]]:
    return {r["id"]: dict(r) for r in await connection.fetch("SELECT * FROM lti_platform")}


def sync_roster(message: SyncRoster) -> dict[str, int]:
    """Pull each linked course's membership (all pages) and apply it to the class; the answer per member is kept in
    Redis for `GET /api/classes/{id}/lti/roster-sync`."""
    settings, class_id = get_settings(), message.class_id

    async def load(connection: asyncpg.Connection) -> tuple[list[Any], dict[int, Any], dict[str, Any]]:
        query, args = named(
            "SELECT id, platform, memberships_url FROM lti_context WHERE class_id = :class_id "
            "AND memberships_url <> ''",
            class_id=class_id,
        )
        contexts = await connection.fetch(query, *args)
        return list(contexts), await _platforms(connection), await _key_row(connection, settings)

    contexts, platforms, key_row = run_job(load)
    results = []
    for context in contexts:
        client = PlatformClient(settings, platforms[context["platform"]], key_row)
        try:
            members = client.members(context["memberships_url"])
        finally:
            client.close()
        results.append(run_job(lambda _c, ctx=context, m=members: lti_roster.apply(ctx["id"], m)))
    if not results:
        return {}
    merged = (
        results[0]
        if len(results) == 1
        else msgspec.structs.replace(results[0], items=[i for r in results for i in r.items])
    )
    redis_connection(settings.redis_address).set(
        lti_roster.result_key(class_id), msgspec.json.encode(merged), ex=ROSTER_RESULT_SECONDS
    )
    return {k: v for k, v in msgspec.structs.asdict(merged).items() if k != "items"}


def _line_item(client: PlatformClient, row: Any) -> str:
    """The line item of the row's assignment in its course: the one the launch named, one found by resourceId, or a
    new one (the platform's scoreMaximum is the assignment's points)."""
    if row["lineitem"]:
        return row["lineitem"]
    if row["claim_lineitem"]:
        return row["claim_lineitem"]
    if not row["lineitems_url"]:
        raise PlatformError("the course's launches carried no line items URL (AGS not enabled for the tool?)")
    accept = {"Accept": "application/vnd.ims.lis.v2.lineitemcontainer+json"}
    found = client.call(
        "GET", row["lineitems_url"], AGS_SCOPES, params={"resource_id": str(row["item_id"])}, headers=accept
    ).json()
    for item in found if isinstance(found, list) else []:
        if str(item.get("resourceId")) == str(row["item_id"]) and item.get("id"):
            return item["id"]
    body = {
        "scoreMaximum": row["score_maximum"],
        "label": row["title"],
        "resourceId": str(row["item_id"]),
        "tag": "autograder",
    }
    if row["resource_link_id"]:
        body["resourceLinkId"] = row["resource_link_id"]
    created = client.call(
        "POST",
        row["lineitems_url"],
        AGS_SCOPES,
        json=body,
        headers={"Content-Type": "application/vnd.ims.lis.v2.lineitem+json"},
    )
    return created.json()["id"]


def _scores_url(lineitem: str) -> str:
    path, _, query = lineitem.partition("?")
    return f"{path.rstrip('/')}/scores" + (f"?{query}" if query else "")


def _deliver(client: PlatformClient, row: Any, known: dict[tuple[int, int], str]) -> str:
    key = (row["context"], row["assignment"])
    lineitem = known.get(key) or _line_item(client, row)
    known[key] = lineitem
    payload = score_payload(
        sub=row["sub"], given=row["score_given"], maximum=row["score_maximum"], timestamp=row["created_at"]
    )
    headers = {"Content-Type": "application/vnd.ims.lis.v1.score+json"}
    client.call("POST", _scores_url(lineitem), AGS_SCOPES, json=payload, headers=headers)
    return lineitem


async def _send_round(settings: Settings, connection: asyncpg.Connection, deadline: float) -> int:
    """One batch of due deliveries, platform by platform; answers how many were tried."""
    paused: list[int] = []
    rows = await lti_outbox.due(connection, DUE_BATCH, paused)
    platforms = await _platforms(connection) if rows else {}
    key_row = await _key_row(connection, settings) if rows else {}
    clients: dict[int, PlatformClient] = {}
    lineitems: dict[tuple[int, int], str] = {}  # found or made in this round: one lookup per line item
    sent: list[int] = []  # recorded in batches: a row's own UPDATE cost as much as its request
    saved: set[str] = set()
    try:
        for row in rows:
            if row["platform"] in paused or time.monotonic() > deadline:
                continue
            client = clients.get(row["platform"]) or clients.setdefault(
                row["platform"], PlatformClient(settings, platforms[row["platform"]], key_row)
            )
            try:
                lineitem = await asyncio.to_thread(_deliver, client, row, lineitems)
            except PlatformError as exc:
                if exc.retry_after is not None:
                    paused.append(row["platform"])
                    await lti_outbox.delay_platform(connection, row["platform"], exc.retry_after)
                    continue
                await lti_outbox.mark_failed(connection, row, str(exc), None)
                continue
            if lineitem != row["lineitem"] and lineitem not in saved:
                await lti_outbox.save_line_item(connection, row, lineitem)
                saved.add(lineitem)
            sent.append(row["id"])
            if len(sent) >= SENT_BATCH:
                await lti_outbox.mark_sent(connection, sent)
                sent.clear()
    finally:
        if sent:
            await lti_outbox.mark_sent(connection, sent)
        for client in clients.values():
            client.close()
    return len(rows)


def send_scores(message: SendScores) -> int:
    """Read new ledger events into the outbox, then send what is due until nothing is or the budget is spent."""
    settings = get_settings()
    redis = redis_connection(settings.redis_address)
    if not redis.set(SEND_LOCK, "1", nx=True, ex=int(SEND_BUDGET_SECONDS) + 30):
        return 0
    try:

        async def work(connection: asyncpg.Connection) -> int:
            deadline = time.monotonic() + SEND_BUDGET_SECONDS
            tried = 0
            while time.monotonic() < deadline:
                await lti_outbox.pump(connection)
                done = await _send_round(settings, connection, deadline)
                tried += done
                if not done:
                    break
            return tried

        return run_job(work)
    finally:
        redis.delete(SEND_LOCK)


WORK_SQL = """
SELECT (SELECT coalesce(max(id), 0) FROM grade_event)
       > coalesce((SELECT last_seq FROM lti_cursor WHERE name = :cursor), 0)
    OR EXISTS (SELECT 1 FROM lti_score_outbox WHERE status IN ('pending', 'failed') AND next_attempt_at <= now())
"""


def _enqueue_if_idle(settings: Settings) -> None:
    try:
        status = Job.fetch(SEND_JOB_ID, connection=redis_connection(settings.redis_address), serializer=JSONSerializer)
        if status.get_status(refresh=False) in LIVE:
            return
    except NoSuchJobError:
        pass
    enqueue(settings.redis_address, INTEGRATIONS_LANE, SendScores(), job_id=SEND_JOB_ID)


def start_poller(settings: Settings) -> threading.Thread:
    """Every LTI_POLL_SECONDS: when the ledger moved past the cursor or a delivery is due, enqueue the sender."""

    async def has_work(state: dict[str, Any]) -> bool:
        if state.get("connection") is None or state["connection"].is_closed():
            state["connection"] = await connect(settings)
        query, args = named(WORK_SQL, cursor=lti_outbox.CURSOR)
        return bool(await state["connection"].fetchval(query, *args))

    def loop() -> None:
        runner, state = asyncio.Runner(loop_factory=uvloop.new_event_loop), {}
        redis = redis_connection(settings.redis_address)
        while True:
            try:
                if redis.set(POLL_LOCK, "1", nx=True, px=int(settings.lti_poll_seconds * 900)) and runner.run(
                    has_work(state)
                ):
                    _enqueue_if_idle(settings)
            except Exception as exc:
                state["connection"] = None
                log.warning("lti poll failed: %s", exc)
            time.sleep(settings.lti_poll_seconds)

    thread = threading.Thread(target=loop, name="lti-poller", daemon=True)
    thread.start()
    return thread
