"""One JSON object per log line, from the API, the workers and RQ alike, with the request id that caused the line.

The API takes the request id from `X-Request-ID` (or makes one) and answers it back; the id travels with each job the
request enqueues (the job's meta), and the worker sets it again while the job runs, so a submission's request and its
grading lines share one id.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import sys
import threading
import time
import uuid

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
job_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("job_id", default=None)

REQUEST_ID_HEADER = "x-request-id"
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
# the attributes every LogRecord has; anything else was passed with `extra=` and goes into the JSON object
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}


def new_request_id(given: str | None = None) -> str:
    """The caller's id when it is a sane token (a proxy's), else a fresh one."""
    return given if given and _VALID_ID.match(given) else uuid.uuid4().hex


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name, value in vars(record).items():
            if name not in _STANDARD and not name.startswith("_"):
                entry[name] = value
        if (rid := request_id.get()) is not None:
            entry.setdefault("request_id", rid)
        if (jid := job_id.get()) is not None:
            entry.setdefault("job_id", jid)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(level: str | int = "INFO") -> None:
    """JSON lines on stderr for this process; uvicorn's and RQ's loggers go through the same handler."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "rq", "rq.worker"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    # the app writes the access line itself (with the request id, without the query string): uvicorn's is a copy
    access = logging.getLogger("uvicorn.access")
    access.handlers[:] = []
    access.propagate = False
    # what Python would print as plain text goes through the same handler: warnings, uncaught exceptions in the
    # main thread and in others (the outbox sweeper), and "exception ignored" reports
    logging.captureWarnings(True)
    uncaught = logging.getLogger("uncaught")
    sys.excepthook = lambda kind, value, tb: uncaught.critical("uncaught %s", kind.__name__, exc_info=(kind, value, tb))
    threading.excepthook = lambda args: uncaught.error(
        "uncaught %s in thread %s",
        args.exc_type.__name__,
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )
    sys.unraisablehook = lambda unraisable: uncaught.warning(
        "exception ignored in %r: %s", unraisable.object, unraisable.exc_value
    )
