"""Time zones are IANA names, checked against the zone database (zoneinfo), for users and classes alike."""

from __future__ import annotations

import zoneinfo
from functools import cache

from app.errors import InvalidInput, field_error


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def require_known(name: str, field: str) -> None:
    if name not in _time_zones():
        message = f"unknown IANA time zone {name!r}"
        raise InvalidInput(f"{field}: {message}", field=field, errors=[field_error(field, message)])
