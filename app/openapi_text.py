"""The OpenAPI document's words: a description for every parameter and schema field, request bodies Litestar cannot
see (the roster's CSV and JSON), examples from the demo seed, and the fixes a strict validator asks for.

Descriptions written on the code (a handler's docstring, `Parameter(description=...)`, `msgspec.Meta(description=...)`)
win; these tables fill in the rest, by name. A test fails when anything in the document has no description.
"""

from __future__ import annotations

from typing import Any

from app.openapi_fields import FIELDS
from app.openapi_fields_more import MORE_FIELDS
from tables.enums import AttemptStatus, Language

PARAMETERS: dict[str, str] = {
    "class_id": "The class's id",
    "item_id": "The content item's id (an assignment or a page; for an assignment, the id its routes use)",
    "question_id": "The question's id",
    "module_id": "The module's id",
    "attempt_id": "The submission attempt's id",
    "test_id": "The test case's id",
    "batch_id": "The rejudge batch's id",
    "run_id": "The run's id",
    "slug": "The question's slug",
    "limit": "Page size: 1 to 200 (default 50)",
    "cursor": "The `next_cursor` of the previous page; left out: the first page",
    "wait": "Seconds (0 to 30) to wait for grading to finish before answering; 0 answers at once",
    "include_archived": "Also list archived ones (default false)",
    "format": "`csv` (default: a column per question and a points-possible row), `canvas` or `moodle` (those "
    "systems' gradebook import layouts, a column per assignment, students keyed by `student_id` and email)",
    "bom": "Start the file with a UTF-8 byte order mark, so Excel reads names correctly (`1` or `true`)",
    "status": "Only attempts in this status",
    "verdict": "Only attempts with this verdict",
    "email": "Only the student with this email (exact, case-insensitive)",
    "search": "Only those whose email or name contains this text (case-insensitive)",
    "role": "Only accounts with this global role",
    "Idempotency-Key": "A key the client makes up per submission (1 to 200 characters): sending the same key again "
    "answers the attempt it made instead of a second one, so a retry after a lost answer is safe",
}
# where one name is not the same thing in every place: "Schema.field" or "parameter in path"
SCHEMA_FIELDS: dict[str, str] = {
    "user_id@query": "Only this student's attempts: their account's user id (not the roster's `student_id`)",
    "user_id@path": "The user's account id",
    "question_id@query": "Only attempts at this question",
    "GradebookRow.id": "The student's user id",
    "GradebookRow.total": "The student's counted scores summed (points)",
    "Gradebook.policy": "Which attempt counts per question: `best` or `last` (the class setting `gradebook_score`)",
    "MyGrades.total": "The caller's counted scores summed (points); held exam results count as 0",
    "RejudgeBatch.total": "How many attempts the batch judges again",
    "RejudgeStarted.total": "How many attempts the batch judges again",
    "RejudgeBatch.items": "One entry per attempt, old and new outcome",
    "RejudgeBatch.published": "Whether the new results were published (they replace the old ones)",
    "RosterResult.items": "One result per input row, in input order",
    "RosterImport.rows": "The roster's rows, at most 5000",
    "RosterRow.role": "The class role: `student` (default), `ta` or `instructor`",
    "RosterRowResult.status": "`created` (new invited account), `enrolled`, `already_enrolled` or `invalid`",
    "RosterRowResult.email": "The row's email, normalized",
    "RosterRowResult.user_id": "The account's id; null for an invalid row",
    "RosterRowResult.invitation_sent": "For a created account: whether the invitation mail went out; else null",
    "RosterRowResult.reason": "Why the row is invalid; null otherwise",
    "RunDetail.status": "`queued`, `running`, `done` or `error`",
    "RunAccepted.status": "`queued`: poll `links.self`",
    "SubmissionAccepted.status": "`queued` (or where a replayed attempt is now): poll `links.self`",
    "RunCode.tests": "`visible`: run against the question's visible tests instead of `stdin`",
    "RunCode.code": "The program to run (not stored as an attempt)",
    "RunCode.language": "The question's language",
    "SubmitCode.language": "The question's language; left out: the question's own. Another language answers 400",
    "TestCaseCreate.input": FIELDS["input"],
    "ClassCreate.code": "A short code, unique (case-insensitively), such as `CS101`",
    "ClassDetail.code": "The class's short code, such as `CS101`",
    "ClassDetail.settings": "The class's settings",
    "ClassCreate.settings": "The class's settings (time zone, default language, gradebook policy, TA overrides)",
    "ClassUpdate.settings": "Settings to change; keys left out keep their stored values",
    "ProgressDetail.code": "The autosaved code",
    "ProgressSave.code": "The code to autosave (at most `MAX_CODE_BYTES`)",
    "SubmissionDetail.code": "The submitted code; staff and the attempt's own student only",
    "LanguageView.id": "The language id used in questions and submissions",
    "LanguageView.name": "The language's name for people",
    "TestCaseCreate.name": "The test's name, shown to students for visible tests",
    "UserCreate.password": "A password to set now (10 to 128 characters); left out: the account is invited by mail",
    "UserCreate.role": "The global role of the new account",
    "Me.settings": "The user's editor and display preferences",
    "ProfileUpdate.settings": "Preferences to change; keys left out keep their stored values",
    "LoginRequest.password": "The account's password",
    "OverrideCreate.score": "The score that counts instead (points, 0 to the question's points)",
    "OverrideCreate.reason": "Why, shown to the student and kept in the record",
    "Publish.published": "True publishes (students see it); false unpublishes",
    "AssignmentStats.questions": "Statistics per question",
    "QuestionGrade.points": "The question's points possible in this assignment",
    "AssignmentGrades.score": "The caller's counted scores in this assignment summed; null while results are held",
    "ExtensionSet.due_date": "The student's own due date (UTC); null: the assignment's",
    "ExtensionSet.available_until": "The student's own closing time (UTC); null: the assignment's",
    "ExtensionView.user_id": "The student's user id",
    "Accepted.detail": "What happens next",
    "InvitationSent.email": "Where the invitation went",
    "BulkEnroll.role": "The class role given to each",
    "EnrollmentCreate.email": "The email of an existing account to enroll",
    "RejudgeItem.user_id": "The student's user id",
    "StaffSubmissionSummary.due_date": "The student's own due date (extensions included); null: none",
}
SCHEMA_FIELDS.update(MORE_FIELDS)

