"""Shapes shared by every resource: pages of items, and bounded scalar types."""

from __future__ import annotations

from typing import Annotated, Generic, TypeVar

import msgspec

T = TypeVar("T")

MAX_PAGE_SIZE = 200
Id = Annotated[int, msgspec.Meta(ge=1, le=2**31 - 1)]
# at least one character that is not white space
Title = Annotated[str, msgspec.Meta(min_length=1, max_length=200, pattern=r"^[^\x00]*\S[^\x00]*$")]
Text = Annotated[str, msgspec.Meta(max_length=100_000, pattern=r"^[^\x00]*$")]
ShortText = Annotated[str, msgspec.Meta(max_length=200, pattern=r"^[^\x00]*$")]
Points = Annotated[float, msgspec.Meta(ge=0, le=1_000_000)]
Order = Annotated[int, msgspec.Meta(ge=0, le=100_000)]
# RFC 5321's mailbox with RFC 6531's UTF-8 letters: a dot-atom before one @, letter-digit-hyphen labels after it,
# no quotes, literals or encoded words (app/common/emails.py checks scripts and canonicalizes)
_ATEXT = r"A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\uffff"
_LABEL = r"[A-Za-z0-9\u0080-\uffff](?:[A-Za-z0-9\u0080-\uffff-]*[A-Za-z0-9\u0080-\uffff])?"
EMAIL_PATTERN = rf"^(?!.*=\?)[{_ATEXT}]+(?:\.[{_ATEXT}]+)*@(?:{_LABEL}\.)+{_LABEL}\.?$"
Email = Annotated[str, msgspec.Meta(min_length=3, max_length=254, pattern=EMAIL_PATTERN)]
# what would break a mail header or body line out of a name: C0 and C1 controls, DEL, Unicode line separators
CONTROL_CHARACTERS = r"\x00-\x1f\x7f-\x9f\u2028\u2029"
Slug = Annotated[str, msgspec.Meta(min_length=1, max_length=100, pattern=r"^[a-z0-9][a-z0-9-]*$")]


class Page(msgspec.Struct, Generic[T]):
    items: list[T]
    next_cursor: str | None
    limit: int
