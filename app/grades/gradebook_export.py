"""The gradebook as CSV for people and for learning management systems, from the `Gradebook` the service builds.

- `csv`: one column per assignment question, a "points possible" row under the header, then one row per student
  (`active` says whether their enrollment still gives access).
- `canvas`: Canvas's gradebook import layout: `Student, ID, SIS User ID, SIS Login ID, Section`, one column per
  assignment (its questions summed), and Canvas's `Points Possible` row. Students are matched on the SIS User ID
  (the roster's `student_id`) or the SIS Login ID (the email); `ID` (Canvas's own user id) is left empty.
- `moodle`: Moodle's grade import layout (the columns of its own CSV export): `First name, Last name, ID number,
  Email address`, one `<assignment> (Real)` column per assignment; map "Email address" or "ID number" to the user
  on import. Moodle keeps the maximum grade on the grade item, so there is no points row.

Every text cell that a spreadsheet would read as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage
return, OWASP's CSV injection rule) is prefixed with `'`; numbers are written as numbers. `bom` puts a UTF-8 byte
order mark first, so Excel reads names in UTF-8.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from enum import StrEnum

from app.grades.schemas import Gradebook, GradebookRow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


class ExportFormat(StrEnum):
    """The gradebook file's layout."""

    csv = "csv"
    canvas = "canvas"
    moodle = "moodle"


def neutralize(cell: object) -> object:
    """A text cell that a spreadsheet would evaluate, made plain text; anything else as it is."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _number(value: float | None) -> object:
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else round(value, 4)


def _write(rows: Iterable[list[object]], bom: bool) -> str:
    out = io.StringIO()
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([neutralize(cell) for cell in row] for row in rows)
    return out.getvalue()


def _by_assignment(book: Gradebook) -> list[tuple[str, float, list[int]]]:
    """(title, points, the indexes of its question columns) per assignment, in gradebook order."""
    groups: dict[int, tuple[str, float, list[int]]] = {}
    for index, column in enumerate(book.columns):
        title, points, indexes = groups.get(column.assignment_id, (column.assignment_title, 0.0, []))
        groups[column.assignment_id] = (title, points + column.points, [*indexes, index])
    return list(groups.values())


def _assignment_scores(row: GradebookRow, groups: list[tuple[str, float, list[int]]]) -> list[object]:
    """An assignment's score is its questions' counted scores summed; empty when none of them has one."""
    cells: list[object] = []
    for _, _, indexes in groups:
        scores = [row.scores[i] for i in indexes if row.scores[i] is not None]
        cells.append(_number(sum(scores)) if scores else "")
    return cells


def plain(book: Gradebook) -> list[list[object]]:
    titles = [f"{c.assignment_title} / {c.slug}" for c in book.columns]
    header = ["email", "name", "student_id", *titles, "total", "active"]
    possible = ["points possible", "", "", *[_number(c.points) for c in book.columns], _number(book.max_total), ""]
    rows = [
        [row.email, row.display_name, row.student_id or "", *[_number(s) for s in row.scores], _number(row.total)]
        + ["yes" if row.active else "no"]  # an inactive enrollment: no access to the class any more
        for row in book.rows
    ]
    return [header, possible, *rows]


def canvas(book: Gradebook) -> list[list[object]]:
    groups = _by_assignment(book)
    header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *[title for title, _, _ in groups]]
    possible = ["    Points Possible", "", "", "", "", *[_number(points) for _, points, _ in groups]]
    rows = [
        [row.display_name, "", row.student_id or "", row.email, "", *_assignment_scores(row, groups)]
        for row in book.rows
    ]
    return [header, possible, *rows]


def moodle(book: Gradebook) -> list[list[object]]:
    groups = _by_assignment(book)
    header = ["First name", "Last name", "ID number", "Email address", *[f"{title} (Real)" for title, _, _ in groups]]
    rows = []
    for row in book.rows:
        first, _, last = row.display_name.strip().partition(" ")
        rows.append([first, last, row.student_id or "", row.email, *_assignment_scores(row, groups)])
    return [header, *rows]


LAYOUTS = {ExportFormat.csv: plain, ExportFormat.canvas: canvas, ExportFormat.moodle: moodle}


def to_csv(book: Gradebook, layout: ExportFormat = ExportFormat.csv, *, bom: bool = False) -> str:
    return _write(LAYOUTS[layout](book), bom)
