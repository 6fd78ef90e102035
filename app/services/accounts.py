"""Invitations, password changes and resets: one-time tokens by mail, and revocation of older access tokens.

One-time tokens are 32 random bytes (URL-safe text), stored only as their SHA-256, single use (consumed by one
conditional UPDATE), expiring: invitations after 7 days, resets after 1 hour. Sending another invitation or reset
retires the unused earlier ones.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import UTC, datetime, timedelta

from piccolo.engine import engine_finder
from redis.asyncio import Redis

from app.adapters import mailer
from app.errors import Gone, InvalidInput, RateLimited
from app.services import account_mail, login_throttle, ratelimit, sessions, sql
from app.services.users import check_password_policy, hash_password, normalize_email, verify_password
from app.settings import Settings
from tables.courses import Class
from tables.enums import AccountTokenPurpose
from tables.users import AccountToken, User

log = logging.getLogger(__name__)
LIFETIMES = {
    AccountTokenPurpose.invitation: timedelta(days=7),
    AccountTokenPurpose.password_reset: timedelta(hours=1),
}
RESETS_PER_MINUTE = 3


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def _issue(user_id: int, purpose: AccountTokenPurpose) -> str:
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    async with engine_finder().transaction():
        await AccountToken.update({AccountToken.used_at: now}).where(
            (AccountToken.user_id == user_id) & (AccountToken.purpose == purpose) & AccountToken.used_at.is_null()
        )
        await AccountToken(
            user_id=user_id,
            purpose=purpose,
            token_sha256=_digest(token),
            created_at=now,
            expires_at=now + LIFETIMES[purpose],
        ).save()
    return token


async def _valid_token_user(token: str, purpose: AccountTokenPurpose) -> User:
    rows = await sql.rows(
        "SELECT t.user_id FROM account_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_sha256 = {} "
        "AND t.purpose = {} AND t.used_at IS NULL AND t.expires_at > now() AND u.active",
        _digest(token),
        purpose.value,
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
                (AccountToken.token_sha256 == _digest(token))
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
    token = await _issue(user.id, AccountTokenPurpose.invitation)
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


async def request_reset(settings: Settings, redis: Redis, email: str) -> None:
    """Mail a reset link when an active account has this email; the caller answers 202 either way."""
    email = normalize_email(email)
    try:
        await ratelimit.enforce(redis, f"password-reset:{email}", RESETS_PER_MINUTE, "password resets")
    except RateLimited:
        log.info("password reset for %s not sent: rate limited", email)
        return
    user = await User.objects().where((User.email == email) & (User.active.eq(True))).first()
    if user is None:
        return
    token = await _issue(user.id, AccountTokenPurpose.password_reset)
    subject, body = account_mail.password_reset(settings, name=user.display_name or user.email, token=token)
    try:
        await mailer.send(settings, to=user.email, subject=subject, body=body)
    except mailer.MailError:
        return


async def confirm_reset(*, token: str, password: str, redis: Redis) -> User:
    return await _consume_and_set_password(token, AccountTokenPurpose.password_reset, password, redis)


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
