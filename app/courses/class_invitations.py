"""Class invitations: an instructor enrolls at once only people already in one of their classes (as staff of it);
anyone else is offered the class by mail and joins when they accept, signed in as themselves. So no instructor can
pull another class's account (an invited one included) into their class, nor mail it as that class.

The offer is a one-time token (`enrollment`, 7 days) naming the class and the class role; a newer offer of the same
class retires the older one; each address gets at most accounts.MAILS_PER_TARGET mails of this kind an hour.
"""

from __future__ import annotations

from datetime import UTC, datetime

from redis.asyncio import Redis

from app.accounts import accounts
from app.adapters import mailer
from app.common import access, sql
from app.courses.schemas import EnrollmentDetail
from app.errors import Gone
from app.settings import Settings
from tables.courses import Class, Enrollment
from tables.enums import AccountTokenPurpose
from tables.users import AccountToken, User

KNOWN_SQL = """
SELECT DISTINCT theirs.user_id FROM enrollments mine JOIN enrollments theirs ON theirs.class_id = mine.class_id
WHERE mine.user_id = :caller AND mine.role IN ('instructor', 'ta') AND theirs.user_id = ANY(:users::int[])
"""


async def known_to(caller: User, user_ids: list[int]) -> set[int]:
    """Which of these accounts the caller may enroll at once: admins know everyone; staff know the members of the
    classes they teach."""
    if access.is_admin(caller) or not user_ids:
        return set(user_ids)
    return {row["user_id"] for row in await sql.rows(KNOWN_SQL, caller=caller.id, users=user_ids)}


async def offer(settings: Settings, redis: Redis, caller: User, class_id: int, user: User, role: str) -> bool:
    """Mail `user` an offer to join the class as `role` (429 past the cap); False when the mail server failed."""
    await accounts.mail_allowed(redis, target=user.email, sender=None)
    token = await accounts.issue(user.id, AccountTokenPurpose.enrollment, class_id=class_id, class_role=role)
    klass = await Class.select(Class.code, Class.title).where(Class.id == class_id).first()
    body = (
        f"{caller.display_name or caller.email} invites you to join {klass['code']} ({klass['title']}) as {role}.\n"
        f"Sign in and accept here (the link works once, for 7 days):\n\n"
        f"{settings.public_address}/class-invitation?token={token}\n\n"
        f"Or, signed in, send this token to POST /api/auth/class-invitations/accept: {token}\n"
        "If you do not want to join, ignore this mail.\n"
    )
    try:
        await mailer.send(settings, to=user.email, subject=f"Join {klass['code']} on the autograder", body=body)
    except mailer.MailError:
        return False
    return True


async def accept(user: User, token: str) -> EnrollmentDetail:
    """The caller joins the class their own offer names (410 for a token that is not theirs, used or expired)."""
    used = (
        await AccountToken.update({AccountToken.used_at: datetime.now(UTC)})
        .where(
            (AccountToken.token_sha256 == accounts.digest(token))
            & (AccountToken.purpose == AccountTokenPurpose.enrollment)
            & (AccountToken.user_id == user.id)
            & AccountToken.used_at.is_null()
            & (AccountToken.expires_at > datetime.now(UTC))
        )
        .returning(AccountToken.class_id, AccountToken.class_role)
    )
    if not used:
        raise Gone("this invitation is unknown, used, expired or for another account", field="token")
    class_id, role = used[0]["class_id"], used[0]["class_role"]
    await Enrollment.insert(Enrollment(class_id=class_id, user_id=user.id, role=role)).on_conflict(action="DO NOTHING")
    return EnrollmentDetail(user_id=user.id, email=user.email, display_name=user.display_name, role=role)
