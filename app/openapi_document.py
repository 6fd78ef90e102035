"""The OpenAPI document as the API serves it, built without serving: `python -m app.openapi_document PATH` writes it
(`autograder openapi clients` runs this in a process of its own, since building the app loads piccolo_conf)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def build() -> dict[str, Any]:
    from app.asgi import create_app
    from app.openapi import document_problems

    return document_problems(create_app())


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(build(), indent=2, ensure_ascii=False) + "\n")
