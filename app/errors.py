"""Domain exceptions and their RFC 9457 problem answers: one mapping table, no catch-all."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

import asyncpg
import msgspec
from litestar.exceptions import HTTPException, ValidationException
from litestar.plugins.problem_details import ProblemDetailsConfig, ProblemDetailsException, ProblemDetailsPlugin


class DomainError(Exception):
    """A rule of the domain said no; services raise these, never HTTP types."""

    status_code = 400
    title = "Bad request"
    problem_type: str | None = None  # a problem type of its own (`/problems/<it>`); else derived from the title

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers
        self.extra = extra


class InvalidInput(DomainError):
    status_code, title = 400, "Invalid input"


class NotAuthenticated(DomainError):
    status_code, title = 401, "Not authenticated"


class Forbidden(DomainError):
    status_code, title = 403, "Forbidden"


class NotFound(DomainError):
    status_code, title = 404, "Not found"


class SessionOver(Forbidden):
    title, problem_type = "Exam session over", "session_over"


class ClassArchived(Forbidden):
    title, problem_type = "Class archived", "class_archived"


class Conflict(DomainError):
    status_code, title = 409, "Conflict"


class Unprocessable(DomainError):
    status_code, title = 422, "Unprocessable content"


class Gone(DomainError):
    status_code, title = 410, "Gone"


class PayloadTooLarge(DomainError):
    status_code, title = 413, "Payload too large"


class UnsupportedMediaType(DomainError):
    status_code, title = 415, "Unsupported media type"


class RateLimited(DomainError):
    status_code, title = 429, "Too many requests"


class ServiceUnavailable(DomainError):
    """An outage refused the request: always with a `Retry-After`."""

    status_code, title = 503, "Service unavailable"
    retry_after_seconds = 5

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail, headers={"Retry-After": str(self.retry_after_seconds), **(headers or {})}, **extra)


def _problem(
    status: int,
    title: str,
    detail: str,
    *,
    headers: dict[str, str] | None = None,
    problem_type: str | None = None,
    **extra: Any,
) -> ProblemDetailsException:
    return ProblemDetailsException(
        status_code=status,
        title=title,
        detail=detail,
        type_=f"/problems/{problem_type or title.lower().replace(' ', '-')}",
        headers=headers,
        extra=extra or None,
    )


TITLES = {cls.status_code: cls.title for cls in DomainError.__subclasses__()}
BODY_PATH = "at `$.data"


def _title(status: int) -> str:
    return TITLES.get(status) or HTTPStatus(status).phrase.capitalize()


def _body_error(exc: BaseException | None) -> dict[str, str] | None:
    """A msgspec error about the request body, as Litestar words field errors; None when it is not one."""
    if not isinstance(exc, msgspec.ValidationError) or BODY_PATH not in str(exc):
        return None
    message, _, where = str(exc).partition(" - ")
    key = where.split(BODY_PATH, 1)[1].lstrip(".").rstrip("`")
    return {"message": message, "key": key or "data", "source": "body"}


def _http_problem(exc: HTTPException) -> ProblemDetailsException:
    """Litestar's own answers (routing, validation, guards) in the same shape as ours: type, title, status, detail,
    and `errors` listing the fields at fault for a 400."""
    if isinstance(exc, ValidationException):
        return _problem(400, InvalidInput.title, exc.detail, headers=exc.headers, errors=exc.extra or [])
    body_error = _body_error(exc.__cause__)
    if exc.status_code >= 500 and body_error is not None:
        # Litestar reads a body error whose key is also a dependency's name ("settings", "user") as a failed
        # dependency and answers 500; it is the client's input
        return _problem(400, InvalidInput.title, "Validation failed", errors=[body_error])
    title = _title(exc.status_code)
    detail = title if exc.status_code >= 500 else (exc.detail or title)
    return _problem(exc.status_code, title, detail, headers=exc.headers)


def _domain_problem(exc: DomainError) -> ProblemDetailsException:
    return _problem(
        exc.status_code, exc.title, exc.detail, headers=exc.headers, problem_type=exc.problem_type, **exc.extra
    )


def _database_down(exc: Exception) -> ProblemDetailsException:
    return _problem(
        503,
        "Service unavailable",
        "the database is unreachable; try again shortly",
        headers={"Retry-After": "5"},
        service="postgres",
    )


def _service_down(exc: Exception) -> ProblemDetailsException:
    return _problem(
        503, "Service unavailable", "a backing service is unreachable; try again shortly", headers={"Retry-After": "5"}
    )


def _unique_violation(exc: asyncpg.UniqueViolationError) -> ProblemDetailsException:
    constraint = getattr(exc, "constraint_name", None) or "unique"
    return _problem(409, "Conflict", f"a row with these values already exists ({constraint})", constraint=constraint)


def _bad_value(exc: asyncpg.DataError) -> ProblemDetailsException:
    return _problem(400, "Invalid input", "a value is out of range or malformed for its field")


def _restrict_violation(exc: asyncpg.PostgresError) -> ProblemDetailsException:
    return _problem(
        409,
        "Conflict",
        "this is still referenced (for example by submission attempts); archive or unpublish it instead",
    )


PROBLEM_MAP = {
    HTTPException: _http_problem,
    DomainError: _domain_problem,
    asyncpg.UniqueViolationError: _unique_violation,
    asyncpg.ForeignKeyViolationError: _restrict_violation,
    asyncpg.RestrictViolationError: _restrict_violation,
    # input the database refuses as data (an id beyond int4, say): the client's mistake, not ours
    asyncpg.DataError: _bad_value,
    # the database went away: say so with 503 instead of a 500, the pool reconnects by itself
    asyncpg.PostgresConnectionError: _database_down,
    asyncpg.CannotConnectNowError: _database_down,
    asyncpg.InterfaceError: _database_down,
    ConnectionError: _service_down,
    OSError: _service_down,
}


def problem_details_plugin() -> ProblemDetailsPlugin:
    return ProblemDetailsPlugin(
        ProblemDetailsConfig(enable_for_all_http_exceptions=True, exception_to_problem_detail_map=PROBLEM_MAP)
    )


_log = logging.getLogger("autograder.errors")


def answered_status(exc: Exception) -> int:
    """The status PROBLEM_MAP answers for `exc` (500 for what it does not map)."""
    for cls in type(exc).__mro__:
        if (to_problem := PROBLEM_MAP.get(cls)) is not None:
            return to_problem(exc).status_code
    return 500


async def log_unexpected_exception(exc: Exception, scope: Any) -> None:
    """Bugs and outages get a traceback in the log; client mistakes (4xx, whichever exception answered them) one
    warning line without one."""
    status = answered_status(exc)
    where = (scope.get("method"), scope.get("path"))
    if status < 500:
        detail = exc.detail if isinstance(exc, (DomainError, HTTPException)) else type(exc).__name__
        _log.warning("client error %s on %s %s: %s", status, *where, detail)
    elif isinstance(exc, DomainError):  # an outage we answered on purpose (503): its line says which
        _log.error("answered %s on %s %s: %s", status, *where, exc.detail)
    else:
        _log.error("unexpected %s on %s %s", type(exc).__name__, *where, exc_info=exc)
