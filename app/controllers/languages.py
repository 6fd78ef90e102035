from __future__ import annotations

from litestar import Controller, get
from redis.asyncio import Redis

from app.common.schemas import Page
from app.submissions import languages
from app.submissions.schemas import LanguageView
from tables.users import User


class LanguageController(Controller):
    path = "/languages"
    tags = ["languages"]

    @get("/")
    async def list_languages(self, user: User, redis: Redis) -> Page[LanguageView]:
        """Every language: id, name, toolchain version (null until a worker has reported it), source file name
        and the test kinds it supports."""
        return await languages.list_languages(redis)
