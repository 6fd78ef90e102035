"""The grade ledger's state for an integration to start from: every counted grade of a class with the sequence
number it is as of, so that the snapshot plus the events after it (`grade-events?after=as_of_sequence`) is always the
ledger, nothing missed and nothing counted twice.

Consistency: the reads run after `ledger.hold_still` (the class's ledger lock, exclusive), each in the transaction's
READ COMMITTED view taken after the lock was granted. Taking it waits for every ledger write of the class in flight
to commit, so no event with a sequence number at or below `as_of_sequence` can commit later, and none commits while
the snapshot reads. (A REPEATABLE READ snapshot alone is not enough: a sequence number is handed out when the event
is written, not when it commits, so a lower one may still be in flight when a higher one is visible.)
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.common import access
from app.common.sql import fetch, rows, transaction
from app.grades import gradebook
from app.grades.schemas import GradeSnapshot, SnapshotAssignment, SnapshotGrade, SnapshotQuestion, SnapshotStudent
from app.grading import ledger
from tables.users import User

SEQUENCE_SQL = "SELECT coalesce(max(id), 0) AS seq FROM grade_event WHERE class_id = :class_id"

GRADES_SQL = """
SELECT g.student AS user_id, a.content_item AS assignment_id, g.question AS question_id, g.score,
       g.last_event AS sequence
FROM question_grade g JOIN assignment a ON a.id = g.assignment
WHERE g.class_id = :class_id AND g.score IS NOT NULL
ORDER BY g.student, a.content_item, g.question
"""

# the class's students, and anyone else the ledger holds grades of here (a student who left keeps their grades)
STUDENTS_SQL = """
SELECT u.id AS user_id, u.email, u.display_name, e.student_id, coalesce(e.role = 'student', false) AS enrolled
FROM users u LEFT JOIN enrollments e ON e.user_id = u.id AND e.class_id = :class_id
WHERE u.id IN (SELECT user_id FROM enrollments WHERE class_id = :class_id AND role = 'student'
               UNION SELECT student FROM question_grade WHERE class_id = :class_id)
ORDER BY u.email, u.id
"""

# every assignment (published or not: the ledger counts both) with its questions and their points possible
ASSIGNMENTS_SQL = """
SELECT ci.id AS assignment_id, ci.title, a.mode, ci.is_published AS published,
       (a.mode = 'exam' AND a.release_recorded_at IS NULL) AS held,
       q.id AS question_id, q.slug, q.title AS question_title, coalesce(aq.custom_points, q.default_points) AS points
FROM content_item ci
JOIN modules m ON m.id = ci.module
JOIN assignment a ON a.content_item = ci.id
LEFT JOIN assignment_question aq ON aq.assignment = a.id
LEFT JOIN questions q ON q.id = aq.question
WHERE m.class_id = :class_id
ORDER BY m.order_index, ci.order_index, ci.id, aq.order_index
"""


def _assignments(found: list[dict[str, Any]]) -> list[SnapshotAssignment]:
    by_id: dict[int, SnapshotAssignment] = {}
    for row in found:
        assignment = by_id.get(row["assignment_id"])
        if assignment is None:
            fields = ("assignment_id", "title", "mode", "published", "held")
            assignment = by_id[row["assignment_id"]] = SnapshotAssignment(
                **{name: row[name] for name in fields}, max_score=0.0, questions=[]
            )
        if row["question_id"] is not None:
            assignment.questions.append(
                SnapshotQuestion(row["question_id"], row["slug"], row["question_title"], row["points"])
            )
            assignment.max_score = round(assignment.max_score + row["points"], 4)
    return list(by_id.values())


async def take(user: User, class_id: int) -> GradeSnapshot:
    """The class's counted grades as of the ledger's last sequence number (staff)."""
    await access.require_class(user, class_id, access.STAFF)
    async with transaction() as connection:
        await ledger.hold_still(connection, class_id)
        policy = await gradebook.class_policy(class_id)
        sequence = (await rows(SEQUENCE_SQL, class_id=class_id))[0]["seq"]
        grades = await fetch(SnapshotGrade, GRADES_SQL, class_id=class_id)
        taken_at = datetime.now(UTC)
        students = await fetch(SnapshotStudent, STUDENTS_SQL, class_id=class_id)
        assignments = _assignments(await rows(ASSIGNMENTS_SQL, class_id=class_id))
    return GradeSnapshot(
        class_id=class_id,
        as_of_sequence=sequence,
        taken_at=taken_at,
        policy=policy,
        assignments=assignments,
        students=students,
        grades=grades,
    )
