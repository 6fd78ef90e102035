"""Query parameters every list handler shares: the page size and the opaque cursor."""

from __future__ import annotations

from typing import Annotated

from litestar.params import Parameter

Limit = Annotated[int | None, Parameter(query="limit", ge=1, le=200)]
Cursor = Annotated[str | None, Parameter(query="cursor", max_length=20)]
