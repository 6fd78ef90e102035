"""reviews's schemas."""

from __future__ import annotations

import msgspec

from app.grading.contract import PreviewScores


class RejudgeStarted(msgspec.Struct):
    id: str
    total: int
    links: dict[str, str]


class RejudgeItem(PreviewScores, kw_only=True):
    changed: bool


class RejudgeBatch(msgspec.Struct):
    id: str
    total: int
    done: int
    published: bool
    items: list[RejudgeItem]
    question_id: int | None = None
    assignment_id: int | None = None
    publishing: bool = False
    # after publishing: whether overrides in force were kept, and the attempts whose override the publish removed
    keep_overrides: bool | None = None
    overrides_removed: list[int] = msgspec.field(default_factory=list)


class RejudgePublish(msgspec.Struct, forbid_unknown_fields=True):
    # false: the overrides in force on the rejudged attempts are removed, so the new scores count
    keep_overrides: bool = True
