"""Migrations match the models; strict headers; request logs carry no bodies, ids or e-mail."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from tenor_server.db.migrate import upgrade_to_head
from tenor_server.db.models import Base
from tests.server.api_helpers import new_account, put_item
from tests.server.live_server import BACKENDS, LiveServer, database_url


@pytest.mark.parametrize("backend", BACKENDS)
def test_migrations_produce_exactly_the_models(backend: str, tmp_path: Path) -> None:
    with database_url(backend, tmp_path) as url:
        engine = create_engine(url)
        try:
            upgrade_to_head(engine)
            upgrade_to_head(engine)  # idempotent: a second worker starting changes nothing
            with engine.connect() as connection:
                differences = compare_metadata(
                    MigrationContext.configure(connection), Base.metadata
                )
            assert differences == []
        finally:
            engine.dispose()


def test_security_headers_on_every_response(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        for response in (http.get("/health"), http.get("/items"), http.get("/nowhere")):
            assert response.headers["strict-transport-security"].startswith("max-age=63072000")
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["x-frame-options"] == "DENY"
            assert "default-src 'none'" in response.headers["content-security-policy"]
            assert response.headers["cache-control"] == "no-store"
        assert http.get("/docs").status_code == 404


def test_request_log_has_route_templates_only(
    live_server: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tenor_server.requests")
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        put_item(http, account, "note_canary_id", b"CANARY-BODY")
        http.get("/items/note_canary_id", headers=account.headers, params={"cursor": 5})
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "PUT /items/{item_id} 200" in text
    for secret in ("note_canary_id", "CANARY", account.email, account.access_token, "cursor"):
        assert secret not in text
