"""The rules a submission must pass, as pure functions of the student's effective dates and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.content.lateness import share as late_share
from app.content.schemas import AssignmentConfig, EffectiveDates
from app.errors import ClassArchived, Conflict, Forbidden, SessionOver
from tables.enums import AssignmentMode, LatePolicyMode


@dataclass(frozen=True)
class Lateness:
    is_late: bool
    penalty: float


def check_class_open(class_archived: bool) -> None:
    if class_archived:
        raise ClassArchived("this class is archived: it is read-only", reason="class_archived")


def check_session(mode: str, ends_at: datetime | None, now: datetime) -> None:
    """An exam is worked on only inside the student's own session, by the server's clock."""
    if mode != AssignmentMode.exam:
        return
    if ends_at is None:
        raise Forbidden("start the exam first (POST /api/assignments/{id}/start)", reason="session_not_started")
    if now > ends_at:
        raise SessionOver(f"your exam session ended at {ends_at.isoformat()}", reason="session_over")


def check_window(dates: EffectiveDates, mode: str, now: datetime) -> None:
    opens, closes = dates.available_from, dates.available_until
    if mode == AssignmentMode.exam and (opens is None or closes is None):
        raise Forbidden("this exam has no exam window set", reason="exam_window")
    if opens is not None and now < opens:
        raise Forbidden(f"not open yet: opens at {opens.isoformat()}", reason="not_open")
    if closes is not None and now > closes:
        kind = "exam window" if mode == AssignmentMode.exam else "availability window"
        raise Forbidden(f"the {kind} closed at {closes.isoformat()}", reason="closed")


def lateness(config: AssignmentConfig, due_date: datetime | None, now: datetime) -> Lateness:
    """After the (effective) due date: reject, or accept flagged with a penalty per started day (capped)."""
    penalty = late_share(config.late_policy, due_date, now)
    if penalty is None:
        return Lateness(False, 0.0)
    if config.late_policy.mode != LatePolicyMode.accept:
        raise Forbidden(
            f"past the due date ({due_date.isoformat()}); late submissions are not accepted", reason="past_due"
        )
    return Lateness(True, penalty)


def check_attempts(config: AssignmentConfig, used: int) -> None:
    limit = config.max_attempts
    if limit is not None and used >= limit:
        raise Conflict(f"all {limit} attempts are used", reason="max_attempts", max_attempts=limit)
