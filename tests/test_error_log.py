"""Client mistakes are one warning line without a traceback, whichever exception answered them; bugs keep theirs."""

from __future__ import annotations

import asyncio
import logging

import asyncpg
import msgspec
import pytest
from litestar.exceptions import NotFoundException

from app.errors import Conflict, ServiceUnavailable, log_unexpected_exception

SCOPE = {"method": "POST", "path": "/api/classes"}


@pytest.mark.parametrize(
    ("exc", "status"),
    [
        (asyncpg.UniqueViolationError("duplicate key"), 409),
        (asyncpg.DataError("out of range"), 400),
        (Conflict("already enrolled"), 409),
        (NotFoundException("no route"), 404),
    ],
)
def test_a_client_error_is_one_warning_line_without_a_traceback(caplog, exc: Exception, status: int) -> None:
    with caplog.at_level(logging.INFO, logger="autograder.errors"):
        asyncio.run(log_unexpected_exception(exc, SCOPE))
    [record] = caplog.records
    assert (record.levelno, record.exc_info) == (logging.WARNING, None)
    assert record.getMessage().startswith(f"client error {status} on POST /api/classes")
    assert "\n" not in record.getMessage()


def test_an_outage_answered_on_purpose_is_one_error_line_and_a_bug_keeps_its_traceback(caplog) -> None:
    with caplog.at_level(logging.INFO, logger="autograder.errors"):
        asyncio.run(log_unexpected_exception(ServiceUnavailable("S3 is down"), SCOPE))
        asyncio.run(log_unexpected_exception(msgspec.EncodeError("a bug"), SCOPE))
    outage, bug = caplog.records
    assert (outage.levelno, outage.exc_info) == (logging.ERROR, None)
    assert bug.levelno == logging.ERROR and bug.exc_info is not None
