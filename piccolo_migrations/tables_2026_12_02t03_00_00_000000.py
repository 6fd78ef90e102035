"""The ledger's two hot statements made cheap, with the same answers.

- `counted_grade` reads the class's best/last setting once per call instead of joining assignment, content item,
  module and class for every attempt of the student's question (a grading recounts; ~25 joins each at 25 attempts).
- A student's unfinished attempts have an index of their own, so the fair dispatch (after every submit and every
  grading) counts and picks among the few attempts still in flight instead of reading all of the student's history.
  Its predicate names the statuses as constants: the dispatch query does too, so even a generic plan can use it.
- `ledger_recount` locks an existing question grade with SELECT ... FOR UPDATE instead of an upsert, which wrote a
  new row version at every grading (the upsert is left for the first grade of a question; the lock still orders
  concurrent gradings of the same question).
"""

from functools import partial

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script
from piccolo_migrations.tables_2026_12_01t20_52_00_000000 import COUNTED
from piccolo_migrations.tables_2026_12_02t00_11_00_000000 import NEW_LEDGER
from tables.enums import AttemptStatus

ID = "2026-12-02T03:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "counted_grade reads the class policy once; an index of each student's unfinished attempts"

UNFINISHED = f"('{AttemptStatus.queued.value}', '{AttemptStatus.running.value}')"

UPSERT = """    INSERT INTO question_grade (class_id, student, assignment, question, overridden, updated_at)
    VALUES (info.class_id, p_student, p_assignment, p_question, false, now())
    ON CONFLICT (student, assignment, question) DO UPDATE SET student = EXCLUDED.student
    RETURNING * INTO stored;
"""
LOCK_THEN_UPSERT = (
    """    SELECT * INTO stored FROM question_grade
    WHERE student = p_student AND assignment = p_assignment AND question = p_question FOR UPDATE;
    IF NOT FOUND THEN
    """
    + UPSERT.replace("\n    ", "\n        ").rstrip()
    + """
    END IF;
"""
)
assert NEW_LEDGER.count(UPSERT) == 1, "ledger_recount changed: adapt this migration"
OLD_RECOUNT = NEW_LEDGER[: NEW_LEDGER.index("-- Held (exam) grades")].replace(
    "CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"
)
RECOUNT = OLD_RECOUNT.replace(UPSERT, LOCK_THEN_UPSERT)

FORWARDS = (
    RECOUNT
    + f"""
CREATE OR REPLACE FUNCTION counted_grade(p_student int, p_assignment int, p_question int,
                                         OUT attempt int, OUT score double precision, OUT overridden boolean)
LANGUAGE sql STABLE AS $$
    WITH policy AS MATERIALIZED (  -- once per call, not joined again for every attempt
        SELECT coalesce(c.settings->>'gradebook_score' = 'last', false) AS last
        FROM assignment a JOIN content_item ci ON ci.id = a.content_item JOIN modules m ON m.id = ci.module
        JOIN classes c ON c.id = m.class_id
        WHERE a.id = p_assignment
    ), candidates AS (
        SELECT s.id, s.submitted_at, coalesce(o.new_score, s.score) AS counted, o.new_score IS NOT NULL AS overridden
        FROM submission_attempt s
        LEFT JOIN LATERAL (SELECT r.new_score FROM score_override r WHERE r.attempt = s.id
                           ORDER BY r.created_at DESC, r.id DESC LIMIT 1) o ON true
        WHERE s.user_id = p_student AND s.assignment = p_assignment AND s.question = p_question
          AND (s.status = '{AttemptStatus.graded.value}' OR o.new_score IS NOT NULL)
    )
    SELECT k.id, k.counted, k.overridden FROM candidates k CROSS JOIN policy p
    ORDER BY CASE WHEN p.last THEN NULL ELSE k.counted END DESC NULLS LAST,
             CASE WHEN p.last THEN k.submitted_at END DESC NULLS LAST,
             CASE WHEN p.last THEN NULL ELSE k.id END,
             k.id DESC
    LIMIT 1
$$;
CREATE INDEX submission_attempt_unfinished_idx ON submission_attempt (user_id, id) WHERE status IN {UNFINISHED};
"""
)

OLD_COUNTED = COUNTED[COUNTED.index("CREATE FUNCTION counted_grade") : COUNTED.index("-- Move the stored grade")]
BACKWARDS = (
    "DROP INDEX IF EXISTS submission_attempt_unfinished_idx;\n"
    + OLD_COUNTED.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
    + OLD_RECOUNT
)


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)
    manager.add_raw(partial(_execute_script, FORWARDS))
    manager.add_raw_backwards(partial(_execute_script, BACKWARDS))
    return manager
