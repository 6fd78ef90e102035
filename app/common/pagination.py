"""Every list is paginated the same way: `limit` (capped) and an opaque `cursor` (the offset), stable order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from app.common.schemas import MAX_PAGE_SIZE, Page
from app.errors import InvalidInput

T = TypeVar("T")
DEFAULT_PAGE_SIZE = 50


def window(limit: int | None, cursor: str | None) -> tuple[int, int]:
    """(limit, offset) from query parameters; a bad cursor or limit is a 400."""
    if limit is None:
        limit = DEFAULT_PAGE_SIZE
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise InvalidInput(f"limit must be between 1 and {MAX_PAGE_SIZE}", field="limit")
    offset = 0
    if cursor:
        if not cursor.isdigit() or len(cursor) > 9:
            raise InvalidInput("cursor is not one this API gave out", field="cursor")
        offset = int(cursor)
    return limit, offset


def page(rows: Sequence[T], limit: int, offset: int) -> Page[T]:
    """`rows` was fetched with limit + 1 so we know whether another page follows."""
    more = len(rows) > limit
    return Page(items=list(rows[:limit]), next_cursor=str(offset + limit) if more else None, limit=limit)