EXAMPLES: dict[str, Any] = {
    "LoginRequest": {"email": "student1@example.edu", "password": "demo-password"},
    "SubmitCode": {"code": "def add(a, b):\n    return a + b\n", "language": Language.python},
    "RunCode": {"code": "def add(a, b):\n    return a + b\n", "language": Language.python, "tests": "visible"},
    "TestCaseCreate": {"name": "small numbers", "kind": "call", "input": "add(1, 2)", "expected": "3"},
    "ModuleCreate": {"title": "Week 1: Functions"},
    "ClassCreate": {"code": "CS101", "title": "Introduction to Programming", "term": "Fall 2026"},
    "OverrideCreate": {"score": 8.0, "reason": "Correct idea; off by one only on the hidden test"},
    "LoginResponse": {"access_token": "eyJhbGciOiJIUzI1NiIs...", "token_type": "bearer", "expires_in": 28800},
    "AssignmentCreate": {
        "title": "Practice set 1",
        "mode": "practice",
        "description": "Warm-up problems. Unlimited attempts.",
        "config": {"late_policy": {"mode": "accept", "penalty_per_day": 0.1, "max_penalty": 0.5}, "feedback": "full"},
    },
    "QuestionCreate": {
        "slug": "add-two-numbers",
        "title": "Add two numbers",
        "prompt": "Write `add(a, b)` that returns the sum of `a` and `b`.",
        "language": Language.python,
        "starter_code": "def add(a, b):\n    pass\n",
        "reference_solution": "def add(a, b):\n    return a + b\n",
        "default_points": 10.0,
        "tests": [
            {"name": "small numbers", "kind": "call", "input": "add(1, 2)", "expected": "3"},
            {
                "name": "large numbers",
                "kind": "call",
                "input": "add(10**12, 1)",
                "expected": "1000000000001",
                "visibility": "hidden",
            },
        ],
    },
    "SubmissionAccepted": {
        "id": 41,
        "status": AttemptStatus.queued,
        "attempt_number": 1,
        "links": {"self": "/api/submissions/41"},
    },
    "Gradebook": {
        "class_id": 1,
        "policy": "best",
        "columns": [
            {
                "assignment_id": 5,
                "assignment_title": "Practice set 1",
                "question_id": 1,
                "slug": "add-two-numbers",
                "points": 10.0,
            },
            {
                "assignment_id": 5,
                "assignment_title": "Practice set 1",
                "question_id": 2,
                "slug": "reverse-string",
                "points": 10.0,
            },
        ],
        "max_total": 20.0,
        "rows": [
            {
                "id": 7,
                "email": "student1@example.edu",
                "display_name": "Student 1",
                "student_id": None,
                "scores": [10.0, None],
                "total": 10.0,
                "extensions": [],
            },
        ],
    },
}
ROSTER_ROW_EXAMPLE = {"email": "student21@example.edu", "display_name": "Student 21", "student_id": "S-021"}
ROSTER_CSV_EXAMPLE = "email,display_name,student_id,role\nstudent21@example.edu,Student 21,S-021,student\n"
ROSTER_BODY = {
    "required": True,
    "description": "The roster: a CSV file (header `email,display_name[,student_id][,role]`, UTF-8, a BOM is "
    "fine) or JSON rows. `role` is the class role (`student` by default).",
    "content": {
        "application/json": {
            "schema": {"$ref": "#/components/schemas/RosterImport"},
            "example": {
                "rows": [{"email": "student21@example.edu", "display_name": "Student 21", "student_id": "S-021"}]
            },
        },
        # a file of bytes (`format: binary`): generated clients then send it as it is
        "text/csv": {"schema": {"type": "string", "format": "binary"}, "example": ROSTER_CSV_EXAMPLE},
    },
}


