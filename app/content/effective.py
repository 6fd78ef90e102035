"""A student's effective dates for an assignment (their extension over the assignment's own), whether held results
are released, and the one SQL definition of an exam session's end."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.common.access import ItemContext
from app.common.jsonb import as_struct
from app.content.schemas import AssignmentConfig, EffectiveDates, ExamSessionView
from tables.enums import AssignmentMode


def session_end_sql(started_at: str) -> str:
    """When a session started at `started_at` ends: the earlier of the time limit plus the student's extra minutes
    and the student's window end (least() skips NULLs: no time limit means the window's end). `a` is the assignment
    and `x` the student's extension (LEFT JOINed). The one definition, for starting and for extensions."""
    end = f"""least(
    {started_at} + make_interval(mins => (a.config->>'exam_time_limit_minutes')::int + coalesce(x.extra_minutes, 0)),
    coalesce(x.available_until, (a.config->>'available_until')::timestamptz))"""
    return f"CASE WHEN {end} IS NULL THEN NULL ELSE greatest({started_at}, {end}) END"


START_SQL = f"""
INSERT INTO exam_session (student, assignment, started_at, ends_at)
SELECT :student, a.id, now(), {session_end_sql("now()")}
FROM assignment a LEFT JOIN extension x ON x.assignment = a.id AND x.student = :student
WHERE a.id = :assignment
ON CONFLICT (student, assignment) DO NOTHING
RETURNING id
"""

# running sessions (of one student, or of all when the student is NULL) end where their students' dates now say:
# after an extension (exactly), or a change of the exam's window or time limit (the last flag: only later, never
# earlier than the end a running session was given: a longer limit or window applies to it, a shorter one waits
# for the sessions that start after it). Sessions already over stay over.
RECOMPUTE_SQL = f"""
UPDATE exam_session s SET ends_at = coalesce((
    SELECT CASE WHEN :only_later::bool THEN greatest(s.ends_at, {session_end_sql("s.started_at")})
                ELSE {session_end_sql("s.started_at")} END
    FROM assignment a LEFT JOIN extension x ON x.assignment = a.id AND x.student = s.student
    WHERE a.id = s.assignment), s.ends_at)
WHERE s.assignment = :assignment AND (:student::int IS NULL OR s.student = :student) AND s.ends_at > now()
RETURNING s.student, s.ends_at
"""


def dates(config: AssignmentConfig, due_date: datetime | None, extension: dict[str, Any] | None) -> EffectiveDates:
    """`extension` holds extra_minutes, due_date and available_until (None: the student has none)."""
    ext = extension or {}
    return EffectiveDates(
        due_date=ext.get("due_date") or due_date,
        available_from=config.available_from,
        available_until=ext.get("available_until") or config.available_until,
        time_limit_minutes=config.exam_time_limit_minutes,
        extra_minutes=ext.get("extra_minutes") or 0,
        extended=extension is not None,
    )


def of_context(context: ItemContext, config: AssignmentConfig) -> EffectiveDates:
    """The caller's dates from an assignment context (access.item_context joins the caller's extension)."""
    extension = None
    if context.ext_extra_minutes is not None:
        extension = {
            "extra_minutes": context.ext_extra_minutes,
            "due_date": context.ext_due_date,
            "available_until": context.ext_available_until,
        }
    return dates(config, context.due_date, extension)


def released(mode: str, config: AssignmentConfig, released_at: datetime | None, now: datetime) -> bool:
    """Practice results are never held; an exam's are until staff release them or its release date comes."""
    if mode != AssignmentMode.exam:
        return True
    at = config.feedback_release_at
    return released_at is not None or (at is not None and now >= at)


def session_view(item_id: int, context: ItemContext, started_at: datetime, ends_at: datetime) -> ExamSessionView:
    now = datetime.now(UTC)
    config = as_struct(context.config, AssignmentConfig)
    return ExamSessionView(
        assignment_id=item_id,
        started_at=started_at,
        ends_at=ends_at,
        now=now,
        remaining_seconds=max(0, int((ends_at - now).total_seconds())),
        running=now <= ends_at,
        dates=of_context(context, config),
    )
