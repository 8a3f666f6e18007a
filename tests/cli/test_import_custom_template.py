"""`tenor import` drafts with the client's default template, including the clinician's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tenor_desktop.cli import main
from tenor_desktop.services.workspace_service import WorkspaceService
from tenor_desktop.vault.vault import Vault

PASSPHRASE = "cli custom template passphrase"
TRANSCRIPT = (
    "Clinician: What brings you in?\n"
    "Client: Trouble sleeping since the move.\n"
    "Clinician: Let's keep a sleep diary this week.\n"
)
TEMPLATE = """key = "brief_intake"
name = "Brief intake"
description = "Two sections for a first contact."

[[sections]]
title = "Reason for contact"
guidance = "Why the client came."
categories = ["presenting", "observation"]
cues = []

[[sections]]
title = "Next steps"
guidance = "What happens next."
categories = ["plan", "goal"]
cues = []
"""


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(list(argv)) == 0
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


def test_import_uses_the_clients_own_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TENOR_PASSPHRASE", PASSPHRASE)
    vault_dir = tmp_path / "vault"
    assert main(["--vault", str(vault_dir), "init"]) == 0
    capsys.readouterr()
    # The clinician's templates live next to the vault folder, where the app also reads them.
    (tmp_path / "note_templates").mkdir()
    (tmp_path / "note_templates" / "brief_intake.toml").write_text(TEMPLATE, encoding="utf-8")
    transcript = tmp_path / "session.txt"
    transcript.write_text(TRANSCRIPT, encoding="utf-8")

    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        WorkspaceService(vault).add_client("Heron", default_template="brief_intake")
    finally:
        vault.lock()

    imported = _json(
        capsys, "--vault", str(vault_dir), "import", str(transcript), "--client", "Heron", "--json"
    )
    shown = _json(capsys, "--vault", str(vault_dir), "show", str(imported["session_id"]), "--json")
    note = shown["note"]
    assert isinstance(note, dict)
    assert note["template"] == "brief_intake"
    assert [s["title"] for s in note["sections"]] == ["Reason for contact", "Next steps"]
