from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.security.jwt import Token
from redis.asyncio import Redis

from app.schemas.auth import LoginRequest, LoginResponse, Me
from app.schemas.users import Accepted, InvitationAccept, PasswordChange, PasswordResetConfirm, PasswordResetRequest
from app.services import accounts, auth, sessions
from app.services.users import Credentials
from app.settings import Settings
from tables.users import User


def _client(request: Request[Any, Any, Any]) -> str:
    return request.client.host if request.client else "unknown"


def _token_for(user: User | Credentials, settings: Settings) -> LoginResponse:
    return LoginResponse(
        access_token=sessions.issue(settings, user.id, user.token_version),
        token_type="bearer",
        expires_in=settings.jwt_ttl_seconds,
    )


class AuthController(Controller):
    path = "/auth"
    tags = ["auth"]

    @post("/login", status_code=200, exclude_from_auth=True, problems=(401, 429))
    async def login(
        self, data: LoginRequest, request: Request[Any, Any, Any], redis: Redis, settings: Settings
    ) -> LoginResponse:
        """Exchange email and password for a bearer token (the same 401 for an unknown email or a wrong password)."""
        user = await auth.login(
            email=data.email, password=data.password, client=_client(request), redis=redis, settings=settings
        )
        return _token_for(user, settings)

    @get("/me")
    async def me(self, user: User) -> Me:
        """The signed-in user: id, email, name and global role."""
        return await auth.profile(user)

    @post("/refresh", status_code=200)
    async def refresh(self, user: User, settings: Settings) -> LoginResponse:
        """A fresh token for the signed-in caller (the one used stays valid until it expires or is logged out)."""
        return _token_for(user, settings)

    @post("/logout", status_code=204)
    async def logout(self, request: Request[User, Token, Any], redis: Redis) -> None:
        """Revoke the token used for this request, from the next request on, in every API process."""
        await sessions.revoke(redis, request.auth)

    @post("/logout-everywhere", status_code=204)
    async def logout_everywhere(self, user: User, redis: Redis) -> None:
        """Revoke every token of the caller issued so far."""
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
            address=_client(request),
            redis=redis,
            settings=settings,
        )
        return _token_for(changed, settings)

    @post("/password-reset", status_code=202, exclude_from_auth=True)
    async def request_password_reset(self, data: PasswordResetRequest, redis: Redis, settings: Settings) -> Accepted:
        """Always 202; when an active account has this email, a one-time reset link (1 hour) is mailed to it."""
        await accounts.request_reset(settings, redis, data.email)
        return Accepted(detail="if an account has this email, a reset link is on its way")

    @post("/password-reset/confirm", status_code=200, exclude_from_auth=True, problems=(410,))
    async def confirm_password_reset(
        self, data: PasswordResetConfirm, redis: Redis, settings: Settings
    ) -> LoginResponse:
        """Set a new password with the mailed token (single use); every older token of the account stops working."""
        user = await accounts.confirm_reset(token=data.token, password=data.password, redis=redis)
        return _token_for(user, settings)

    @post("/invitations/accept", status_code=200, exclude_from_auth=True, problems=(410,))
    async def accept_invitation(self, data: InvitationAccept, redis: Redis, settings: Settings) -> LoginResponse:
        """Choose the password of an invited account with the mailed token (single use, 7 days); signs in."""
        user = await accounts.accept_invitation(token=data.token, password=data.password, redis=redis)
        return _token_for(user, settings)
