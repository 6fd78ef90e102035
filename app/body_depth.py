"""JSON bodies nested deeper than MAX_JSON_DEPTH are refused (400) before any decoder sees them: a 2 KB body of
1,000 nested arrays must not reach a recursive decoder (or our own merge of nested objects).

The check is linear and never recursive: strings are blanked out by one regular expression (brackets inside them do
not count), then the running depth of what remains is followed. A `before_request` hook of the API router, next to
the query parameter check; the body it reads is cached by Litestar for the handler.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Any

from litestar import Request

from app.errors import InvalidInput
from app.query_params import reject_unknown_query_params

MAX_JSON_DEPTH = 64
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
NOT_JSON = ("multipart/", "application/x-www-form-urlencoded", "text/")
STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
BRACKETS = b"[]{}"
NOT_BRACKETS = bytes(b for b in range(256) if b not in BRACKETS)
STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def too_deep(body: bytes) -> bool:
    """Whether the arrays and objects of a JSON text nest deeper than MAX_JSON_DEPTH."""
    brackets = STRING.sub(b"", body).translate(None, NOT_BRACKETS)
    if brackets.count(b"[") + brackets.count(b"{") <= MAX_JSON_DEPTH:
        return False  # the usual body: too few brackets to nest that deep, no need to follow them
    return max(accumulate(STEP[b] for b in brackets)) > MAX_JSON_DEPTH


async def reject_deep_json(request: Request[Any, Any, Any]) -> None:
    if request.method not in BODY_METHODS:
        return
    if request.headers.get("content-type", "").lower().startswith(NOT_JSON):
        return
    if too_deep(await request.body()):
        raise InvalidInput(
            f"the JSON body nests deeper than {MAX_JSON_DEPTH} levels",
            errors=[{"field": "body", "message": f"nested deeper than {MAX_JSON_DEPTH} levels"}],
        )


async def check_api_request(request: Request[Any, Any, Any]) -> None:
    """The API router's `before_request`: unknown query parameters, then over-deep JSON bodies."""
    await reject_unknown_query_params(request)
    await reject_deep_json(request)
