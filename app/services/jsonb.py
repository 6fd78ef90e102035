"""JSONB columns arrive as text from raw queries (Piccolo decodes only with load_json): one way to read them."""

from __future__ import annotations

import json
from typing import Any


def as_dict(value: Any) -> dict:
    return json.loads(value) if isinstance(value, str) else (value or {})
