"""Lateness judged by the rules in force, and a ledger a reader can take consistently.

- An attempt's lateness (`is_late`, `late_penalty`) joins its grading outcome: when the due date or the late policy
  changes, it is judged again (app/grading/lateness.py) and its score becomes `raw_score` less the new penalty; what
  the student sent and when stay immutable. `raw_score` is filled for the attempts graded before it existed.
- `rules_changed` joins the causes the grade_event CHECK allows.
- Every ledger write takes the class's ledger lock shared (space 1618, the class id) before it writes; a reader that
  needs the class's grades and the last sequence number to agree (the JSON export, the event feed) takes it
  exclusively: it waits for the writers in flight, so no sequence number below the ones it reads commits later.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from piccolo_migrations.tables_2026_11_25t13_20_00_000000 import _execute_script
from piccolo_migrations.tables_2026_11_25t19_13_00_000000 import GUARD
from piccolo_migrations.tables_2026_12_01t20_52_00_000000 import COUNTED, enum_check
from tables.enums import GradeCause

ID = "2026-12-02T00:11:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "lateness follows the rules; raw_score backfill; rules_changed cause; the ledger's class lock"

LEDGER_LOCK_SPACE = 1618

GUARD_WITH_LATENESS = GUARD.replace("{new}", ", NEW.auto_submitted").replace("{old}", ", OLD.auto_submitted")
GUARD_WITHOUT_LATENESS = GUARD_WITH_LATENESS.replace("NEW.is_late, NEW.late_penalty, ", "").replace(
    "OLD.is_late, OLD.late_penalty, ", ""
)

OLD_LEDGER = COUNTED[
    COUNTED.index("CREATE FUNCTION ledger_recount") : COUNTED.index("CREATE FUNCTION grade_event_guard")
]
# the same functions, each taking the class's ledger lock (shared: writers never wait for each other) first
NEW_LEDGER = OLD_LEDGER.replace(
    "    WHERE a.id = p_assignment;\n    INSERT INTO question_grade",
    f"    WHERE a.id = p_assignment;\n    PERFORM pg_advisory_xact_lock_shared({LEDGER_LOCK_SPACE}, info.class_id);\n"
    "    INSERT INTO question_grade",
).replace(
    "BEGIN\n    UPDATE assignment SET release_recorded_at",
    f"BEGIN\n    PERFORM pg_advisory_xact_lock_shared({LEDGER_LOCK_SPACE}, m.class_id)\n"
    "    FROM assignment a JOIN content_item ci ON ci.id = a.content_item JOIN modules m ON m.id = ci.module\n"
    "    WHERE a.id = p_assignment;\n    UPDATE assignment SET release_recorded_at",
)
assert NEW_LEDGER.count("pg_advisory_xact_lock_shared") == 2, "the ledger functions changed: adapt this migration"

FORWARDS = (
    GUARD_WITHOUT_LATENESS
    + """
UPDATE submission_attempt s SET raw_score = CASE
    WHEN s.late_penalty = 0 THEN s.score
    WHEN s.late_penalty < 1 THEN round((s.score / (1 - s.late_penalty))::numeric, 4)::float8
    ELSE (SELECT coalesce(sum(t.score), 0) FROM test_result t WHERE t.attempt = s.id) END
WHERE s.score IS NOT NULL;
ALTER TABLE grade_event DROP CONSTRAINT IF EXISTS grade_event_cause_check;
"""
    + enum_check("grade_event", "cause", GradeCause)
    + NEW_LEDGER.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
)

BACKWARDS = (
    OLD_LEDGER.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
    + "ALTER TABLE grade_event DROP CONSTRAINT IF EXISTS grade_event_cause_check;\n"
    + enum_check("grade_event", "cause", [c for c in GradeCause if c != GradeCause.rules_changed])
    + GUARD_WITH_LATENESS
)


async def forwards() -> MigrationManager:
    manager = MigrationManager(migration_id=ID, app_name="tables", description=DESCRIPTION)

    async def run() -> None:
        await _execute_script(FORWARDS)

    async def run_backwards() -> None:
        await _execute_script(BACKWARDS)

    manager.add_raw(run)
    manager.add_raw_backwards(run_backwards)
    return manager
