from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.background_tasks import BackgroundTask
from litestar.security.jwt import Token
from redis.asyncio import Redis

from app.accounts import accounts, auth, devices, sessions
from app.accounts.schemas import (
    Accepted,
    ClassInvitationAccept,
    InvitationAccept,
    LoginRequest,
    LoginResponse,
    Me,
    PasswordChange,
    PasswordResetConfirm,
    PasswordResetRequest,
)
from app.accounts.users import Credentials
from app.body_depth import check_api_request
from app.courses import class_invitations
from app.courses.schemas import EnrollmentDetail
from app.errors import UnsupportedMediaType
from app.settings import Settings
from tables.users import User


def client_address(request: Request[Any, Any, Any]) -> str:
    return request.client.host if request.client else "unknown"


async def json_bodies_only(request: Request[Any, Any, Any]) -> None:
    """A body on an auth route is JSON (a cross-site form or `text/plain` post cannot send it without CORS); then
    the API router's own checks, which this hook replaces on these routes (Litestar runs the closest one only)."""
    has_body = request.headers.get("content-length", "0") != "0" or "transfer-encoding" in request.headers
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if has_body and media_type != "application/json":
        raise UnsupportedMediaType("auth routes take application/json bodies only", field="content-type")
    await check_api_request(request)


def device_cookie(settings: Settings, token: str) -> dict[str, str]:
    """The Set-Cookie header written out (the token is URL-safe text and digits): Litestar's Cookie goes through
    http.cookies, a tenth of a millisecond on every login of a burst."""
    secure = "; Secure" if settings.served_over_tls else ""
    return {
        "Set-Cookie": f"{devices.COOKIE}={token}; Max-Age={devices.LIFETIME_SECONDS}; Path=/; HttpOnly; "
        f"SameSite=Strict{secure}"
    }


def _token_for(user: User | Credentials, settings: Settings, parent: Token | None = None) -> LoginResponse:
    return LoginResponse(
        access_token=sessions.issue(settings, user.id, user.token_version, parent=parent),
        token_type="bearer",
        expires_in=settings.jwt_ttl_seconds,
    )


class AuthController(Controller):
    path = "/auth"
    tags = ["auth"]
    before_request = json_bodies_only

    @post("/login", status_code=200, exclude_from_auth=True, problems=(401, 415, 429))
    async def login(
        self, data: LoginRequest, request: Request[Any, Any, Any], redis: Redis, settings: Settings
    ) -> Response[LoginResponse]:
        """Exchange email and password for a bearer token (the same 401 for an unknown email or a wrong password).
        The answer sets a device cookie: with it, no one else's failed logins can lock this account out here."""
        user, device = await auth.login(
            email=data.email,
            password=data.password,
            client=client_address(request),
            device_token=request.cookies.get(devices.COOKIE),
            redis=redis,
            settings=settings,
        )
        return Response(_token_for(user, settings), headers=device_cookie(settings, device))

    @get("/me")
    async def me(self, user: User) -> Me:
        """The signed-in user: id, email, name and global role."""
        return await auth.profile(user)

    @post("/refresh", status_code=200)
    async def refresh(self, user: User, request: Request[User, Token, Any], settings: Settings) -> LoginResponse:
        """A fresh token for the signed-in caller, of the same family: a logout of any of them ends them all."""
        return _token_for(user, settings, parent=request.auth)

    @post("/logout", status_code=204)
    async def logout(self, request: Request[User, Token, Any], redis: Redis, settings: Settings) -> None:
        """Revoke the token used for this request and every token refreshed from the same login, from the next
        request on, in every API process."""
        await sessions.revoke(redis, settings, request.auth)

    @post("/logout-everywhere", status_code=204)
    async def logout_everywhere(self, user: User, redis: Redis) -> None:
        """Revoke every token of the caller issued so far, and their admin sessions."""
        await sessions.revoke_all(redis, user.id)

    @post("/password", status_code=200)
    async def change_password(
        self, data: PasswordChange, user: User, request: Request[Any, Any, Any], redis: Redis, settings: Settings
    ) -> LoginResponse:
        """Change the password: every token issued before stops working; the answer is a new token."""
        changed = await accounts.change_password(
            user,
            current=data.current_password,
            new=data.password,
            address=client_address(request),
            redis=redis,
            settings=settings,
        )
        return _token_for(changed, settings)

    @post("/password-reset", status_code=202, exclude_from_auth=True, problems=(429,))
    async def request_password_reset(
        self, data: PasswordResetRequest, request: Request[Any, Any, Any], redis: Redis, settings: Settings
    ) -> Response[Accepted]:
        """202 after the same work whether or not an account has this email (the mail goes out after the answer);
        at most 3 an hour per email and 20 per address (429 with Retry-After)."""
        email = await accounts.limit_reset(redis, data.email, address=client_address(request))
        return Response(
            Accepted(detail="if an account has this email, a reset link is on its way"),
            status_code=202,
            background=BackgroundTask(accounts.send_reset, settings, email),
        )

    @post("/password-reset/confirm", status_code=200, exclude_from_auth=True, problems=(410,))
    async def confirm_password_reset(
        self, data: PasswordResetConfirm, redis: Redis, settings: Settings
    ) -> LoginResponse:
        """Set a new password with the mailed token (single use); every older token of the account stops working
        and its failed-login counters are cleared."""
        user = await accounts.confirm_reset(token=data.token, password=data.password, redis=redis)
        return _token_for(user, settings)

    @post("/invitations/accept", status_code=200, exclude_from_auth=True, problems=(410,))
    async def accept_invitation(self, data: InvitationAccept, redis: Redis, settings: Settings) -> LoginResponse:
        """Choose the password of an invited account with the mailed token (single use, 7 days); signs in."""
        user = await accounts.accept_invitation(token=data.token, password=data.password, redis=redis)
        return _token_for(user, settings)

    @post("/class-invitations/accept", status_code=200, problems=(410,))
    async def accept_class_invitation(self, data: ClassInvitationAccept, user: User) -> EnrollmentDetail:
        """Join the class a mailed offer names, signed in as the account it was sent to (single use, 7 days)."""
        return await class_invitations.accept(user, data.token)
