"""PostgreSQL pool: a pooled connection that sat idle is tested, and replaced when dead."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine, exc, text

from tenor_server.db import engine as engine_module
from tests.server.live_server import postgres_admin_url


@contextmanager
def _pooled_connection_killed() -> Iterator[tuple[Engine, int]]:
    """A server engine whose one pooled connection the database has just terminated."""
    url = postgres_admin_url()
    engine = engine_module.build_engine(url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            backend = connection.scalar(text("SELECT pg_backend_pid()"))
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        yield engine, backend
    finally:
        engine.dispose()
        admin.dispose()


@pytest.mark.postgres
def test_a_dead_idle_connection_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    with _pooled_connection_killed() as (engine, backend):
        monkeypatch.setattr(engine_module, "_IDLE_BEFORE_PING_S", 0.0)
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT pg_backend_pid()")) != backend


@pytest.mark.postgres
def test_a_busy_connection_is_not_pinged() -> None:
    with _pooled_connection_killed() as (engine, _backend):
        # Checked in a moment ago: handed out untested, so the dead connection shows.
        with pytest.raises(exc.DBAPIError), engine.connect() as connection:
            connection.scalar(text("SELECT 1"))
