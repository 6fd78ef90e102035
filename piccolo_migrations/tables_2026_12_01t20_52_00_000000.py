"""The grade ledger in SQL: the counted grade of a student's question, the one function that moves it and records
the move, the release of held exam grades, an append-only event table; CHECKs generated from the catalogue.

The counting lives here (not in Python) so the API's transactions and the workers' connections run the very same
statement in one round trip, inside the transaction of the change they record.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script
from tables.enums import AttemptStatus, GradeCause, Verdict

ID = "2026-12-01T20:52:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "grade ledger functions, triggers and backfill; verdict and cause CHECKs from the catalogue"


def enum_check(table: str, column: str, values: type) -> str:
    """A CHECK listing exactly the enum's values (NULL allowed where the column is nullable)."""
    listed = ", ".join(f"'{member.value}'" for member in values)
    return f"ALTER TABLE {table} ADD CONSTRAINT {table}_{column}_check CHECK ({column} IN ({listed}));\n"


COUNTED = r"""
-- A student's counted grade of one assignment question: among the attempts that are graded or overridden, the best
-- (class setting `gradebook_score` = best: highest counted score, earliest on ties) or the last submitted (= last);
-- an attempt's counted score is its override in force, else its own score.
CREATE FUNCTION counted_grade(p_student int, p_assignment int, p_question int,
                              OUT attempt int, OUT score double precision, OUT overridden boolean)
LANGUAGE sql STABLE AS $$
    SELECT s.id, coalesce(o.new_score, s.score), o.new_score IS NOT NULL
    FROM submission_attempt s
    JOIN assignment a ON a.id = s.assignment
    JOIN content_item ci ON ci.id = a.content_item
    JOIN modules m ON m.id = ci.module
    JOIN classes c ON c.id = m.class_id
    LEFT JOIN LATERAL (SELECT r.new_score FROM score_override r WHERE r.attempt = s.id
                       ORDER BY r.created_at DESC, r.id DESC LIMIT 1) o ON true
    WHERE s.user_id = p_student AND s.assignment = p_assignment AND s.question = p_question
      AND (s.status = 'graded' OR o.new_score IS NOT NULL)
    ORDER BY CASE WHEN c.settings->>'gradebook_score' = 'last' THEN NULL ELSE coalesce(o.new_score, s.score) END
                 DESC NULLS LAST,
             CASE WHEN c.settings->>'gradebook_score' = 'last' THEN s.submitted_at END DESC NULLS LAST,
             CASE WHEN c.settings->>'gradebook_score' = 'last' THEN NULL ELSE s.id END,
             s.id DESC
    LIMIT 1
$$;

-- Move the stored grade to the counted one; a change of score is recorded as one event (its id answered). The
-- row lock taken by the upsert orders concurrent gradings of the same question.
CREATE FUNCTION ledger_recount(p_student int, p_assignment int, p_question int, p_cause text, p_actor int)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    stored question_grade%ROWTYPE;
    counted record;
    info record;
    seq bigint;
BEGIN
    SELECT m.class_id, a.content_item, (a.mode = 'exam' AND a.release_recorded_at IS NULL) AS held INTO info
    FROM assignment a JOIN content_item ci ON ci.id = a.content_item JOIN modules m ON m.id = ci.module
    WHERE a.id = p_assignment;
    INSERT INTO question_grade (class_id, student, assignment, question, overridden, updated_at)
    VALUES (info.class_id, p_student, p_assignment, p_question, false, now())
    ON CONFLICT (student, assignment, question) DO UPDATE SET student = EXCLUDED.student
    RETURNING * INTO stored;
    SELECT * INTO counted FROM counted_grade(p_student, p_assignment, p_question);
    IF counted.attempt IS NOT DISTINCT FROM stored.attempt AND counted.score IS NOT DISTINCT FROM stored.score
       AND coalesce(counted.overridden, false) = stored.overridden THEN
        RETURN NULL;
    END IF;
    IF counted.score IS DISTINCT FROM stored.score THEN
        INSERT INTO grade_event (class_id, student, assignment, content_item, question, attempt, old_score,
                                 new_score, cause, held, actor, created_at)
        VALUES (info.class_id, p_student, p_assignment, info.content_item, p_question,
                coalesce(counted.attempt, stored.attempt), stored.score, counted.score, p_cause, info.held, p_actor,
                clock_timestamp())
        RETURNING id INTO seq;
    END IF;
    UPDATE question_grade SET attempt = counted.attempt, score = counted.score,
           overridden = coalesce(counted.overridden, false), last_event = coalesce(seq, last_event),
           updated_at = now()
    WHERE id = stored.id;
    RETURN seq;
END $$;

-- Held (exam) grades become visible: one `released` event per graded question (old score null: nothing was
-- shown), once per assignment. Answers how many events were written.
CREATE FUNCTION ledger_release(p_assignment int, p_actor int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    written int;
BEGIN
    UPDATE assignment SET release_recorded_at = clock_timestamp()
    WHERE id = p_assignment AND mode = 'exam' AND release_recorded_at IS NULL;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    WITH added AS (
        INSERT INTO grade_event (class_id, student, assignment, content_item, question, attempt, old_score, new_score,
                                 cause, held, actor, created_at)
        SELECT g.class_id, g.student, g.assignment, a.content_item, g.question, g.attempt, NULL, g.score,
               'released', false, p_actor, clock_timestamp()
        FROM question_grade g JOIN assignment a ON a.id = g.assignment
        WHERE g.assignment = p_assignment AND g.score IS NOT NULL
        ORDER BY g.student, g.question
        RETURNING id, student, question
    )
    UPDATE question_grade g SET last_event = added.id
    FROM added WHERE g.assignment = p_assignment AND g.student = added.student AND g.question = added.question;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END $$;

CREATE FUNCTION grade_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'grade_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER grade_event_append_only BEFORE UPDATE OR DELETE ON grade_event
    FOR EACH ROW EXECUTE FUNCTION grade_event_guard();

ALTER TABLE question_grade ADD CONSTRAINT question_grade_key UNIQUE (student, assignment, question);
CREATE INDEX grade_event_class_idx ON grade_event (class_id, id);
ALTER TABLE score_override DROP CONSTRAINT IF EXISTS score_override_score_check;
ALTER TABLE score_override ADD CONSTRAINT score_override_score_check CHECK (coalesce(new_score, 0) >= 0);

-- what was already released before the ledger existed, then every graded question counted once
UPDATE assignment a SET release_recorded_at = coalesce(a.results_released_at, now())
WHERE a.mode = 'exam' AND (a.results_released_at IS NOT NULL
                           OR (a.config->>'feedback_release_at')::timestamptz <= now());
SELECT ledger_recount(k.user_id, k.assignment, k.question, 'graded', NULL)
FROM (SELECT DISTINCT user_id, assignment, question FROM submission_attempt) k
ORDER BY k.user_id, k.assignment, k.question;
"""

