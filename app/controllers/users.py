from __future__ import annotations

from typing import Annotated

from litestar import Controller, get, patch, post
from litestar.params import Parameter
from redis.asyncio import Redis

from app.accounts import accounts, auth, users
from app.accounts.schemas import Me, ProfileUpdate, UserCreate, UserCreated, UserSummary, UserUpdate
from app.common.pagination import window
from app.common.schemas import Page
from app.controllers.params import Cursor, Limit
from app.settings import Settings
from tables.enums import Role
from tables.users import User


class UserController(Controller):
    path = "/users"
    tags = ["users"]

    @post("/")
    async def create_user(self, user: User, data: UserCreate, settings: Settings) -> UserCreated:
        """Admins create accounts; without a password the account is invited by mail to choose one."""
        created = await users.create(user, data)
        sent = None if data.password else await accounts.send_invitation(settings, created, invited_by=user.email)
        summary = await users.get(created.id)
        return UserCreated(**{f: getattr(summary, f) for f in UserSummary.__struct_fields__}, invitation_sent=sent)

    @get("/")
    async def list_users(
        self,
        user: User,
        limit: Limit = None,
        cursor: Cursor = None,
        search: Annotated[str | None, Parameter(query="search", max_length=254)] = None,
        role: Annotated[Role | None, Parameter(query="role")] = None,
    ) -> Page[UserSummary]:
        """Admins search by email or name (`search`) and `role`; class instructors look up one exact email."""
        size, offset = window(limit, cursor)
        return await users.search(user, text=search, role=role, limit=size, offset=offset)

    @get("/me")
    async def get_me(self, user: User) -> Me:
        """The signed-in user's profile: email, name, role, avatar, editor settings and enrollments."""
        return await auth.profile(user)

    @patch("/me")
    async def update_me(self, user: User, data: ProfileUpdate, redis: Redis) -> Me:
        """display_name, avatar_url (https) and settings (editor theme, font size, key bindings, IANA time zone)."""
        return await auth.update_profile(user, data, redis=redis)

    @patch("/{user_id:int}")
    async def update_user(self, user: User, user_id: int, data: UserUpdate, redis: Redis) -> UserSummary:
        """Admins change display_name, role and active; a role or activity change revokes the user's tokens."""
        return await users.update(user, user_id, data, redis=redis)
