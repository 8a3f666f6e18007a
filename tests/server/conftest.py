"""Fixtures: a live server per test on each backend, and small API helpers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.live_server import BACKENDS, LiveServer, cheap_settings, database_url, run_server


@pytest.fixture(params=BACKENDS)
def live_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    """A fresh server on SQLite and on PostgreSQL."""
    with database_url(request.param, tmp_path) as url:
        with run_server(cheap_settings(url, tmp_path)) as server:
            yield server