FORWARDS = (
    COUNTED
    + enum_check("grade_event", "cause", GradeCause)
    + enum_check("submission_attempt", "verdict", Verdict)
    + enum_check("test_result", "verdict", Verdict)
    + "ALTER TABLE submission_attempt DROP CONSTRAINT submission_attempt_status_check;\n"
    + enum_check("submission_attempt", "status", AttemptStatus)
)

BACKWARDS = r"""
ALTER TABLE test_result DROP CONSTRAINT IF EXISTS test_result_verdict_check;
ALTER TABLE submission_attempt DROP CONSTRAINT IF EXISTS submission_attempt_verdict_check;
ALTER TABLE grade_event DROP CONSTRAINT IF EXISTS grade_event_cause_check;
DROP TRIGGER IF EXISTS grade_event_append_only ON grade_event;
DROP FUNCTION IF EXISTS grade_event_guard();
DROP FUNCTION IF EXISTS ledger_release(int, int);
DROP FUNCTION IF EXISTS ledger_recount(int, int, int, text, int);
DROP FUNCTION IF EXISTS counted_grade(int, int, int);
"""


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    async def run() -> None:
        await _execute_script(FORWARDS)

    async def run_backwards() -> None:
        await _execute_script(BACKWARDS)

    manager.add_raw(run)
    manager.add_raw_backwards(run_backwards)
    return manager
