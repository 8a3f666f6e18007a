"""``tenor --vault DIR account register|login|logout|delete`` and ``tenor --vault DIR sync``.

Real vaults (SQLCipher files), a real server on loopback, the real CLI entry point.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from tenor_desktop.cli import main
from tenor_desktop.core.models import NoteSection
from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.vault.repositories import (
    ClientRepository,
    NoteRepository,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import Vault
from tests.server.live_server import LiveServer, cheap_settings, database_url, run_server

PASSPHRASE = "vault passphrase for tests"
PASSWORD = "account password for tests"
EMAIL = "therapist@example.org"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    """A live SQLite server."""
    with database_url("sqlite", tmp_path) as url:
        with run_server(cheap_settings(url, tmp_path)) as live:
            yield live


@pytest.fixture(autouse=True)
def _secrets_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENOR_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TENOR_ACCOUNT_PASSWORD", PASSWORD)
    monkeypatch.delenv("TENOR_TOTP", raising=False)


def _tenor(vault_dir: Path, *args: str) -> int:
    return main(["--vault", str(vault_dir), *args])


def _seed(vault_dir: Path) -> tuple[str, str]:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        client = ClientRepository(vault).add("Rosalind Q")
        session = SessionRepository(vault).create(client.id, started_at=datetime.now(UTC))
        SegmentRepository(vault).append(
            session.id, start_ms=0, end_ms=900, speaker="S1", text="I slept better this week."
        )
        NoteRepository(vault).save(
            session.id,
            template="soap",
            provider="offline",
            sections=[NoteSection(title="Subjective", text="Sleeping better.")],
        )
        return client.id, session.id


@pytest.mark.slow
def test_register_sync_login_delete_client_and_account(
    server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    assert _tenor(laptop, "init") == 0
    assert _tenor(desktop, "init") == 0
    client_id, session_id = _seed(laptop)
    common = ("--server", server.base_url, "--email", EMAIL)
    assert _tenor(laptop, "account", "register", *common) == 0
    assert _tenor(laptop, "sync") == 0
    assert _tenor(desktop, "account", "login", *common) == 0
    assert _tenor(desktop, "sync") == 0
    assert "received" in capsys.readouterr().out
    with Vault.unlock(desktop, PASSPHRASE) as vault:
        assert ClientRepository(vault).get(client_id).pseudonym == "Rosalind Q"
        assert [s.text for s in SegmentRepository(vault).list(session_id)] == [
            "I slept better this week."
        ]
        note = NoteRepository(vault).latest(session_id)
        assert note is not None
        assert note.sections[0].text == "Sleeping better."
    # Deleting the client on the laptop shreds it on the desktop.
    with Vault.unlock(laptop, PASSPHRASE) as vault:
        DeletionService(vault).delete_client(client_id)
    assert _tenor(laptop, "sync") == 0
    assert _tenor(desktop, "sync") == 0
    with Vault.unlock(desktop, PASSPHRASE) as vault:
        assert ClientRepository(vault).list() == []
        assert vault.read("SELECT COUNT(*) FROM client_keys")[0][0] == 0
    # Logout revokes this device's session on the server.
    assert _tenor(desktop, "account", "logout") == 0
    assert _tenor(desktop, "sync") == 1
    # Account deletion: server rows gone (login fails) and the local vault removed.
    assert _tenor(laptop, "account", "delete", *common) == 0
    assert not (laptop / "vault.db").exists()
    with httpx.Client(base_url=server.base_url) as http:
        params = http.post("/auth/params", json={"email": EMAIL}).json()
        assert params["memory_kib"] == 65536  # decoy parameters: the account is gone
    assert _tenor(desktop, "account", "login", *common) == 1
    assert "Sign-in failed" in capsys.readouterr().err


def test_account_commands_need_server_and_email(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _tenor(tmp_path / "v", "init") == 0
    assert _tenor(tmp_path / "v", "account", "login") == 1
    assert "--server" in capsys.readouterr().err
    assert (
        _tenor(
            tmp_path / "v", "account", "login", "--server", "http://example.org", "--email", EMAIL
        )
        == 1
    )
    assert "https://" in capsys.readouterr().err
