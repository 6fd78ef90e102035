"""The API docs pages, Swagger UI at /schema/swagger and ReDoc at /schema/redoc, from local assets only.

The scripts and styles are those the pinned `fastapi-offline` package ships (Swagger UI 5 and ReDoc 2; FastAPI is
already here for Piccolo Admin), served under /schema/assets. The pages hold no inline script: a small local script
starts the viewer on /schema/openapi.json, so the Content-Security-Policy can allow scripts from this origin only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import fastapi_offline
from litestar import Request, Router
from litestar.datastructures import ResponseHeader
from litestar.openapi.plugins import OpenAPIRenderPlugin
from litestar.static_files import create_static_files_router

ASSETS = "/schema/assets"
VENDOR = Path(fastapi_offline.__file__).parent / "static"
OURS = Path(__file__).parent / "static" / "docs"
# styled-components (ReDoc) and Swagger UI set inline styles; no inline script anywhere; ReDoc's search runs in a
# worker it starts from a blob
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


def _page(title: str, head: str, body: str) -> bytes:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    ).encode()


class LocalSwagger(OpenAPIRenderPlugin):
    """Swagger UI (try it out) from local assets; the assets router hangs off the OpenAPI router."""

    def __init__(self) -> None:
        super().__init__(path=["/swagger", "/"])

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        return _page(
            f"{openapi_schema['info']['title']}: Swagger UI",
            f"<link rel='stylesheet' href='{ASSETS}/swagger-ui.css'>",
            f"<div id='swagger-ui'></div><script src='{ASSETS}/swagger-ui-bundle.js'></script>"
            f"<script src='{ASSETS}/swagger-start.js'></script>",
        )

    def receive_router(self, router: Router) -> None:
        router.register(
            create_static_files_router(
                path="/assets", directories=[OURS, VENDOR], cache_control=None, include_in_schema=False
            )
        )


class LocalRedoc(OpenAPIRenderPlugin):
    """ReDoc (reading) from local assets; no web fonts."""

    def __init__(self) -> None:
        super().__init__(path="/redoc")

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        return _page(
            f"{openapi_schema['info']['title']}: ReDoc",
            "",
            f"<div id='redoc'></div><script src='{ASSETS}/redoc.standalone.js'></script>"
            f"<script src='{ASSETS}/redoc-start.js'></script>",
        )


def docs_router() -> Router:
    """The router Litestar fills with the document, the pages and the assets: every answer carries the CSP."""
    return Router(
        "/schema",
        route_handlers=[],
        include_in_schema=False,
        response_headers=[ResponseHeader(name="Content-Security-Policy", value=DOCS_CSP)],
    )
