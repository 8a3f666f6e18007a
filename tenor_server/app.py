"""The application factory: settings in, a ready FastAPI app out (migrations applied)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import FastAPI

from tenor_server import __version__
from tenor_server.api.middleware import install_middleware
from tenor_server.api.routes import account, auth, devices, items, totp, uploads
from tenor_server.api.schemas.auth import ErrorResponse
from tenor_server.core.clock import ServerClock, SystemServerClock
from tenor_server.core.config import Settings
from tenor_server.core.context import ServerContext
from tenor_server.core.device_sessions import DeviceSessions
from tenor_server.core.items import ItemRules
from tenor_server.core.throttle import LoginThrottle
from tenor_server.db.engine import autocommit_reads, build_engine, build_session_factory
from tenor_server.db.migrate import upgrade_to_head
from tenor_server.storage.blobs import BlobStore

LOG_FORMAT = "%(asctime)s %(name)s %(message)s"


def build_context(settings: Settings, clock: ServerClock | None = None) -> ServerContext:
    """Connect to the database, migrate it, and wire the services."""
    engine = build_engine(settings.database_url)
    upgrade_to_head(engine)
    blobs = BlobStore(settings.blob_dir)
    return ServerContext(
        settings=settings,
        engine=engine,
        read_engine=autocommit_reads(engine),
        session_factory=build_session_factory(engine),
        clock=clock or SystemServerClock(),
        blobs=blobs,
        throttle=LoginThrottle(settings),
        device_sessions=DeviceSessions(settings),
        items=ItemRules(settings, blobs),
    )


def create_app(settings: Settings | None = None, *, clock: ServerClock | None = None) -> FastAPI:
    """The ASGI app. Interactive docs are off (their scripts would break the strict CSP)."""
    context = build_context(settings or Settings(), clock)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The limiter belongs to the running event loop, so it is sized once that loop runs.
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = context.settings.request_threads
        yield

    app = FastAPI(
        title="Tenor sync server",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.context = context
    install_middleware(app, hsts_seconds=context.settings.hsts_seconds)
    errors: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorResponse} for code in (400, 401, 403, 404, 409, 410, 413, 429)
    }
    # The sync routes first: the router tries routes in order and every request of a sync
    # round would otherwise be matched against all the auth and account routes first.
    for module in (items, uploads, auth, account, totp, devices):
        app.include_router(module.router, responses=errors)

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        """Liveness for the load balancer."""
        return {"status": "ok"}

    return app


def configure_logging() -> None:
    """Request lines (``tenor_server.requests``, no bodies) to stderr, once per process."""
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)


def create_app_from_environment() -> FastAPI:
    """The app of one uvicorn worker process: settings from ``TENOR_SERVER_*`` variables only.

    Worker processes are spawned, so the parent's logging set-up does not reach them.
    """
    configure_logging()
    return create_app(Settings())
