"""Roster import: CSV (`email,display_name[,student_id][,role]`, header required, UTF-8 with or without BOM) or the
same rows as JSON. Missing accounts are created invited (no password) and mailed a one-time invitation; everyone is
enrolled; each row is answered in input order and a bad row never rejects the others. Importing the same rows again
changes nothing (everyone is `already_enrolled`)."""

from __future__ import annotations

import csv
import io
import re

import msgspec
from piccolo.engine import engine_finder

from app.errors import Conflict, InvalidInput, NotFound
from app.schemas.users import InvitationSent, RosterResult, RosterRow, RosterRowResult
from app.services import access, accounts, sql
from app.services.users import new_user, normalize_email
from app.settings import Settings
from tables.courses import Enrollment
from tables.enums import ClassRole, Role
from tables.users import User

COLUMNS = ("email", "display_name", "student_id", "role")
EMAIL = re.compile(r"^[^@\s\x00]+@[^@\s\x00]+\.[^@\s\x00]+$")
MAX_ROWS = 5000


def parse_csv(body: bytes) -> list[RosterRow]:
    """The rows of a roster file; a missing header, an unknown column or a file that is not UTF-8 is a 400."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput("the roster must be UTF-8 text", field="body") from exc
    reader = csv.reader(io.StringIO(text))
    header = [name.strip().lower() for name in next(reader, [])]
    if "email" not in header:
        raise InvalidInput("the first line must be a header naming the columns, email first", field="body")
    unknown = [name for name in header if name not in COLUMNS]
    if unknown or len(set(header)) != len(header):
        raise InvalidInput(f"columns are {', '.join(COLUMNS)}; got {', '.join(header)}", field="body")
    rows = []
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue
        values = dict(zip(header, (cell for cell in record), strict=False))
        rows.append(
            RosterRow(
                email=values.get("email", ""),
                display_name=values.get("display_name", ""),
                student_id=values.get("student_id") or None,
                role=values.get("role") or None,  # checked per row below
            )
        )
        if len(rows) > MAX_ROWS:
            raise InvalidInput(f"at most {MAX_ROWS} rows per import", field="body")
    return rows


def _check(row: RosterRow, seen: dict[str, int], index: int) -> tuple[str, str | None]:
    """(normalized email, the reason the row is invalid or None)."""
    email = normalize_email(row.email)
    if not EMAIL.match(email) or len(email) > 254:
        return email, "not an email address"
    if email in seen:
        return email, f"same email as row {seen[email]}"
    if len(row.display_name.strip()) > 200 or "\x00" in row.display_name:
        return email, "display_name is longer than 200 characters"
    if row.student_id is not None and (len(row.student_id.strip()) > 64 or "\x00" in row.student_id):
        return email, "student_id is longer than 64 characters"
    if row.role is not None and str(row.role).strip().lower() not in set(ClassRole):
        return email, f"role must be one of {', '.join(ClassRole)}"
    return email, None


def _class_role(row: RosterRow) -> ClassRole:
    return ClassRole(str(row.role).strip().lower()) if row.role else ClassRole.student


async def import_rows(caller: User, class_id: int, rows: list[RosterRow], *, settings: Settings) -> RosterResult:
    await access.require_class(caller, class_id, access.EDITORS)
    results: list[RosterRowResult] = []
    valid: dict[str, tuple[int, RosterRow]] = {}
    seen: dict[str, int] = {}
    for index, row in enumerate(rows, start=1):
        email, reason = _check(row, seen, index)
        seen.setdefault(email, index)
        results.append(RosterRowResult(row=index, email=email, status="invalid", reason=reason))
        if reason is None:
            valid[email] = (index, row)
    created: list[User] = []
    async with engine_finder().transaction():
        known = {
            r["email"]: r["id"]
            for r in await User.select(User.id, User.email).where(User.email.is_in(list(valid) or [""]))
        }
        for email, (_, row) in valid.items():
            if email not in known:
                role = _class_role(row)
                user = new_user(
                    email=email,
                    display_name=row.display_name.strip() or email.split("@")[0],
                    role=Role.student.value if role == ClassRole.student else role.value,
                    password_hash="",
                )
                await user.save()
                known[email] = user.id
                created.append(user)
        enrolled = {
            r["user_id"]
            for r in await Enrollment.select(Enrollment.user_id).where(
                (Enrollment.class_id == class_id) & Enrollment.user_id.is_in(list(known.values()) or [0])
            )
        }
        new_enrollments = [
            Enrollment(
                class_id=class_id,
                user_id=known[email],
                role=_class_role(row).value,
                student_id=(row.student_id or "").strip() or None,
            )
            for email, (_, row) in valid.items()
            if known[email] not in enrolled
        ]
        if new_enrollments:
            await Enrollment.insert(*new_enrollments)
    created_ids = {user.id for user in created}
    for email, (index, _) in valid.items():
        result = results[index - 1]
        result.user_id = known[email]
        result.reason = None
        if known[email] in created_ids:
            result.status = "created"
        else:
            result.status = "already_enrolled" if known[email] in enrolled else "enrolled"
    inviter = caller.display_name or caller.email
    for user in created:
        sent = await accounts.send_invitation(settings, user, invited_by=inviter, class_id=class_id)
        results[valid[user.email][0] - 1].invitation_sent = sent
    counts = {status: sum(r.status == status for r in results) for status in RosterResult.__struct_fields__[1:]}
    return RosterResult(items=results, **counts)


def decode_json(body: bytes) -> list[RosterRow]:
    from app.schemas.users import RosterImport

    try:
        return msgspec.json.decode(body, type=RosterImport).rows
    except msgspec.ValidationError as exc:
        raise InvalidInput(f"rows: {exc}", field="rows") from exc
    except msgspec.DecodeError as exc:
        raise InvalidInput("the body is not JSON", field="body") from exc


async def resend_invitation(caller: User, class_id: int, user_id: int, *, settings: Settings) -> InvitationSent:
    """Class instructors resend the invitation of an enrolled account that has not chosen a password yet."""
    await access.require_class(caller, class_id, access.EDITORS)
    found = await sql.rows(
        "SELECT u.id, u.password = '' AS invited FROM users u JOIN enrollments e ON e.user_id = u.id "
        "WHERE e.class_id = {} AND u.id = {} AND u.active",
        class_id,
        user_id,
    )
    if not found:
        raise NotFound("no active account with this id is enrolled in the class")
    if not found[0]["invited"]:
        raise Conflict("this account has chosen a password already; it can reset it instead")
    user = await User.objects().where(User.id == user_id).first()
    sent = await accounts.send_invitation(
        settings, user, invited_by=caller.display_name or caller.email, class_id=class_id
    )
    return InvitationSent(user_id=user.id, email=user.email, sent=sent)
