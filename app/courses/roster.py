"""Roster import: CSV (`email,display_name[,student_id][,role]`, header required, UTF-8 with or without BOM) or the
same rows as JSON. Missing accounts are created invited (no password), as global students whatever their class role
(only admins make staff accounts), and mailed a one-time invitation; accounts the importer knows (members of a class
they teach) are enrolled; any other existing account is mailed an offer to join and joins when it accepts (`invited`,
app/courses/class_invitations.py). Each row is answered in input order and a bad row never rejects the others.
Importing the same rows again changes nothing (everyone is `already_enrolled`)."""

from __future__ import annotations

import csv
import io

import msgspec
from piccolo.engine import engine_finder
from redis.asyncio import Redis

from app.accounts import accounts
from app.accounts.schemas import InvitationSent, RosterResult, RosterRow, RosterRowResult
from app.accounts.users import new_user
from app.audit import audit
from app.common import access, emails, sql
from app.common.emails import canonical_email
from app.courses import class_invitations
from app.errors import Conflict, InvalidInput, NotFound, RateLimited
from app.settings import Settings
from tables.courses import Enrollment
from tables.enums import AuditKind, ClassRole, Role
from tables.users import User

COLUMNS = ("email", "display_name", "student_id", "role")
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
    email = canonical_email(row.email)
    reason = emails.problem(row.email)
    if reason is not None:
        return email, reason
    if email in seen:
        return email, f"same email as row {seen[email]}"
    if len(row.display_name.strip()) > 200:
        return email, "display_name is longer than 200 characters"
    if emails.CONTROL.search(row.display_name):
        return email, "display_name may not contain control characters or line breaks"
    if row.student_id is not None and (len(row.student_id.strip()) > 64 or "\x00" in row.student_id):
        return email, "student_id is longer than 64 characters"
    if row.role is not None and str(row.role).strip().lower() not in set(ClassRole):
        return email, f"role must be one of {', '.join(ClassRole)}"
    return email, None


def _class_role(row: RosterRow) -> ClassRole:
    return ClassRole(str(row.role).strip().lower()) if row.role else ClassRole.student


async def import_rows(
    caller: User, class_id: int, rows: list[RosterRow], *, settings: Settings, redis: Redis
) -> RosterResult:
    await access.require_class(caller, class_id, access.EDITORS, writing=True)
    results: list[RosterRowResult] = []
    valid: dict[str, tuple[int, RosterRow]] = {}
    seen: dict[str, int] = {}
    for index, row in enumerate(rows, start=1):
        email, reason = _check(row, seen, index)
        seen.setdefault(email, index)
        results.append(RosterRowResult(row=index, email=email, status="invalid", reason=reason))
        if reason is None:
            valid[email] = (index, row)
    async with engine_finder().transaction():
        known, created = await _accounts(valid)
        enrolled = {
            r["user_id"]
            for r in await Enrollment.select(Enrollment.user_id).where(
                (Enrollment.class_id == class_id) & Enrollment.user_id.is_in([u.id for u in known.values()] or [0])
            )
        }
        joining = [e for e in valid if known[e].id not in enrolled]
        acquainted = await class_invitations.known_to(caller, [known[e].id for e in joining if e not in created])
        direct = [e for e in joining if e in created or known[e].id in acquainted]
        if direct:
            await Enrollment.insert(*[_enrollment(class_id, known[e].id, valid[e][1]) for e in direct])
        # one row for the import: the accounts it created and whom it enrolled, as what
        after = {"accounts_created": sorted(created), "enrolled": {e: _class_role(valid[e][1]).value for e in direct}}
        await audit.record(caller, AuditKind.roster_import, "classes", class_id, class_id=class_id, after=after)
    for email, (index, row) in valid.items():
        result, user = results[index - 1], known[email]
        result.user_id, result.reason = user.id, None
        if email in created:
            result.status = "created"
            result.invitation_sent = await accounts.send_invitation(
                settings, user, invited_by=_name(caller), class_id=class_id
            )
        elif user.id in enrolled:
            result.status = "already_enrolled"
        elif email in direct:
            result.status = "enrolled"
        else:
            result.status = "invited"
            try:
                role = _class_role(row).value
                result.invitation_sent = await class_invitations.offer(settings, redis, caller, class_id, user, role)
            except RateLimited as exc:
                result.invitation_sent, result.reason = False, exc.detail
    counts = {status: sum(r.status == status for r in results) for status in RosterResult.__struct_fields__[1:]}
    return RosterResult(items=results, **counts)


def _name(caller: User) -> str:
    return caller.display_name or caller.email


def _enrollment(class_id: int, user_id: int, row: RosterRow) -> Enrollment:
    student_id = (row.student_id or "").strip() or None
    return Enrollment(class_id=class_id, user_id=user_id, role=_class_role(row).value, student_id=student_id)


async def _accounts(valid: dict[str, tuple[int, RosterRow]]) -> tuple[dict[str, User], set[str]]:
    """Inside the import's transaction: every row's account by email, the missing ones created invited as global
    students (a class role never becomes a global one); answers the accounts and the emails created."""
    known = {user.email: user for user in await User.objects().where(User.email.is_in(list(valid) or [""]))}
    created = set()
    for email, (_, row) in valid.items():
        if email not in known:
            name = row.display_name.strip() or email.split("@")[0]
            user = new_user(email=email, display_name=name, role=Role.student.value, password_hash="")
            await user.save()
            known[email] = user
            created.add(email)
    return known, created


def decode_json(body: bytes) -> list[RosterRow]:
    from app.accounts.schemas import RosterImport

    try:
        return msgspec.json.decode(body, type=RosterImport).rows
    except msgspec.ValidationError as exc:
        raise InvalidInput(f"rows: {exc}", field="rows") from exc
    except msgspec.DecodeError as exc:
        raise InvalidInput("the body is not JSON", field="body") from exc


async def resend_invitation(
    caller: User, class_id: int, user_id: int, *, settings: Settings, redis: Redis
) -> InvitationSent:
    """Class instructors resend the invitation of an enrolled account that has not chosen a password yet, within
    the mail caps (per address and per sender)."""
    await access.require_class(caller, class_id, access.EDITORS, writing=True)
    found = await sql.rows(
        "SELECT u.id, u.password = '' AS invited FROM users u JOIN enrollments e ON e.user_id = u.id "
        "WHERE e.class_id = :class_id AND u.id = :user AND u.active",
        class_id=class_id,
        user=user_id,
    )
    if not found:
        raise NotFound("no active account with this id is enrolled in the class")
    if not found[0]["invited"]:
        raise Conflict("this account has chosen a password already; it can reset it instead")
    user = await User.objects().where(User.id == user_id).first()
    await accounts.mail_allowed(redis, target=user.email, sender=f"user:{caller.id}")
    sent = await accounts.send_invitation(settings, user, invited_by=_name(caller), class_id=class_id)
    return InvitationSent(user_id=user.id, email=user.email, sent=sent)
