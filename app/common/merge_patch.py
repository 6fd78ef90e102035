"""JSON Merge Patch (RFC 7396) for the nested objects of a PATCH (an assignment's `config`, a class's `settings`):
keys sent replace, `null` removes (the default applies again), keys not sent stay.

The merged object is then checked as the typed Struct that stores it: every unknown key is named (400), and a value
that does not fit is refused with the path to it, in the `errors: [{field, message}]` shape of every 400.
"""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec

from app.common.jsonb import as_dict
from app.errors import InvalidInput, field_error

S = TypeVar("S", bound=msgspec.Struct)


def merge(target: Any, patch: Any) -> Any:
    """RFC 7396 MergePatch(target, patch); bounded in depth by the API's JSON depth limit (app/body_depth.py)."""
    if not isinstance(patch, dict):
        return patch
    merged = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge(merged.get(key), value)
    return merged


def unknown_keys(value: dict[str, Any], info: msgspec.inspect.StructType, prefix: str) -> list[str]:
    """The dotted paths of the keys of `value` (and of its nested objects) that `info` does not define."""
    fields = {field.encode_name: field for field in info.fields}
    found = []
    for key, item in value.items():
        field = fields.get(key)
        if field is None:
            found.append(f"{prefix}.{key}")
        elif isinstance(field.type, msgspec.inspect.StructType) and isinstance(item, dict):
            found.extend(unknown_keys(item, field.type, f"{prefix}.{key}"))
    return found


def checked(value: dict[str, Any], type_: type[S], field: str) -> S:
    """`value` as a `type_`, or 400 naming every unknown key, else the first value that does not fit."""
    unknown = unknown_keys(value, msgspec.inspect.type_info(type_), field)
    if unknown:
        raise InvalidInput(
            f"unknown key(s): {', '.join(unknown)}",
            field=unknown[0],
            errors=[field_error(path, "unknown key") for path in unknown],
        )
    try:
        return msgspec.convert(value, type_)
    except msgspec.ValidationError as exc:
        message, _, where = str(exc).partition(" - at `$")
        path = field + where.rstrip("`")
        raise InvalidInput(f"{path}: {message}", field=path, errors=[field_error(path, message)]) from None


def patched(stored: Any, patch: dict[str, Any], type_: type[S], field: str) -> S:
    """The stored object (JSON text or a dict) with `patch` merged into it, checked as `type_`."""
    return checked(merge(as_dict(stored), patch), type_, field)
