"""An attempt's lateness, judged by the rules in force: at submit, and again whenever those rules change.

The due date (the assignment's, or the student's own from an extension) and the late policy's numbers decide how
late an attempt is and what share of its points that takes; its score is always `raw_score` (what the tests gave)
less that share. When staff move a due date or change the late policy (PATCH of the assignment, an extension),
`rejudge` judges every attempt concerned again, in the transaction of the change, and the grade ledger records each
counted score that moves as a `rules_changed` event. What the student sent and when stays as it was; the policy's
`mode` (reject or accept) only decides whether new late work is taken, so late work already taken keeps counting
with the penalty the policy's numbers give.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

import msgspec

from app.common import sql
from app.common.jsonb import as_struct
from app.content.schemas import AssignmentConfig, LatePolicy
from app.grading import ledger
from app.grading.attempts import penalized
from tables.enums import GradeCause

DAY_SECONDS = 86400


def share(policy: LatePolicy, due: datetime | None, at: datetime) -> float | None:
    """The share (0 to 1) of the points lateness takes for work sent `at`; None: not late."""
    if due is None or at <= due:
        return None
    days = math.ceil((at - due).total_seconds() / DAY_SECONDS)  # a started day counts
    return round(min(policy.max_penalty, policy.penalty_per_day * days), 4)


# attempts with when each was sent (the exam clock's automatic attempt: at its session's end, as the submit judged
# it) and the due date that applies to its student
SELECT_SQL = """
SELECT s.id, s.user_id, s.assignment, s.question, s.is_late, s.late_penalty, s.raw_score, s.score,
       CASE WHEN s.auto_submitted THEN least(s.submitted_at, coalesce(es.ends_at, s.submitted_at))
            ELSE s.submitted_at END AS sent_at,
       coalesce(x.due_date, ci.due_date) AS due, a.config
FROM submission_attempt s
JOIN assignment a ON a.id = s.assignment
JOIN content_item ci ON ci.id = a.content_item
LEFT JOIN extension x ON x.assignment = s.assignment AND x.student = s.user_id
LEFT JOIN exam_session es ON es.assignment = s.assignment AND es.student = s.user_id
"""
# the assignment's (of one student, or all), locked until commit
ATTEMPTS_SQL = (
    SELECT_SQL
    + """WHERE s.assignment = :assignment AND (:student::int IS NULL OR s.user_id = :student)
ORDER BY s.id
FOR NO KEY UPDATE OF s
"""
)

UPDATE_SQL = """
UPDATE submission_attempt s SET is_late = v.is_late, late_penalty = v.penalty,
       score = CASE WHEN s.raw_score IS NULL THEN s.score ELSE v.score END
FROM unnest(:ids::int[], :lates::bool[], :penalties::float8[], :scores::float8[]) AS v(id, is_late, penalty, score)
WHERE s.id = v.id
"""


def _judged(row: dict[str, Any]) -> tuple[bool, float, float | None] | None:
    """(is_late, penalty, score) by the rules in force, or None when that is what the attempt already has (an
    attempt not graded yet keeps no score: its grading applies the penalty)."""
    policy = as_struct(row["config"], AssignmentConfig).late_policy
    late_by = share(policy, row["due"], row["sent_at"])
    penalty = late_by or 0.0
    score = row["score"] if row["raw_score"] is None else penalized(row["raw_score"], penalty)
    judged = (late_by is not None, penalty, score)
    return None if judged == (row["is_late"], row["late_penalty"], row["score"]) else judged


class LatenessDifference(msgspec.Struct):
    """An attempt whose stored lateness or score is not what the rules in force give."""

    attempt: int
    assignment: int
    is_late: bool
    late_penalty: float
    score: float | None
    judged_late: bool
    judged_penalty: float
    judged_score: float | None


async def differences(connection: Any) -> list[LatenessDifference]:
    """Every attempt judged again by the rules in force, without writing: what differs (`autograder grades check`)."""
    found = []
    for row in map(dict, await connection.fetch(SELECT_SQL + "ORDER BY s.id")):
        if (judged := _judged(row)) is not None:
            stored = (row["is_late"], row["late_penalty"], row["score"])
            found.append(LatenessDifference(row["id"], row["assignment"], *stored, *judged))
    return found


async def rejudge(connection: Any, *, assignment: int, student: int | None, actor: int | None) -> int:
    """Judge the lateness of the assignment's attempts (one student's, or all) again by the rules now stored, in
    the caller's transaction; every counted score that moves is a `rules_changed` event. Answers the events."""
    query, values = sql.named(ATTEMPTS_SQL, assignment=assignment, student=student)
    found = [dict(row) for row in await connection.fetch(query, *values)]
    changed = [(row, judged) for row in found if (judged := _judged(row)) is not None]
    if not changed:
        return 0
    ids = [row["id"] for row, _ in changed]
    lates, penalties, scores = (list(column) for column in zip(*(judged for _, judged in changed), strict=True))
    query, values = sql.named(UPDATE_SQL, ids=ids, lates=lates, penalties=penalties, scores=scores)
    await connection.execute(query, *values)
    moved = 0
    for user_id, question in sorted({(row["user_id"], row["question"]) for row, _ in changed}):
        seq = await ledger.recount(
            connection,
            student=user_id,
            assignment=assignment,
            question=question,
            cause=GradeCause.rules_changed,
            actor=actor,
        )
        moved += seq is not None
    return moved