GRADEBOOK_CSV_EXAMPLE = (
    "email,name,student_id,Practice set 1 / add-two-numbers,Practice set 1 / reverse-string,total\r\n"
    "points possible,,,10,10,20\r\n"
    "student1@example.edu,Student 1,,10,,10\r\n"
)
GRADEBOOK_CSV = {
    "schema": {
        "type": "string",
        "format": "binary",
        "description": "CSV (RFC 4180, UTF-8, CRLF line ends) in the layout `format` names",
    },
    "example": GRADEBOOK_CSV_EXAMPLE,
}


def _describe_schemas(schemas: dict[str, Any]) -> None:
    for name, schema in schemas.items():
        for field, prop in schema.get("properties", {}).items():
            text = SCHEMA_FIELDS.get(f"{name}.{field}") or FIELDS.get(field)
            if not prop.get("description") and text:
                prop["description"] = text
        if name in EXAMPLES:
            schema.setdefault("examples", [EXAMPLES[name]])


def _describe_parameters(document: dict[str, Any]) -> None:
    for item in document.get("paths", {}).values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                name = parameter["name"]
                text = SCHEMA_FIELDS.get(f"{name}@{parameter['in']}") or PARAMETERS.get(name)
                if not parameter.get("description") and text:
                    parameter["description"] = text


def describe(document: dict[str, Any], body_schemas: dict[str, Any]) -> None:
    """Fill the document in place: descriptions, examples, the roster's two bodies, the bearer scheme.
    `body_schemas`: the schemas of bodies a handler reads itself (the roster's JSON), by name."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in body_schemas.items():
        schemas.setdefault(name, schema)
    _describe_schemas(schemas)
    _describe_parameters(document)
    paths = document.get("paths", {})
    if roster := paths.get("/api/classes/{class_id}/roster", {}).get("post"):
        roster["requestBody"] = ROSTER_BODY
    if export := paths.get("/api/classes/{class_id}/gradebook/export", {}).get("get"):
        export["responses"]["200"]["content"] = {"text/csv": GRADEBOOK_CSV}
    for scheme in document["components"].get("securitySchemes", {}).values():
        if scheme.get("type") == "http":
            scheme.pop("name", None)  # an `http` scheme has no `name` (OpenAPI 3.1); `apiKey` ones do
            scheme["scheme"] = scheme.get("scheme", "bearer").lower()
