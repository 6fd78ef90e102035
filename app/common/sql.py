"""The one way raw SQL runs in the API: through Piccolo's engine (transactions and the query count included), rows
turned into typed objects by msgspec, with the query's column aliases equal to the Struct's field names."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any, TypeVar

import asyncpg
import msgspec
from piccolo.engine import engine_finder
from piccolo.querystring import QueryString

T = TypeVar("T")

_PARAMETER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_PARAMETER_OR_BRACE = re.compile(_PARAMETER.pattern + r"|([{}])")


@lru_cache(maxsize=1024)
def _numbered(query: str) -> tuple[str, tuple[str, ...]]:
    """The query with each `:name` as its `$n`, and the names in `$n` order. Cached on the text: the workers run
    the same constant queries for every submission, so only the values' order is left to do per call."""
    order: dict[str, int] = {}

    def number(match: re.Match[str]) -> str:
        return f"${order.setdefault(match.group(1), len(order) + 1)}"

    return _PARAMETER.sub(number, query), tuple(order)


def _ordered(names: tuple[str, ...], params: Mapping[str, Any]) -> list[Any]:
    try:
        return [params[name] for name in names]
    except KeyError as missing:
        raise KeyError(f"the query names :{missing.args[0]} but no value was given") from None


def named(query: str, **params: Any) -> tuple[str, list[Any]]:
    """`:name` parameters (a name may repeat; `::type` casts are left alone) as asyncpg's `$n` and their values in
    order: raw SQL that names what it binds instead of counting `{}` or `$n`. On a connection:
    `query, args = named(...)`, then `connection.fetch(query, *args)` (the values spread, not the pair)."""
    numbered, names = _numbered(query)
    return numbered, _ordered(names, params)


def named_many(query: str, rows: Iterable[Mapping[str, Any]]) -> tuple[str, list[list[Any]]]:
    """`named` for asyncpg's `executemany`: the query converted once, each row's values (a mapping by name) in
    its `$n` order."""
    numbered, names = _numbered(query)
    return numbered, [_ordered(names, row) for row in rows]


def braced(query: str, **params: Any) -> tuple[str, list[Any]]:
    """`:name` parameters as Piccolo's `{}` placeholders and their values in order (a name used twice binds its
    value twice), so a query that uses a value in several places names it once. Piccolo reads every brace of its
    template as a placeholder, a doubled one too, so each brace of the query's own text (`'{}'::jsonb`) goes in as a
    nested QueryString of that brace: Piccolo copies a nested one's text as is."""
    values: list[Any] = []

    def placeholder(match: re.Match[str]) -> str:
        if brace := match.group(2):
            values.append(QueryString(brace * 2))
            return "{}"
        name = match.group(1)
        if name not in params:
            raise KeyError(f"the query names :{name} but no value was given")
        values.append(params[name])
        return "{}"

    return _PARAMETER_OR_BRACE.sub(placeholder, query), values


async def rows(query: str, /, **params: Any) -> list[dict[str, Any]]:
    """Run `query` and answer its rows as dicts. Values bind by name only (`:name`, given as keywords): there is no
    positional way to bind one."""
    template, values = braced(query, **params)
    records = await engine_finder().run_querystring(QueryString(template, *values))
    return [dict(record) for record in records or []]


async def fetch(type_: type[T], query: str, /, **params: Any) -> list[T]:
    return msgspec.convert(await rows(query, **params), list[type_])


async def fetch_one(type_: type[T], query: str, /, **params: Any) -> T | None:
    found = await rows(query, **params)
    return msgspec.convert(found[0], type_) if found else None


@asynccontextmanager
async def transaction() -> AsyncIterator[asyncpg.Connection]:
    """A transaction: `rows`, `fetch` and Piccolo queries inside it run in it (Piccolo's engine keeps it in a
    context variable), and its connection is handed out for what the API and the workers share, such as the grade
    ledger, which runs the same statements on a worker's connection."""
    async with engine_finder().transaction() as current:
        yield current.connection
