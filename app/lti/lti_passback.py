"""Assignment and Grade Services passback: what the workers send (jobs/lti.py) and what staff see of it.

The grade ledger (`grade_event`, one row per change of a counted question grade, `id` = its sequence number) is read
after a stored cursor. An event that changes a linked student's counted assignment score (the sum of the
assignment's `question_grade` scores) becomes an outbox row per linked course: unique (seq, context), so a sequence
number is sent at most once. An event of held results (`held`) sends nothing; the `released` event that follows at
release sends the score. Rows are sent in sequence order per (course, assignment, student); an older row still
pending when a newer one exists is `superseded` (the newer carries the current score).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.common import access, sql
from app.lti.schemas import ScoreDelivery, SyncState
from tables.enums import ClassRole
from tables.users import User

STAFF = frozenset({"admin", ClassRole.instructor.value, ClassRole.ta.value})
MAX_BACKOFF_SECONDS = 600.0
PROBLEMS_SHOWN = 100
STATUSES = ("pending", "sent", "failed", "superseded")


def backoff_seconds(tries: int) -> float:
    """1, 2, 4 ... seconds after each failure, at most ten minutes."""
    return min(MAX_BACKOFF_SECONDS, 2.0 ** max(0, tries - 1))


def score_payload(*, sub: str, given: float | None, maximum: float, timestamp: datetime) -> dict[str, Any]:
    """An AGS score: a student whose counted score became empty (an override removed, say) is sent without one."""
    payload: dict[str, Any] = {
        "userId": sub,
        "scoreMaximum": maximum,
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        "timestamp": timestamp.isoformat(),
    }
    if given is not None:
        payload["scoreGiven"] = max(0.0, min(given, maximum)) if maximum > 0 else 0.0
    return payload


STATE_SQL = """
SELECT o.status, count(*) AS n FROM lti_score_outbox o JOIN lti_context c ON c.id = o.context
WHERE c.class_id = :class_id GROUP BY o.status
"""

PROBLEMS_SQL = """
SELECT o.id, o.seq, a.content_item AS assignment_id, o.student AS student_id, o.score_given, o.score_maximum,
       o.status, o.tries, o.next_attempt_at, o.last_error, o.sent_at
FROM lti_score_outbox o JOIN lti_context c ON c.id = o.context JOIN assignment a ON a.id = o.assignment
WHERE c.class_id = :class_id AND o.status IN ('pending', 'failed') ORDER BY o.seq DESC LIMIT :limit
"""


async def sync_state(caller: User, class_id: int) -> SyncState:
    await access.require_class(caller, class_id, STAFF)
    counts = {r["status"]: r["n"] for r in await sql.rows(STATE_SQL, class_id=class_id)}
    synced = await sql.rows(
        "SELECT max(roster_synced_at) AS at, count(*) AS n FROM lti_context WHERE class_id = :class_id",
        class_id=class_id,
    )
    return SyncState(
        linked=bool(synced[0]["n"]),
        pending=counts.get("pending", 0),
        sent=counts.get("sent", 0),
        failed=counts.get("failed", 0),
        superseded=counts.get("superseded", 0),
        roster_synced_at=synced[0]["at"],
        problems=await sql.fetch(ScoreDelivery, PROBLEMS_SQL, class_id=class_id, limit=PROBLEMS_SHOWN),
    )


async def counts() -> dict[str, int]:
    """Deliveries by status over every class (for /metrics)."""
    rows = await sql.rows("SELECT status, count(*) AS n FROM lti_score_outbox GROUP BY status")
    return {r["status"]: r["n"] for r in rows}
