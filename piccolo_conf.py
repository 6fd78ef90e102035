"""Piccolo's configuration: the Postgres engine from settings and the registry of apps."""

from piccolo.conf.apps import AppRegistry

from app.db import build_engine

DB = build_engine()

APP_REGISTRY = AppRegistry(
    apps=[
        "tables.piccolo_app",
        "seeds.piccolo_app",
        "piccolo_api.session_auth.piccolo_app",
    ]
)
