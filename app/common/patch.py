"""PATCH bodies: a field left out is unchanged (msgspec.UNSET), `null` clears a nullable field (a non-nullable one
refuses null at decoding, 400)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import msgspec


def changes(data: msgspec.Struct, names: Iterable[str]) -> dict[str, Any]:
    """The fields of `names` the body set, null included."""
    return {name: value for name in names if (value := getattr(data, name)) is not msgspec.UNSET}


def sent(value: Any) -> bool:
    return value is not msgspec.UNSET
