"""The code of recently read attempts, kept in this process by its sha256: a stored object never changes (it is
content-addressed), so a copy checked once is good forever. A student polling an attempt (`?wait=`) reads the same
code again and again; each read was an S3 round trip on a worker thread."""

from __future__ import annotations

from collections import OrderedDict

ENTRIES = 128  # at most MAX_CODE_BYTES each (64 KiB by default): 8 MiB at worst

_recent: OrderedDict[str, str] = OrderedDict()


def recall_code(sha256: str) -> str | None:
    code = _recent.get(sha256)
    if code is not None:
        _recent.move_to_end(sha256)
    return code


def keep_code(sha256: str, code: str) -> None:
    """`code` must already be checked against `sha256`."""
    _recent[sha256] = code
    _recent.move_to_end(sha256)
    while len(_recent) > ENTRIES:
        _recent.popitem(last=False)
