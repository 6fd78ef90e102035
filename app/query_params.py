"""Unknown query parameters are a 400, not silently ignored: `?verdcit=accepted` must not answer everything.

A `before_request` hook of the API router: the names a handler accepts are the query parameters its signature (and
its dependencies') declare, as Litestar's own kwargs model lists them, worked out once per handler.
"""

from __future__ import annotations

from typing import Any

from litestar import Request

from app.errors import InvalidInput

_accepted: dict[int, frozenset[str]] = {}


def _accepted_names(request: Request[Any, Any, Any]) -> frozenset[str]:
    handler = request.route_handler
    names = _accepted.get(id(handler))
    if names is None:
        model = handler.create_kwargs_model(path_parameters=dict.fromkeys(request.path_params))  # type: ignore[attr-defined]
        names = frozenset(parameter.field_alias for parameter in model.expected_query_params)
        _accepted[id(handler)] = names
    return names


async def reject_unknown_query_params(request: Request[Any, Any, Any]) -> None:
    if not request.scope.get("query_string"):
        return
    unknown = sorted(set(request.query_params) - _accepted_names(request))
    if unknown:
        raise InvalidInput(f"unknown query parameter: {', '.join(unknown)}", field=unknown[0], unknown=unknown)
