"""The grade ledger: the one writer of `question_grade` and `grade_event`.

Every change that can move what a student's grade counts calls `recount` (or `release`, `release_due`,
`policy_changed`; a change of an assignment's late rules: app/content/lateness.py) on the connection of the
transaction that makes the change, so the counted grade and its event
commit or roll back with it. The counting itself is the SQL function `counted_grade` (see the ledger migration),
the same for the API's transactions and the workers' connections. `differences` recounts every grade from the
attempts, overrides and releases and lists what the stored grades got wrong (it must find nothing).
"""

from __future__ import annotations

from typing import Any, Protocol

import msgspec

from app.common.sql import named
from tables.enums import GradeCause


class Connection(Protocol):
    """What the ledger needs of a connection: asyncpg's, the API's transaction's included."""

    async def fetchval(self, query: str, *args: Any) -> Any: ...

    async def fetch(self, query: str, *args: Any) -> list[Any]: ...


# every ledger write (the SQL functions `ledger_recount` and `ledger_release`) first takes this lock shared, keyed
# by the class: writers never wait for each other, and a reader that takes it exclusively waits for the writers in
# flight and holds new ones back, so the class's grades and its last sequence number agree and no lower sequence
# number commits after it read (sequence numbers are handed out before commit, not in commit order)
LOCK_SPACE = 1618


async def hold_still(connection: Connection, *class_ids: int) -> None:
    """Until the caller's transaction ends, the classes' ledgers stand still; its statements after this one see
    every change with a sequence number up to the highest they see (READ COMMITTED: each statement's own view).
    Several classes are locked in one statement, in class id order, so two readers never deadlock."""
    query, args = named(
        "SELECT count(pg_advisory_xact_lock(:space, c)::text) "
        "FROM (SELECT DISTINCT unnest(:classes::int[]) AS c ORDER BY c) s",
        space=LOCK_SPACE,
        classes=list(class_ids),
    )
    await connection.fetchval(query, *args)


class GradeDifference(msgspec.Struct):
    """A stored grade that is not what the attempts, overrides and releases count."""

    student: int
    assignment: int
    question: int
    stored_score: float | None
    counted_score: float | None
    stored_attempt: int | None
    counted_attempt: int | None


async def recount(
    connection: Connection, *, student: int, assignment: int, question: int, cause: GradeCause, actor: int | None
) -> int | None:
    """Bring one question grade to what counts now; answers the event's sequence number when the score moved."""
    query, args = named(
        "SELECT ledger_recount(:student, :assignment, :question, :cause, :actor)",
        student=student,
        assignment=assignment,
        question=question,
        cause=cause.value,
        actor=actor,
    )
    return await connection.fetchval(query, *args)


async def release(connection: Connection, *, assignment: int, actor: int | None) -> int:
    """An exam's held grades become visible (once): answers how many `released` events were written."""
    query, args = named("SELECT ledger_release(:assignment, :actor)", assignment=assignment, actor=actor)
    return await connection.fetchval(query, *args)


RELEASE_DUE_SQL = """
SELECT ledger_release(a.id, NULL) AS written FROM assignment a
WHERE a.mode = 'exam' AND a.release_recorded_at IS NULL
  AND (a.results_released_at IS NOT NULL OR (a.config->>'feedback_release_at')::timestamptz <= now())
ORDER BY a.id
"""


async def release_due(connection: Connection) -> int:
    """Exams whose `feedback_release_at` passed (nobody released them by hand): their release events, once."""
    return sum(row["written"] for row in await connection.fetch(RELEASE_DUE_SQL))


async def policy_changed(connection: Connection, *, class_id: int, actor: int | None) -> int:
    """The class now counts best or last attempts: every grade of the class recounted; answers the events."""
    query, args = named(
        "SELECT ledger_recount(student, assignment, question, :cause, :actor) AS seq FROM question_grade "
        "WHERE class_id = :class_id ORDER BY student, assignment, question",
        class_id=class_id,
        cause=GradeCause.policy_changed.value,
        actor=actor,
    )
    moved = await connection.fetch(query, *args)
    return sum(row["seq"] is not None for row in moved)


DIFFERENCES_SQL = """
WITH keys AS (
    SELECT user_id AS student, assignment, question FROM submission_attempt
    UNION SELECT student, assignment, question FROM question_grade
)
SELECT k.student, k.assignment, k.question, g.score AS stored_score, c.score AS counted_score,
       g.attempt AS stored_attempt, c.attempt AS counted_attempt
FROM keys k
LEFT JOIN question_grade g ON (g.student, g.assignment, g.question) = (k.student, k.assignment, k.question)
CROSS JOIN LATERAL counted_grade(k.student, k.assignment, k.question) c
WHERE g.score IS DISTINCT FROM c.score OR g.attempt IS DISTINCT FROM c.attempt
ORDER BY k.student, k.assignment, k.question
"""


async def differences(connection: Connection) -> list[GradeDifference]:
    """Every stored grade recounted from scratch: what differs (empty when the ledger is right)."""
    return msgspec.convert([dict(row) for row in await connection.fetch(DIFFERENCES_SQL)], list[GradeDifference])
