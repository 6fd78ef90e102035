"""The grade ledger as staff and integrations read it: a class's events in sequence order, resumable (start from
the snapshot in app/grades/snapshot.py, then follow from its `as_of_sequence`)."""

from __future__ import annotations

from app.common import access
from app.common.schemas import Page
from app.common.sql import fetch, transaction
from app.grades.schemas import GradeEventView
from app.grading import ledger
from tables.users import User

EVENTS_SQL = """
SELECT g.id AS seq, g.student AS student_id, g.content_item AS assignment_id, g.question AS question_id,
       g.attempt AS attempt_id, g.old_score, g.new_score, g.cause, g.held, g.actor AS actor_id, g.created_at
FROM grade_event g
WHERE g.class_id = :class_id AND g.id > :after
ORDER BY g.id
LIMIT :limit
"""


async def after(user: User, class_id: int, *, after_seq: int, limit: int) -> Page[GradeEventView]:
    """Events with a sequence number above `after_seq`; `next_cursor` is the last one's (null: nothing more now)."""
    await access.require_class(user, class_id, access.STAFF)
    async with transaction() as connection:
        # the writers in flight commit first: no event below the last one answered can appear after it
        await ledger.hold_still(connection, class_id)
        found = await fetch(GradeEventView, EVENTS_SQL, class_id=class_id, after=after_seq, limit=limit + 1)
    items = found[:limit]
    more = len(found) > limit
    return Page(items=items, next_cursor=str(items[-1].seq) if more else None, limit=limit)
