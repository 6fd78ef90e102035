"""Where a running `./manage up` says its embedded services listen: DATA_DIR/stack.json, written by the launcher
once they are up and removed when it stops. The CLI reads it so `autograder users create` beside a running stack
needs no URL exported by hand; a configured URL (environment or .env) always wins."""

from __future__ import annotations

import json
import os
from pathlib import Path

NAME = "stack.json"
# the setting each embedded service's URL stands in for
VARIABLES = {"postgres": "DATABASE_URL", "redis": "REDIS_URL", "s3": "S3_ENDPOINT_URL", "smtp": "SMTP_URL"}


def write(data_path: Path, urls: dict[str, str]) -> Path:
    """The embedded services' URLs (never a configured one, which may hold a password) and the launcher's pid."""
    path = data_path / NAME
    path.write_text(json.dumps({"pid": os.getpid(), "urls": urls}, indent=2))
    return path


def remove(data_path: Path) -> None:
    (data_path / NAME).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_urls(data_path: Path) -> dict[str, str]:
    """The settings (DATABASE_URL, ...) of the stack running from `data_path`; empty when none runs there."""
    try:
        written = json.loads((data_path / NAME).read_text())
    except (OSError, ValueError):
        return {}
    if not isinstance(written, dict) or not _alive(int(written.get("pid") or 0)):
        return {}
    urls = written.get("urls") or {}
    return {VARIABLES[name]: url for name, url in urls.items() if name in VARIABLES and isinstance(url, str)}
