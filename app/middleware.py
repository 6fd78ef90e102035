"""ASGI middleware: one structured log line per request (with its request id), and security headers on every
answer."""

from __future__ import annotations

import logging
import time

from litestar.types import ASGIApp, Message, Receive, Scope, Send

from app.common.fair_share import FairShare
from app.logs import REQUEST_ID_HEADER, new_request_id, request_id

access_log = logging.getLogger("autograder.access")

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
API_ONLY_HEADERS = [(b"cache-control", b"no-store")]


def request_log_middleware(app: ASGIApp) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        started = time.perf_counter()
        path = scope["path"]  # mounted apps rewrite the scope's path
        status = 500
        header = REQUEST_ID_HEADER.encode()
        rid = new_request_id(next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == header), None))
        token = request_id.set(rid)

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                existing = {name.lower() for name, _ in headers}
                extra = SECURITY_HEADERS + (API_ONLY_HEADERS if path.startswith("/api") else [])
                headers.extend(h for h in extra if h[0] not in existing)
                headers.append((REQUEST_ID_HEADER.encode(), rid.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await app(scope, receive, send_wrapper)
        finally:
            # never the query string or headers: they may carry tokens
            access_log.info(
                "request",
                extra={
                    "method": scope.get("method"),
                    "path": path,
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            request_id.reset(token)

    return middleware


def query_count_middleware(app: ASGIApp) -> ASGIApp:
    """Report the SQL queries a request ran (authentication included) in `X-Query-Count`: for tests and bench."""
    from app.db import counting_queries

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        with counting_queries() as counter:

            async def send_wrapper(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message["headers"] = [*message.get("headers", []), (b"x-query-count", str(counter[0]).encode())]
                await send(message)

            await app(scope, receive, send_wrapper)

    return middleware


def fair_share_middleware(app: ASGIApp, per_caller: int) -> ASGIApp:
    """Each user's requests at most `per_caller` at a time in this process (app/common/fair_share.py): a request
    takes its place once its token is checked and gives it back here, when its answer is sent."""
    share = FairShare(per_caller)

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        async with share.admission():
            await app(scope, receive, send)

    return middleware
