"""Piccolo Admin's doorway: its login goes through the API's (throttle, device cookie, hashing off the event loop),
its cookies are HttpOnly, SameSite and (behind TLS) Secure, and every page carries a Content-Security-Policy.

The admin's own login endpoint is never reached: a POST to `/admin/public/login/` is answered here. Only the admin
role gets a session; any other account's right password is answered exactly as a wrong one (401, counted as a
failure). Sessions are rows of `sessions`; a database trigger deletes a user's rows whenever their token version
changes (password change or reset, log out everywhere, deactivation, role change), so the admin session dies with
the API tokens, in every process (piccolo_migrations, 2026-12-01).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import msgspec
from piccolo_api.session_auth.tables import SessionsBase
from redis.asyncio import Redis
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.accounts import auth, devices
from app.errors import DomainError, NotAuthenticated, RateLimited
from app.settings import Settings

LOGIN = re.compile(r"/public/login/?$")
SESSION_COOKIE = "id"  # Piccolo's session cookie name
CSRF_COOKIE = "csrftoken"  # read by the admin's scripts (double-submit): the one cookie without HttpOnly
SESSION_EXPIRY = timedelta(hours=1)
MAX_SESSION_EXPIRY = timedelta(days=7)
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)


class AdminLogin(msgspec.Struct):
    username: str
    password: str


def _problem(error: DomainError) -> Response:
    body = {"type": "about:blank", "title": error.title, "status": error.status_code, "detail": error.detail}
    return JSONResponse(body, error.status_code, headers=error.headers, media_type="application/problem+json")


async def _login(request: Request, redis: Redis, settings: Settings) -> Response:
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        return JSONResponse({"detail": "send the login as application/json"}, 415)
    try:
        data = msgspec.json.decode(await request.body(), type=AdminLogin)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return JSONResponse({"detail": "send {username, password}"}, 422)
    try:
        user, device = await auth.login(
            email=data.username,
            password=data.password,
            client=request.client.host if request.client else "unknown",
            device_token=request.cookies.get(devices.COOKIE),
            redis=redis,
            settings=settings,
            admin_only=True,
        )
    except (NotAuthenticated, RateLimited) as exc:
        return _problem(exc)
    now = datetime.now()  # Piccolo keeps naive local times in `sessions`
    session = await SessionsBase.create_session(
        user_id=user.id, expiry_date=now + SESSION_EXPIRY, max_expiry_date=now + MAX_SESSION_EXPIRY
    )
    response = JSONResponse({"message": "logged in"})
    response.set_cookie(SESSION_COOKIE, str(session.token), max_age=int(MAX_SESSION_EXPIRY.total_seconds()))
    response.set_cookie(devices.COOKIE, device, max_age=devices.LIFETIME_SECONDS)
    return response  # the flags are set on the way out, with every other admin cookie's


def _hardened(header: bytes, secure: bool) -> bytes:
    """A Set-Cookie header with HttpOnly (except the CSRF token), SameSite and, behind TLS, Secure. SameSite is Lax
    for the session and CSRF cookies (a link to the admin from elsewhere opens it signed in; no cross-site request
    but a top-level GET carries them, and writes need the CSRF token too), Strict for the device cookie."""
    parts = [part.strip() for part in header.decode("latin-1").split(";")]
    name = parts[0].split("=", 1)[0]
    kept = [p for p in parts[1:] if p.lower().split("=")[0] not in ("samesite", "secure", "httponly")]
    kept.append("SameSite=Strict" if name == devices.COOKIE else "SameSite=Lax")
    if name != CSRF_COOKIE:
        kept.append("HttpOnly")
    if secure:
        kept.append("Secure")
    return "; ".join([parts[0], *kept]).encode("latin-1")


def guarded_admin(app: ASGIApp, redis: Redis, settings: Settings) -> ASGIApp:
    """The admin app behind its doorway: login answered here, cookies hardened, a CSP on every answer."""
    secure = settings.served_over_tls

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def hardened_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (key, _hardened(value, secure) if key.lower() == b"set-cookie" else value)
                    for key, value in message.get("headers", [])
                ]
                headers.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))
                message = {**message, "headers": headers}
            await send(message)

        if scope["method"] == "POST" and LOGIN.search(scope.get("path", "")):
            response = await _login(Request(scope, receive), redis, settings)
            await response(scope, receive, hardened_send)
            return
        await app(scope, receive, hardened_send)

    return wrapped
