"""Exam sessions, extensions, release of held results: what goes in and out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec

ExtraMinutes = Annotated[int, msgspec.Meta(ge=0, le=100_000)]


class EffectiveDates(msgspec.Struct):
    """One student's dates for an assignment: the assignment's own, or the student's extension where it has one."""

    due_date: datetime | None
    available_from: datetime | None
    available_until: datetime | None
    time_limit_minutes: int | None
    extra_minutes: int
    extended: bool


class ExamSessionView(msgspec.Struct):
    assignment_id: int
    started_at: datetime
    ends_at: datetime
    now: datetime  # the server's clock: the only one that counts
    remaining_seconds: int
    running: bool
    dates: EffectiveDates


class ExtensionSet(msgspec.Struct, forbid_unknown_fields=True):
    """Each optional: extra minutes for exam sessions, a personal due date, a personal window end."""

    extra_minutes: ExtraMinutes = 0
    due_date: datetime | None = None
    available_until: datetime | None = None


class ExtensionView(msgspec.Struct):
    assignment_id: int
    user_id: int
    extra_minutes: int
    due_date: datetime | None
    available_until: datetime | None
    dates: EffectiveDates
    session_ends_at: datetime | None = None


class Release(msgspec.Struct):
    assignment_id: int
    released_at: datetime
