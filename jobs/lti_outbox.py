"""The LTI score outbox in SQL (see app/lti/lti_passback.py for the rules): reading the grade ledger into it,
picking what is due, and recording what each delivery came to."""

from __future__ import annotations

from typing import Any

import asyncpg

from app.common.sql import named
from app.grading import ledger
from app.lti.lti_passback import backoff_seconds

CURSOR = "scores"
PUMP_BATCH = 5000

EVENTS_SQL = """
SELECT e.id AS seq, e.held, c.id AS context, e.assignment, e.student, lu.sub,
       (SELECT CASE WHEN count(g.score) = 0 THEN NULL ELSE sum(g.score) END FROM question_grade g
        WHERE g.student = e.student AND g.assignment = e.assignment)::float AS total,
       (SELECT coalesce(sum(coalesce(aq.custom_points, q.default_points)), 0) FROM assignment_question aq
        JOIN questions q ON q.id = aq.question WHERE aq.assignment = e.assignment)::float AS maximum
FROM grade_event e
JOIN lti_context c ON c.class_id = e.class_id
JOIN lti_user lu ON lu.platform = c.platform AND lu.user_id = e.student
JOIN lti_membership m ON m.context = c.id AND m.user_id = e.student AND m.active
WHERE e.id > :after AND e.id <= :upto
  AND EXISTS (SELECT 1 FROM lti_resource_link rl WHERE rl.context = c.id AND rl.assignment = e.assignment)
ORDER BY e.id
"""

LAST_SENT_SQL = """
SELECT DISTINCT ON (context, assignment, student) context, assignment, student, score_given
FROM lti_score_outbox
WHERE (context, assignment, student) IN (SELECT * FROM unnest(:contexts::int[], :assignments::int[], :students::int[]))
ORDER BY context, assignment, student, seq DESC
"""

INSERT_SQL = """
INSERT INTO lti_score_outbox (seq, context, assignment, student, sub, score_given, score_maximum, status, tries,
                              next_attempt_at, last_error, created_at)
SELECT * , 'pending', 0, now(), '', now()
FROM unnest(:seqs::bigint[], :contexts::int[], :assignments::int[], :students::int[], :subs::varchar[],
            :scores::float8[], :maxima::float8[])
ON CONFLICT (seq, context) DO NOTHING
"""

SUPERSEDE_SQL = """
UPDATE lti_score_outbox o SET status = 'superseded'
WHERE o.status IN ('pending', 'failed') AND EXISTS (
    SELECT 1 FROM lti_score_outbox n WHERE n.context = o.context AND n.assignment = o.assignment
    AND n.student = o.student AND n.seq > o.seq AND n.status IN ('pending', 'failed'))
"""

DUE_SQL = """
SELECT o.id, o.seq, o.context, o.assignment, o.sub, o.score_given, o.score_maximum, o.created_at, o.tries,
       c.platform, c.lineitems_url, a.content_item AS item_id, ci.title,
       (SELECT rl.lineitem_url FROM lti_resource_link rl WHERE rl.context = o.context AND rl.assignment = o.assignment
        AND rl.lineitem_url <> '' ORDER BY rl.id LIMIT 1) AS claim_lineitem,
       (SELECT rl.resource_link_id FROM lti_resource_link rl WHERE rl.context = o.context
        AND rl.assignment = o.assignment ORDER BY rl.id LIMIT 1) AS resource_link_id,
       (SELECT li.url FROM lti_line_item li WHERE li.context = o.context AND li.assignment = o.assignment) AS lineitem
FROM lti_score_outbox o JOIN lti_context c ON c.id = o.context JOIN assignment a ON a.id = o.assignment
JOIN content_item ci ON ci.id = a.content_item
WHERE o.status IN ('pending', 'failed') AND o.next_attempt_at <= now() AND NOT (c.platform = ANY(:paused::int[]))
ORDER BY o.seq LIMIT :limit
"""


