"""`tenor --vault DIR init|import|clients|sessions|show|search|delete` on real vaults."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tenor_desktop.cli import main
from tenor_desktop.core.models import NoteSection, NoteStatement
from tenor_desktop.vault.repositories import NoteRepository
from tenor_desktop.vault.vault import Vault

PASSPHRASE = "cli test passphrase"
TRANSCRIPT = "Clinician: What brings you in?\nClient: Trouble sleeping since the move.\n"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("cli") / "vault"
    env_before = os.environ.get("TENOR_PASSPHRASE")
    os.environ["TENOR_PASSPHRASE"] = PASSPHRASE
    try:
        assert main(["--vault", str(directory), "init"]) == 0
    finally:
        if env_before is None:
            del os.environ["TENOR_PASSPHRASE"]
        else:
            os.environ["TENOR_PASSPHRASE"] = env_before
    return directory


@pytest.fixture
def vault_dir(tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TENOR_PASSPHRASE", PASSPHRASE)
    shutil.copytree(template, tmp_path / "vault")
    return tmp_path / "vault"


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    path = tmp_path / "session.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_then_browse_with_json(
    vault_dir: Path, transcript: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(vault_dir)
    code, out, _ = run(capsys, "--vault", vault, "import", str(transcript), "--client", "Robin")
    session_id = out.strip()
    assert code == 0 and session_id.startswith("se_")
    code, out, _ = run(
        capsys, "--vault", vault, "import", str(transcript), "--client", "Robin", "--json"
    )
    second = json.loads(out)
    assert code == 0 and second["session_id"].startswith("se_")
    assert second["segment_count"] == 2 and second["created_client"] is False

    code, out, _ = run(capsys, "--vault", vault, "clients", "--json")
    [client] = json.loads(out)["clients"]
    assert client["pseudonym"] == "Robin" and client["retention"] == "never"

    code, out, _ = run(capsys, "--vault", vault, "sessions", "--client", "Robin", "--json")
    ids = {s["id"] for s in json.loads(out)["sessions"]}
    assert ids == {session_id, second["session_id"]}

    code, out, _ = run(capsys, "--vault", vault, "show", session_id, "--json")
    shown = json.loads(out)
    assert shown["id"] == session_id and shown["client"]["id"] == client["id"]
    assert [(s["speaker_name"], s["text"]) for s in shown["segments"]] == [
        ("Clinician", "What brings you in?"),
        ("Client", "Trouble sleeping since the move."),
    ]
    # import drafts an offline note at once, marked as a draft for review
    assert shown["note"]["provider"] == "offline" and shown["note"]["draft"] is True

    code, out, _ = run(capsys, "--vault", vault, "show", session_id)
    assert code == 0 and "Client: Trouble sleeping since the move." in out

    opened = Vault.unlock(vault_dir, PASSPHRASE)
    first_segment = shown["segments"][0]["id"]
    NoteRepository(opened).save(
        session_id,
        template="soap",
        provider="offline",
        sections=(
            NoteSection(
                "Subjective",
                "Reports poor sleep.",
                (first_segment,),
                (NoteStatement("Reports poor sleep.", (first_segment,), True),),
            ),
        ),
    )
    opened.lock()
    _, out, _ = run(capsys, "--vault", vault, "show", session_id, "--json")
    note = json.loads(out)["note"]
    assert note["version"] == 2 and note["sections"][0]["statements"] == [
        {"text": "Reports poor sleep.", "evidence": [first_segment], "supported": True}
    ]
    _, out, _ = run(capsys, "--vault", vault, "show", session_id)
    assert "## Subjective" in out and "Note v2 (soap, offline, draft)" in out

    code, out, _ = run(capsys, "--vault", vault, "search", "sleeping", "--json")
    hits = json.loads(out)["hits"]
    assert {h["session_id"] for h in hits} == ids
    segment_hits = [h for h in hits if h["kind"] == "segment"]
    assert segment_hits and all("«sleeping»" in h["snippet"] for h in segment_hits)
    assert {h["kind"] for h in hits} <= {"segment", "note"}


def test_delete_subcommands(
    vault_dir: Path, transcript: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(vault_dir)
    _, out, _ = run(
        capsys, "--vault", vault, "import", str(transcript), "--client", "Kite", "--json"
    )
    imported = json.loads(out)
    code, out, _ = run(capsys, "--vault", vault, "delete", "transcript", imported["session_id"])
    assert code == 0
    _, out, _ = run(capsys, "--vault", vault, "show", imported["session_id"], "--json")
    assert json.loads(out)["segments"] == []
    _, out, _ = run(capsys, "--vault", vault, "search", "sleeping", "--json")
    hits = json.loads(out)["hits"]
    assert [h for h in hits if h["kind"] == "segment"] == []  # transcript gone
    assert [h["kind"] for h in hits] == ["note"]  # the note stays with a transcript deletion
    code, out, _ = run(
        capsys, "--vault", vault, "delete", "client", imported["client_id"], "--json"
    )
    assert code == 0 and json.loads(out) == {"deleted": "client", "id": imported["client_id"]}
    _, out, _ = run(capsys, "--vault", vault, "clients", "--json")
    assert json.loads(out)["clients"] == []
    _, out, _ = run(capsys, "--vault", vault, "search", "sleeping", "--json")
    assert json.loads(out)["hits"] == []


def test_errors_go_to_stderr_with_exit_1_and_no_phi(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(vault_dir)
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    code, out, err = run(capsys, "--vault", vault, "init")
    assert code == 1 and out == "" and "already holds data" in err
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir()} == before

    secret_name = tmp_path / "Jane-Doe-session.txt"
    code, out, err = run(capsys, "--vault", vault, "import", str(secret_name), "--client", "Jane")
    assert code == 1 and out == "" and "does not exist" in err
    assert "Jane" not in err

    code, _, err = run(capsys, "--vault", vault, "sessions", "--client", "Jane Doe")
    assert code == 1 and "Jane" not in err

    code, _, err = run(capsys, "--vault", vault, "show", "se_doesnotexist")
    assert code == 1 and "se_doesnotexist" in err

    code, _, err = run(capsys, "--vault", str(tmp_path / "nowhere"), "clients")
    assert code == 1 and "No vault" in err


def test_wrong_passphrase_and_prompt(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TENOR_PASSPHRASE", "guess-one-two")
    code, out, err = run(capsys, "--vault", str(vault_dir), "clients")
    assert code == 1 and out == "" and "Wrong passphrase" in err and "guess" not in err
    monkeypatch.delenv("TENOR_PASSPHRASE")
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    code, out, err = run(capsys, "--vault", str(vault_dir), "clients", "--json")
    assert code == 0 and json.loads(out) == {"clients": []} and prompts
    assert "waiting" in err  # the earlier failure is throttled (1 s)

    def no_terminal(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", no_terminal)
    code, _, err = run(capsys, "--vault", str(vault_dir), "clients")
    assert code == 1 and "TENOR_PASSPHRASE" in err


def test_init_prompts_twice_and_refuses_a_mismatch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TENOR_PASSPHRASE", raising=False)
    answers = iter(["first passphrase", "second passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    code, _, err = run(capsys, "--vault", str(tmp_path / "v"), "init")
    assert code == 1 and "differ" in err and not (tmp_path / "v").exists()


def test_console_entry_point_in_a_subprocess(vault_dir: Path, transcript: Path) -> None:
    env = {**os.environ, "TENOR_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "tenor_desktop", "--vault", str(vault_dir)]
    imported = subprocess.run(
        [*command, "import", str(transcript), "--client", "Wren", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr
    session_id = json.loads(imported.stdout)["session_id"]
    bad = subprocess.run(
        [*command, "show", session_id],
        env={**env, "TENOR_PASSPHRASE": "nope-nope"},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.startswith("tenor: Wrong passphrase")
