"""The clients generated from the OpenAPI document: current with the API (regenerated, they equal the committed ones),
a whole course driven through the generated Python client only, and the TypeScript types type-checking a script."""

from __future__ import annotations

import csv
import filecmp
import io
import time
from pathlib import Path

import pytest
from autograder_client import AuthenticatedClient, Client
from autograder_client.api.auth import accept_invitation, login
from autograder_client.api.classes import create_class, create_module, export_gradebook, gradebook, import_roster
from autograder_client.api.content import attach_question, publish
from autograder_client.api.modules import create_assignment
from autograder_client.api.question_bank import create_question, get_question
from autograder_client.api.review import override
from autograder_client.api.submissions import get_submission, submit
from autograder_client.models import (
    AssignmentCreate,
    AttachQuestion,
    ClassCreate,
    ExportFormat,
    InvitationAccept,
    Language,
    LoginRequest,
    ModuleCreate,
    OverrideCreate,
    Problem,
    Publish,
    QuestionCreate,
    RosterImport,
    RosterRow,
    SubmitCode,
    TestCaseCreate,
    TestKind,
)
from autograder_client.types import File

from jobs.cli import openapi_clients
from tests.accounts_support import NEW_PASSWORD
from tests.factories import PASSWORD, make_user
from tests.mailbox import Mailbox

ADD = "def add(a, b):\n    return a + b\n"


def _differences(left: Path, right: Path) -> list[str]:
    if left.is_file():
        return [] if filecmp.cmp(left, right, shallow=False) else [str(left)]
    compared = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [str(left / name) for name in compared.left_only + compared.right_only + compared.diff_files]
    for sub in compared.common_dirs:
        found += _differences(left / sub, right / sub)
    return found


def test_the_committed_document_and_clients_are_current(tmp_path: Path) -> None:
    openapi_clients.generate(tmp_path)
    stale = []
    for name in openapi_clients.GENERATED:
        stale += _differences(openapi_clients.CLIENTS / name, tmp_path / name)
    assert stale == [], "run: autograder openapi clients"


def test_the_typescript_types_type_check_a_script_calling_the_course_routes() -> None:
    openapi_clients.type_check()


def _signed_in(api_url: str, email: str, password: str) -> AuthenticatedClient:
    answer = login.sync(client=Client(base_url=api_url), body=LoginRequest(email=email, password=password))
    assert not isinstance(answer, Problem) and answer is not None, answer
    return AuthenticatedClient(base_url=api_url, token=answer.access_token)


def _ok(answer):  # any generated answer type
    assert answer is not None and not isinstance(answer, Problem), answer
    return answer


def _wait_valid(staff: AuthenticatedClient, question_id: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = [str(t.validation) for t in _ok(get_question.sync(question_id, client=staff)).tests]
        if "pending" not in states:
            assert set(states) == {"valid"}, states
            return
        time.sleep(0.3)
    raise AssertionError("tests still pending")


@pytest.mark.usefixtures("workers")
def test_a_whole_course_through_the_generated_python_client(api_url: str, mailbox: Mailbox) -> None:
    make_user("prof@test.edu", "instructor")
    staff = _signed_in(api_url, "prof@test.edu", PASSWORD)
    klass = _ok(create_class.sync(client=staff, body=ClassCreate(code="GEN1", title="Generated", term="Fall 2026")))
    rows = RosterImport(rows=[RosterRow(email="gen.student@test.edu", display_name="Gen Student", student_id="G-1")])
    assert _ok(import_roster.sync(klass.id, client=staff, body=rows)).created == 1
    csv_rows = File(payload=io.BytesIO(b"email,display_name,student_id\nsecond@test.edu,Second,G-2\n"))
    assert _ok(import_roster.sync(klass.id, client=staff, body=csv_rows)).created == 1

    module = _ok(create_module.sync(klass.id, client=staff, body=ModuleCreate(title="Week 1")))
    item = _ok(create_assignment.sync(module.id, client=staff, body=AssignmentCreate(title="Functions")))
    tests = [TestCaseCreate(name="small", kind=TestKind.CALL, input_="add(1, 2)", expected="3")]
    question = _ok(
        create_question.sync(
            client=staff,
            body=QuestionCreate(
                slug="gen-add",
                title="Add",
                prompt="add(a, b)",
                language=Language.PYTHON,
                reference_solution=ADD,
                default_points=10.0,
                tests=tests,
            ),
        )
    )
    _ok(attach_question.sync(item.id, client=staff, body=AttachQuestion(question_id=question.id)))
    _wait_valid(staff, question.id)
    _ok(publish.sync(item.id, client=staff, body=Publish(published=True)))

    token = mailbox.token("gen.student@test.edu")
    invited = _ok(accept_invitation.sync(client=Client(base_url=api_url), body=InvitationAccept(token, NEW_PASSWORD)))
    student = AuthenticatedClient(base_url=api_url, token=invited.access_token)
    accepted = _ok(submit.sync(item.id, question.id, client=student, body=SubmitCode(code=ADD)))
    result = _ok(get_submission.sync(accepted.id, client=student, wait=30))
    assert (str(result.status), str(result.verdict), result.score) == ("graded", "accepted", 10.0)

    _ok(override.sync(accepted.id, client=staff, body=OverrideCreate(score=7.5, reason="style")))
    book = _ok(gradebook.sync(klass.id, client=staff))
    assert [row.total for row in book.rows if row.email == "gen.student@test.edu"] == [7.5]
    exported = _ok(export_gradebook.sync(klass.id, client=staff, format_=ExportFormat.CANVAS))
    lines = list(csv.reader(io.StringIO(exported.payload.read().decode())))
    assert lines[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert ["Gen Student", "", "G-1", "gen.student@test.edu", "", "7.5"] in lines
