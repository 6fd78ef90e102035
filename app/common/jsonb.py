"""JSONB columns arrive as text from raw queries (Piccolo decodes only with load_json): one way to read them."""

from __future__ import annotations

import json
from typing import Any, TypeVar

import msgspec

T = TypeVar("T")


def as_dict(value: Any) -> dict:
    return json.loads(value) if isinstance(value, str) else (value or {})


def as_struct(value: Any, type_: type[T]) -> T:
    """Stored JSON back as the Struct that wrote it (dates parsed, defaults filled in)."""
    if isinstance(value, str):
        return msgspec.json.decode(value, type=type_)
    return msgspec.convert(value or {}, type_)
