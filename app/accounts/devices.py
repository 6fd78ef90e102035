"""Device cookies (OWASP's scheme against lock-outs by strangers): a successful login hands the browser a signed
token naming the account (by a keyed hash of its canonical email), an expiry and a random device id.

A login that presents a valid device token of the account it names is throttled only by that device's own failures
(app/accounts/login_throttle.py); everyone else's failures, from any address, never lock it out. Tokens are signed
with a key derived from JWT_SECRET (HMAC-SHA256): they cannot be forged, and one account's token says nothing
about another account.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from functools import cache

from app.settings import Settings

COOKIE = "device"
LIFETIME_SECONDS = 365 * 24 * 3600
MAX_LENGTH = 200


@cache
def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), b"autograder device cookie v1", hashlib.sha256).digest()


def _mac(key: bytes, text: str, size: int) -> str:
    digest = hmac.new(key, text.encode(), hashlib.sha256).digest()[:size]
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def issue(settings: Settings, email: str) -> str:
    """A device token for this (canonical) email."""
    key = _key(settings.jwt_secret)
    payload = f"{_mac(key, email, 12)}.{int(time.time()) + LIFETIME_SECONDS}.{secrets.token_urlsafe(12)}"
    return f"{payload}.{_mac(key, payload, 16)}"


def device_id(settings: Settings, token: str | None, email: str) -> str | None:
    """The device id of a valid, unexpired token of this (canonical) email, else None."""
    if not token or len(token) > MAX_LENGTH or token.count(".") != 3:
        return None
    payload, signature = token.rsplit(".", 1)
    account, expires, device = payload.split(".")
    key = _key(settings.jwt_secret)
    if not hmac.compare_digest(signature, _mac(key, payload, 16)):
        return None
    if not hmac.compare_digest(account, _mac(key, email, 12)) or not expires.isdigit() or int(expires) < time.time():
        return None
    return device
