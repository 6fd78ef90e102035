"""The rules a submission must pass, as pure functions of the assignment and the clock."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.errors import Conflict, Forbidden
from tables.enums import AssignmentMode, LatePolicyMode


@dataclass(frozen=True)
class Lateness:
    is_late: bool
    penalty: float


def _parse(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def check_window(config: dict[str, Any], mode: str, now: datetime) -> None:
    opens, closes = _parse(config.get("available_from")), _parse(config.get("available_until"))
    if mode == AssignmentMode.exam and (opens is None or closes is None):
        raise Forbidden("this exam has no exam window set", reason="exam_window")
    if opens is not None and now < opens:
        raise Forbidden(f"not open yet: opens at {opens.isoformat()}", reason="not_open")
    if closes is not None and now > closes:
        kind = "exam window" if mode == AssignmentMode.exam else "availability window"
        raise Forbidden(f"the {kind} closed at {closes.isoformat()}", reason="closed")


def lateness(config: dict[str, Any], due_date: datetime | None, now: datetime) -> Lateness:
    """After the due date: reject, or accept flagged with a penalty per started day (capped)."""
    if due_date is None or now <= due_date:
        return Lateness(False, 0.0)
    policy = config.get("late_policy") or {}
    if policy.get("mode", LatePolicyMode.reject) != LatePolicyMode.accept:
        raise Forbidden(
            f"past the due date ({due_date.isoformat()}); late submissions are not accepted", reason="past_due"
        )
    days = math.ceil((now - due_date).total_seconds() / 86400)
    penalty = min(float(policy.get("max_penalty", 1.0)), float(policy.get("penalty_per_day", 0.0)) * days)
    return Lateness(True, round(penalty, 4))


def check_attempts(config: dict[str, Any], used: int) -> None:
    limit = config.get("max_attempts")
    if limit is not None and used >= limit:
        raise Conflict(f"all {limit} attempts are used", reason="max_attempts", max_attempts=limit)
