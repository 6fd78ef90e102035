"""Similarity reports of one assignment question, for the class's staff: request one, read it, export it as CSV.

A request records which attempts are compared (each student's counted attempt from the grade ledger, and with
`include_past` the counted attempts of the same question in the other classes the caller teaches) and a digest of
everything that decides the result; the same digest as the stored report reuses it, anything else queues the job
(jobs/similarity_report.py) on the analytics lane. Students, outsiders and, where the class forbids it, TAs get 404.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json

from app.audit import audit
from app.common import access, sql
from app.common.jsonb import as_struct
from app.common.pagination import page
from app.courses.schemas import ClassSettings
from app.errors import NotFound
from app.grading import contract
from app.insight.schemas import MatchedRegion, SimilarityReportView, SimilarPair, StudentRef
from app.settings import Settings
from tables.enums import AuditKind, ClassRole, ReportState
from tables.users import User

CONTEXT_SQL = """
SELECT c.settings, q.starter_code, q.reference_solution, q.language
FROM assignment_question aq JOIN questions q ON q.id = aq.question, classes c
WHERE aq.assignment = :assignment AND aq.question = :question AND c.id = :class_id
"""
CURRENT_SQL = """
SELECT attempt FROM question_grade WHERE assignment = :assignment AND question = :question AND attempt IS NOT NULL
ORDER BY attempt
"""
PAST_SQL = """
SELECT g.attempt FROM question_grade g
JOIN enrollments e ON e.class_id = g.class_id AND e.user_id = :instructor AND e.role = 'instructor' AND e.active
WHERE g.question = :question AND g.class_id <> :class_id AND g.attempt IS NOT NULL ORDER BY g.attempt
"""
REQUEST_SQL = f"""
INSERT INTO similarity_report (assignment, question, include_past, state, input_key, inputs, submissions,
                               requested_by, requested_at, tries)
VALUES (:assignment, :question, :include_past, '{ReportState.queued}', :input_key, :inputs::jsonb, :submissions,
        :requested_by, now(), 0)
ON CONFLICT ON CONSTRAINT similarity_report_key DO UPDATE SET state = '{ReportState.queued}',
    input_key = excluded.input_key, inputs = excluded.inputs, submissions = excluded.submissions,
    requested_by = excluded.requested_by,
    requested_at = now(), started_at = NULL, finished_at = NULL, lease_until = NULL, tries = 0, error = NULL
WHERE similarity_report.input_key <> excluded.input_key OR similarity_report.state = '{ReportState.failed}'
RETURNING id
"""
REPORT_SQL = """
SELECT id, state, submissions, requested_at, started_at, finished_at, error FROM similarity_report
WHERE assignment = :assignment AND question = :question AND include_past = :include_past
"""
PAIRS_SQL = """
SELECT p.rank, p.score, p.matched_tokens, p.attempt_a, p.attempt_b, p.regions,
       ua.id AS a_id, ua.display_name AS a_name, ua.email AS a_email,
       ub.id AS b_id, ub.display_name AS b_name, ub.email AS b_email
FROM similarity_pair p JOIN users ua ON ua.id = p.student_a JOIN users ub ON ub.id = p.student_b
WHERE p.report = :report ORDER BY p.rank LIMIT :limit OFFSET :offset
"""


async def _context(user: User, item_id: int, question_id: int) -> tuple[access.ItemContext, dict]:
    """The assignment and the question's fields that decide a report; 404 for anyone but the allowed staff."""
    context = await access.assignment_context(user, item_id)
    found = await sql.rows(
        CONTEXT_SQL, assignment=context.assignment_id, question=question_id, class_id=context.class_id
    )
    if not found or context.role not in access.STAFF:
        raise NotFound("similarity report not found")
    settings = as_struct(found[0].pop("settings"), ClassSettings)
    if context.role == ClassRole.ta and not settings.ta_can_see_similarity:
        raise NotFound("similarity report not found")
    return context, found[0]


def input_key(inputs: dict[str, list[int]], question: dict) -> str:
    """What decides a report's result: the attempts compared, what is ignored, the language, the engine."""
    decided = {**inputs, **question, "engine": contract.SIMILARITY_ENGINE_VERSION}
    return hashlib.sha256(json.dumps(decided, sort_keys=True).encode()).hexdigest()


