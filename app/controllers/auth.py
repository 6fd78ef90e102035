from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from redis.asyncio import Redis

from app.schemas.auth import LoginRequest, LoginResponse, Me
from app.services import auth
from app.settings import Settings
from tables.users import User


class AuthController(Controller):
    path = "/auth"
    tags = ["auth"]

    @post("/login", status_code=200, exclude_from_auth=True, problems=(401, 429))
    async def login(
        self, data: LoginRequest, request: Request[Any, Any, Any], redis: Redis, settings: Settings
    ) -> LoginResponse:
        """Exchange email and password for a bearer token (the same 401 for an unknown email or a wrong password)."""
        client = request.client.host if request.client else "unknown"
        user = await auth.login(
            email=data.email,
            password=data.password,
            client=client,
            redis=redis,
            failures_per_minute=settings.login_rate_per_minute,
        )
        token = request.app.state.jwt_auth.create_token(identifier=str(user.id))
        return LoginResponse(access_token=token, token_type="bearer", expires_in=settings.jwt_ttl_seconds)

    @get("/me")
    async def me(self, user: User) -> Me:
        """The signed-in user: id, email, name and global role."""
        return await auth.profile(user)