async def pump(connection: asyncpg.Connection) -> int:
    """Ledger events after the cursor into the outbox (only those that change a linked student's counted score);
    answers how many rows were added. One transaction: the cursor moves with the rows it produced."""
    async with connection.transaction():
        query, args = named(
            "INSERT INTO lti_cursor (name, last_seq) VALUES (:name, 0) ON CONFLICT DO NOTHING", name=CURSOR
        )
        await connection.execute(query, *args)
        query, args = named("SELECT last_seq FROM lti_cursor WHERE name = :name FOR UPDATE", name=CURSOR)
        after = await connection.fetchval(query, *args)
        # sequence numbers are handed out before commit: wait for the linked classes' ledger writes in flight, or
        # one that commits after a higher number was read would lie behind the cursor, never sent (class id order)
        linked = await connection.fetch("SELECT DISTINCT class_id FROM lti_context")
        await ledger.hold_still(connection, *(row["class_id"] for row in linked))
        query, args = named(
            "SELECT coalesce(max(id), :after) FROM "
            "(SELECT id FROM grade_event WHERE id > :after ORDER BY id LIMIT :batch) e",
            after=after,
            batch=PUMP_BATCH,
        )
        upto = await connection.fetchval(query, *args)
        if upto == after:
            return 0
        query, args = named(EVENTS_SQL, after=after, upto=upto)
        events = [e for e in await connection.fetch(query, *args) if not e["held"]]
        rows = _changes(events, await _last_scores(connection, events))
        if rows:
            seqs, contexts, assignments, students, subs, scores, maxima = (list(c) for c in zip(*rows, strict=True))
            query, args = named(
                INSERT_SQL,
                seqs=seqs,
                contexts=contexts,
                assignments=assignments,
                students=students,
                subs=subs,
                scores=scores,
                maxima=maxima,
            )
            await connection.execute(query, *args)
        query, args = named("UPDATE lti_cursor SET last_seq = :upto WHERE name = :name", name=CURSOR, upto=upto)
        await connection.execute(query, *args)
        return len(rows)


async def _last_scores(connection: asyncpg.Connection, events: list[Any]) -> dict[tuple[int, int, int], Any]:
    keys = {(e["context"], e["assignment"], e["student"]) for e in events}
    if not keys:
        return {}
    contexts, assignments, students = (list(k) for k in zip(*keys, strict=True))
    query, args = named(LAST_SENT_SQL, contexts=contexts, assignments=assignments, students=students)
    found = await connection.fetch(query, *args)
    return {(r["context"], r["assignment"], r["student"]): r["score_given"] for r in found}


def _changes(events: list[Any], last: dict[tuple[int, int, int], Any]) -> list[tuple]:
    """The events that change what the platform was last given (or will be), in sequence order."""
    rows = []
    for e in events:
        key = (e["context"], e["assignment"], e["student"])
        if key in last and last[key] == e["total"]:
            continue
        last[key] = e["total"]
        rows.append((e["seq"], e["context"], e["assignment"], e["student"], e["sub"], e["total"], e["maximum"]))
    return rows


async def due(connection: asyncpg.Connection, limit: int, paused: list[int]) -> list[asyncpg.Record]:
    await connection.execute(SUPERSEDE_SQL)
    query, args = named(DUE_SQL, limit=limit, paused=paused)
    return await connection.fetch(query, *args)


async def mark_sent(connection: asyncpg.Connection, ids: list[int]) -> None:
    query, args = named(
        "UPDATE lti_score_outbox SET status = 'sent', sent_at = now(), tries = tries + 1, last_error = '' "
        "WHERE id = ANY(:ids::bigint[]) AND status IN ('pending', 'failed')",
        ids=ids,
    )
    await connection.execute(query, *args)


async def mark_failed(connection: asyncpg.Connection, row: Any, error: str, wait: float | None) -> None:
    delay = wait if wait is not None else backoff_seconds(row["tries"] + 1)
    query, args = named(
        "UPDATE lti_score_outbox SET status = 'failed', tries = tries + 1, last_error = :error, "
        "next_attempt_at = now() + make_interval(secs => :delay) WHERE id = :id",
        id=row["id"],
        error=error[:1000],
        delay=float(delay),
    )
    await connection.execute(query, *args)


DELAY_SQL = """
UPDATE lti_score_outbox o SET next_attempt_at = greatest(o.next_attempt_at, now() + make_interval(secs => :wait))
FROM lti_context c WHERE c.id = o.context AND c.platform = :platform AND o.status IN ('pending', 'failed')
"""


async def delay_platform(connection: asyncpg.Connection, platform_id: int, wait: float) -> None:
    """The platform asked to wait (Retry-After): nothing due for it is tried before then (no try is counted)."""
    query, args = named(DELAY_SQL, platform=platform_id, wait=float(wait))
    await connection.execute(query, *args)


async def save_line_item(connection: asyncpg.Connection, row: Any, url: str) -> None:
    query, args = named(
        "INSERT INTO lti_line_item (context, assignment, url, score_maximum) "
        "VALUES (:context, :assignment, :url, :score_maximum) "
        "ON CONFLICT (context, assignment) DO UPDATE "
        "SET url = EXCLUDED.url, score_maximum = EXCLUDED.score_maximum",
        context=row["context"],
        assignment=row["assignment"],
        url=url,
        score_maximum=row["score_maximum"],
    )
    await connection.execute(query, *args)
