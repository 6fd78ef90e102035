"""The languages questions may be written in: names, source files and test kinds from `tables.enums.LANGUAGES`,
versions as the workers found the installed toolchains at start (the API host may have no compilers)."""

from __future__ import annotations

import logging

from redis.asyncio import Redis
from redis.exceptions import RedisError

from app.common.schemas import Page
from app.grading.contract import LANGUAGE_VERSIONS_KEY
from app.submissions.schemas import LanguageView
from tables.enums import LANGUAGES

log = logging.getLogger(__name__)


async def list_languages(redis: Redis) -> Page[LanguageView]:
    try:
        versions = {k.decode(): v.decode() for k, v in (await redis.hgetall(LANGUAGE_VERSIONS_KEY)).items()}
    except (RedisError, OSError) as exc:
        log.warning("language versions unknown: Redis unavailable (%s)", exc)
        versions = {}
    items = [
        LanguageView(
            id=language.value,
            name=info.name,
            version=versions.get(language.value) or None,
            source_file=info.source_file,
            test_kinds=[kind.value for kind in info.test_kinds],
        )
        for language, info in LANGUAGES.items()
    ]
    return Page(items=items, next_cursor=None, limit=len(items))
