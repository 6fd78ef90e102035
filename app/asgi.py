"""create_app(): plugins, routers, exception handlers, admin mount; nothing else."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar, Router, asgi
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.openapi import OpenAPIConfig
from litestar.plugins.prometheus import PrometheusConfig
from litestar.types import ASGIApp, Receive, Scope, Send
from piccolo.engine import engine_finder

from app.adapters.blobstore import BlobStore
from app.adapters.cache import async_pubsub_redis, async_redis
from app.admin import build_admin
from app.auth import build_jwt_auth
from app.body_depth import check_api_request
from app.controllers import API_CONTROLLERS
from app.controllers.health import HealthController
from app.controllers.pages import AccountPagesController
from app.deps import DEPENDENCIES
from app.docs import LocalRedoc, LocalSwagger, docs_router
from app.errors import log_unexpected_exception, problem_details_plugin
from app.logs import configure_logging
from app.metrics import GradingMetricsCollector, MetricsController
from app.middleware import fair_share_middleware, query_count_middleware, request_log_middleware
from app.openapi import document_problems, operation_id
from app.settings import Settings, get_settings


def openapi_config() -> OpenAPIConfig:
    """The document at /schema/openapi.json, and its Swagger UI and ReDoc pages from local assets."""
    return OpenAPIConfig(
        title="Autograder API",
        version="0.1.0",
        path="/schema",
        render_plugins=[LocalSwagger(), LocalRedoc()],
        openapi_router=docs_router(),
        use_handler_docstrings=True,
        operation_id_creator=operation_id,
    )


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or get_settings()
    settings.require_production_secrets()
    configure_logging(settings.log_level)
    engine = engine_finder()
    redis = async_redis(settings.redis_address)
    pubsub = async_pubsub_redis(settings.redis_address)
    blobstore = BlobStore(settings)
    admin_app = build_admin(redis, settings)
    jwt_auth = build_jwt_auth(settings)
    grading_metrics = GradingMetricsCollector.register(settings)

    @asgi("/admin", is_mount=True, copy_scope=True)
    async def admin(scope: Scope, receive: Receive, send: Send) -> None:
        await admin_app(scope, receive, send)

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        await engine.start_pool()
        refresher = asyncio.create_task(grading_metrics.refresh_statuses_forever())
        try:
            yield
        finally:
            refresher.cancel()
            await engine.close_connection_pool()
            await redis.aclose()
            await pubsub.aclose()

    return Litestar(
        route_handlers=[
            HealthController,
            AccountPagesController,
            MetricsController,
            admin,
            Router(
                "/api",
                route_handlers=API_CONTROLLERS,
                dependencies=DEPENDENCIES,
                before_request=check_api_request,
            ),
        ],
        lifespan=[lifespan],
        on_startup=[document_problems],
        state=State(
            {"settings": settings, "redis": redis, "pubsub": pubsub, "blobstore": blobstore, "jwt_auth": jwt_auth}
        ),
        on_app_init=[jwt_auth.on_app_init],
        plugins=[problem_details_plugin()],
        middleware=[PrometheusConfig(app_name="autograder", group_path=True).middleware],
        cors_config=CORSConfig(allow_origins=settings.cors_origins.split(",")) if settings.cors_origins else None,
        openapi_config=openapi_config(),
        request_max_body_size=settings.max_body_bytes,
        logging_config=None,  # app.logs configures logging: JSON lines; after_exception logs what is unexpected
        after_exception=[log_unexpected_exception],
        debug=False,
    )


def serve() -> ASGIApp:
    """What the ASGI server runs: the app inside the request log, which also sees answers made outside routing."""
    settings = get_settings()
    app: ASGIApp = fair_share_middleware(create_app(settings), settings.requests_per_caller)
    if settings.query_count_header:
        app = query_count_middleware(app)
    return request_log_middleware(app)
