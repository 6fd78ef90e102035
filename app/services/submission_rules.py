"""The rules a submission must pass, as pure functions of the assignment and the clock."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from app.errors import Conflict, Forbidden
from app.schemas.content import AssignmentConfig
from tables.enums import AssignmentMode, LatePolicyMode


@dataclass(frozen=True)
class Lateness:
    is_late: bool
    penalty: float


def check_window(config: AssignmentConfig, mode: str, now: datetime) -> None:
    opens, closes = config.available_from, config.available_until
    if mode == AssignmentMode.exam and (opens is None or closes is None):
        raise Forbidden("this exam has no exam window set", reason="exam_window")
    if opens is not None and now < opens:
        raise Forbidden(f"not open yet: opens at {opens.isoformat()}", reason="not_open")
    if closes is not None and now > closes:
        kind = "exam window" if mode == AssignmentMode.exam else "availability window"
        raise Forbidden(f"the {kind} closed at {closes.isoformat()}", reason="closed")


def lateness(config: AssignmentConfig, due_date: datetime | None, now: datetime) -> Lateness:
    """After the due date: reject, or accept flagged with a penalty per started day (capped)."""
    if due_date is None or now <= due_date:
        return Lateness(False, 0.0)
    policy = config.late_policy
    if policy.mode != LatePolicyMode.accept:
        raise Forbidden(
            f"past the due date ({due_date.isoformat()}); late submissions are not accepted", reason="past_due"
        )
    days = math.ceil((now - due_date).total_seconds() / 86400)
    penalty = min(policy.max_penalty, policy.penalty_per_day * days)
    return Lateness(True, round(penalty, 4))


def check_attempts(config: AssignmentConfig, used: int) -> None:
    limit = config.max_attempts
    if limit is not None and used >= limit:
        raise Conflict(f"all {limit} attempts are used", reason="max_attempts", max_attempts=limit)
