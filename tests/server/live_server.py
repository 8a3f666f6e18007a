"""A real uvicorn server on 127.0.0.1 (ephemeral port) in a thread, on SQLite or PostgreSQL."""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tenor_server.app import create_app
from tenor_server.core.clock import OffsetServerClock
from tenor_server.core.config import Settings

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@dataclass
class LiveServer:
    """A running server and what tests need to inspect it."""

    base_url: str
    settings: Settings
    clock: OffsetServerClock
    blob_dir: Path


def postgres_admin_url() -> str:
    """The URL `make test` exported; fails in CI and skips locally when it is missing."""
    url = os.environ.get("TENOR_TEST_POSTGRES_URL")
    if url:
        return url
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("TENOR_TEST_POSTGRES_URL is not set in CI: scripts/postgres.sh did not run")
    pytest.skip("PostgreSQL not started (run `make test`, which starts it)")


@contextmanager
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database for one server."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    admin_url = postgres_admin_url()
    name = "tenor_" + secrets.token_hex(6)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def cheap_settings(url: str, tmp_path: Path, **overrides: object) -> Settings:
    """Cheap server-side hashing so tests stay fast; every other rule as in production."""
    values: dict[str, object] = {
        "database_url": url,
        "blob_dir": tmp_path / "blobs",
        "auth_hash_memory_kib": 64,
        "auth_hash_iterations": 1,
        "blob_threshold_bytes": 4096,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@contextmanager
def run_server(settings: Settings) -> Iterator[LiveServer]:
    """Serve ``settings`` on an ephemeral loopback port until the block ends."""
    clock = OffsetServerClock()
    app = create_app(settings, clock=clock)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", access_log=False, lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", settings, clock, settings.blob_dir)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.context.engine.dispose()
