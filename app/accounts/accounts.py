"""Invitations, password changes and resets: one-time tokens by mail, and revocation of older access tokens.

One-time tokens are 32 random bytes (URL-safe text), stored only as their SHA-256, single use (consumed by one
conditional UPDATE), expiring: invitations after 7 days, resets after 1 hour. Sending another invitation or reset
retires the unused earlier ones (a class invitation retires only the earlier ones to the same class).

Mail cannot be aimed: each address gets at most MAILS_PER_TARGET resends, resets or class invitations an hour, and
each sender (a caller, or an address for the anonymous reset) at most MAILS_PER_SENDER, answered 429 with
Retry-After. A reset request answers after the same work whether or not the email has an account: the lookup and
the mail run after the answer.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from piccolo.engine import engine_finder
from redis.asyncio import Redis

from app.accounts import account_mail, login_throttle, sessions
from app.accounts.users import check_password_policy, hash_password, verify_password
from app.adapters import mailer
from app.common import ratelimit, sql
from app.common.emails import canonical_email
from app.errors import Gone, InvalidInput
from app.settings import Settings
from tables.courses import Class
from tables.enums import AccountTokenPurpose
from tables.users import AccountToken, User

LIFETIMES = {
    AccountTokenPurpose.invitation: timedelta(days=7),
    AccountTokenPurpose.password_reset: timedelta(hours=1),
    AccountTokenPurpose.enrollment: timedelta(days=7),
}
MAIL_WINDOW_SECONDS = 3600
MAILS_PER_TARGET = 3
MAILS_PER_SENDER = 20


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def mail_allowed(redis: Redis, *, target: str, sender: str | None) -> None:
    """429 with Retry-After when this address (or this sender, when given) has had its share of mail this hour."""
    caps = [(f"mail:target:{target}", MAILS_PER_TARGET)]
    if sender is not None:
        caps.append((f"mail:sender:{sender}", MAILS_PER_SENDER))
    for key, limit in caps:
        await ratelimit.enforce(redis, key, limit, "mails to this address or sender", window=MAIL_WINDOW_SECONDS)


async def issue(
    user_id: int, purpose: AccountTokenPurpose, *, class_id: int | None = None, class_role: str | None = None
) -> str:
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    earlier = (AccountToken.user_id == user_id) & (AccountToken.purpose == purpose) & AccountToken.used_at.is_null()
    if class_id is not None:
        earlier &= AccountToken.class_id == class_id
    async with engine_finder().transaction():
        await AccountToken.update({AccountToken.used_at: now}).where(earlier)
        await AccountToken(
            user_id=user_id,
            purpose=purpose,
            token_sha256=digest(token),
            created_at=now,
            expires_at=now + LIFETIMES[purpose],
            class_id=class_id,
            class_role=class_role,
        ).save()
    return token


async def _valid_token_user(token: str, purpose: AccountTokenPurpose) -> User:
    rows = await sql.rows(
        "SELECT t.user_id FROM account_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_sha256 = :digest "
        "AND t.purpose = :purpose AND t.used_at IS NULL AND t.expires_at > now() AND u.active",
        digest=digest(token),
        purpose=purpose.value,
    )
    if not rows:
        raise Gone("this link is unknown, used or expired; ask for a new one", field="token")
    return await User.objects().where(User.id == rows[0]["user_id"]).first()


async def _consume_and_set_password(token: str, purpose: AccountTokenPurpose, password: str, redis: Redis) -> User:
    """Check the policy first (a refused password does not use the token up), then use it and set the password:
    the version bump revokes every access token issued before."""
    user = await _valid_token_user(token, purpose)
    check_password_policy(password, user.email)
    password_hash = await hash_password(password)
    async with engine_finder().transaction():
        used = (
            await AccountToken.update({AccountToken.used_at: datetime.now(UTC)})
            .where(
                (AccountToken.token_sha256 == digest(token))
                & AccountToken.used_at.is_null()
                & (AccountToken.expires_at > datetime.now(UTC))
            )
            .returning(AccountToken.id)
        )
        if not used:
            raise Gone("this link is unknown, used or expired; ask for a new one", field="token")
        await User.update({User.password: password_hash, User.token_version: User.token_version + 1}).where(
            User.id == user.id
        )
    await sessions.invalidate(redis, user.id)
    return await User.objects().where(User.id == user.id).first()


async def send_invitation(settings: Settings, user: User, *, invited_by: str, class_id: int | None = None) -> bool:
    """A new one-time invitation by mail, naming the class when there is one; False (logged) when the mail server
    cannot be reached."""
    token = await issue(user.id, AccountTokenPurpose.invitation)
    klass = await Class.select(Class.title).where(Class.id == class_id).first() if class_id else None
    subject, body = account_mail.invitation(
        settings,
        name=user.display_name or user.email,
        inviter=invited_by,
        class_title=klass["title"] if klass else None,
        token=token,
    )
    try:
        await mailer.send(settings, to=user.email, subject=subject, body=body)
    except mailer.MailError:
        return False
    return True


async def accept_invitation(*, token: str, password: str, redis: Redis) -> User:
    return await _consume_and_set_password(token, AccountTokenPurpose.invitation, password, redis)


async def limit_reset(redis: Redis, email: str, *, address: str) -> str:
    """The canonical email, once the reset is within its caps (counted whether or not an account has it)."""
    email = canonical_email(email)
    await mail_allowed(redis, target=email, sender=f"address:{address}")
    return email


async def send_reset(settings: Settings, email: str) -> None:
    """Mail a reset link when an active account has this email (run after the answer: it takes the same time
    whether or not the account exists)."""
    user = await User.objects().where((User.email == email) & (User.active.eq(True))).first()
    if user is None:
        return
    token = await issue(user.id, AccountTokenPurpose.password_reset)
    subject, body = account_mail.password_reset(settings, name=user.display_name or user.email, token=token)
    try:
        await mailer.send(settings, to=user.email, subject=subject, body=body)
    except mailer.MailError:
        return


async def confirm_reset(*, token: str, password: str, redis: Redis) -> User:
    """The new password, and the account's failed-login counters cleared (its owner proved the mailbox)."""
    user = await _consume_and_set_password(token, AccountTokenPurpose.password_reset, password, redis)
    await login_throttle.clear_account(redis, email=user.email)
    return user


async def change_password(
    user: User, *, current: str, new: str, address: str, redis: Redis, settings: Settings
) -> User:
    """The current password proves the caller (wrong guesses count as failed logins); every older token dies."""
    await login_throttle.check(redis, settings, email=user.email, address=address)
    stored = await User.select(User.password).where(User.id == user.id).first()
    ok, _ = await verify_password(stored["password"] if stored else "", current)
    if not ok:
        await login_throttle.record_failure(redis, settings, email=user.email, address=address)
        raise InvalidInput("the current password is wrong", field="current_password")
    check_password_policy(new, user.email)
    password_hash = await hash_password(new)
    await User.update({User.password: password_hash, User.token_version: User.token_version + 1}).where(
        User.id == user.id
    )
    await sessions.invalidate(redis, user.id)
    return await User.objects().where(User.id == user.id).first()