async def request(user: User, settings: Settings, item_id: int, question_id: int, include_past: bool) -> dict:
    """Queue a report unless the stored one was made from the same inputs (or is being made from them)."""
    context, question = await _context(user, item_id, question_id)
    inputs = {
        "current": [
            row["attempt"]
            for row in await sql.rows(CURRENT_SQL, assignment=context.assignment_id, question=question_id)
        ]
    }
    inputs["past"] = (
        [
            row["attempt"]
            for row in await sql.rows(PAST_SQL, instructor=user.id, question=question_id, class_id=context.class_id)
        ]
        if include_past
        else []
    )
    key = input_key(inputs, question)
    async with sql.transaction():
        queued = await sql.rows(
            REQUEST_SQL,
            assignment=context.assignment_id,
            question=question_id,
            include_past=include_past,
            input_key=key,
            inputs=json.dumps(inputs),
            submissions=len(inputs["current"]) + len(inputs["past"]),
            requested_by=user.id,
        )
        if queued:
            await sql.rows("DELETE FROM similarity_pair WHERE report = :report", report=queued[0]["id"])
            run = {
                "question": question_id,
                "include_past": include_past,
                "submissions": len(inputs["current"]) + len(inputs["past"]),
            }
            report = queued[0]["id"]
            await audit.record(
                user, AuditKind.similarity_run, "similarity_report", report, class_id=context.class_id, after=run
            )
    if queued:
        contract.enqueue_similarity(settings, queued[0]["id"], key)
    return await read(user, item_id, question_id, include_past, limit=50, offset=0)


async def _stored(context: access.ItemContext, question_id: int, include_past: bool) -> list[dict]:
    return await sql.rows(REPORT_SQL, assignment=context.assignment_id, question=question_id, include_past=include_past)


def _pair(row: dict) -> SimilarPair:
    regions = row["regions"] if isinstance(row["regions"], list) else json.loads(row["regions"])
    return SimilarPair(
        rank=row["rank"],
        score=row["score"],
        matched_tokens=row["matched_tokens"],
        attempt_a=row["attempt_a"],
        attempt_b=row["attempt_b"],
        student_a=StudentRef(row["a_id"], row["a_name"], row["a_email"]),
        student_b=StudentRef(row["b_id"], row["b_name"], row["b_email"]),
        regions=[MatchedRegion(**region) for region in regions],
    )


async def read(
    user: User, item_id: int, question_id: int, include_past: bool, *, limit: int, offset: int
) -> SimilarityReportView:
    context, _ = await _context(user, item_id, question_id)
    found = await _stored(context, question_id, include_past)
    report = found[0] if found else {"id": 0, "state": "none", "submissions": 0}
    pairs = (
        await sql.rows(PAIRS_SQL, report=report["id"], limit=limit + 1, offset=offset)
        if report["state"] == "done"
        else []
    )
    listed = page([_pair(row) for row in pairs], limit, offset)
    return SimilarityReportView(
        item_id=item_id,
        question_id=question_id,
        include_past=include_past,
        state=report["state"],
        submissions=report["submissions"],
        requested_at=report.get("requested_at"),
        started_at=report.get("started_at"),
        finished_at=report.get("finished_at"),
        error=report.get("error"),
        items=listed.items,
        next_cursor=listed.next_cursor,
        limit=limit,
    )


async def export_csv(user: User, item_id: int, question_id: int, include_past: bool) -> str:
    """Every pair of the finished report, one row each; regions as `a_first-a_last:b_first-b_last` joined by `;`."""
    context, _ = await _context(user, item_id, question_id)
    found = await _stored(context, question_id, include_past)
    rows = (
        await sql.rows(PAIRS_SQL, report=found[0]["id"], limit=2**31 - 1, offset=0)
        if found and found[0]["state"] == "done"
        else []
    )
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "rank",
            "score",
            "student_a",
            "email_a",
            "attempt_a",
            "student_b",
            "email_b",
            "attempt_b",
            "matched_tokens",
            "regions",
        ]
    )
    for row in rows:
        pair = _pair(row)
        regions = ";".join(f"{r.a_first}-{r.a_last}:{r.b_first}-{r.b_last}" for r in pair.regions)
        writer.writerow(
            [
                pair.rank,
                pair.score,
                pair.student_a.display_name,
                pair.student_a.email,
                pair.attempt_a,
                pair.student_b.display_name,
                pair.student_b.email,
                pair.attempt_b,
                pair.matched_tokens,
                regions,
            ]
        )
    return out.getvalue()
