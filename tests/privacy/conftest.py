"""Shared set-up of the privacy tests: canaries, a CLI runner with DEBUG logging, one vault.

The expensive part (``tenor init`` + ``tenor import`` in subprocesses: an Argon2id derivation and
the redaction models) runs once per test session; tests that change the vault work on a copy.
"""

from __future__ import annotations

import os
import secrets
import shutil
import string
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "privacy review passphrase 7"
CANARY_NAME = "Quillon Marchbanks"
CANARY_PHONE = "617-555-0199"
DEBUG_MARKER = "PRIVACY-DEBUG-LOGGING-ON"

# Configures the root logger at DEBUG on stderr in every subprocess, before tenor starts, and
# announces itself so a test can prove the capture really was on.
_SITECUSTOMIZE = textwrap.dedent(
    f"""
    import logging
    import sys

    logging.basicConfig(
        level=logging.DEBUG,
        stream=sys.stderr,
        format="LOG %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    logging.getLogger("privacy").debug("{DEBUG_MARKER}")
    """
)


def new_text_canary() -> str:
    """A lowercase alphabetic marker word: one FTS term, not an identifier to the redactor."""
    tail = "".join(secrets.choice(string.ascii_lowercase) for _ in range(14))
    return "zephyrcanary" + tail


@dataclass(frozen=True)
class Canaries:
    """The markers planted in one run: a pseudonym, a name and phone said aloud, a word."""

    pseudonym: str
    name: str
    phone: str
    word: str

    def all(self) -> tuple[str, ...]:
        """Every marker, for "never in logs" checks."""
        return (self.pseudonym, self.name, self.phone, self.word)

    def transcript(self) -> str:
        """A ``Speaker: text`` transcript carrying every marker."""
        return (
            f"Clinician: Good to see you again, {self.name}. How was the week?\n"
            f"Client: Honestly the {self.word} feeling came back on Tuesday.\n"
            f"Client: My sister keeps calling me at {self.phone} about it.\n"
            "Clinician: Let us keep the breathing exercise going for next week.\n"
        )


def found_in(text: str, canaries: Sequence[str]) -> list[str]:
    """The canaries (or their parts, case-insensitively) that occur in ``text``."""
    lowered = text.lower()
    hits = []
    for canary in canaries:
        parts = [canary, *(p for p in canary.split() if len(p) >= 6)]
        if any(part.lower() in lowered for part in parts):
            hits.append(canary)
    return hits


@dataclass(frozen=True)
class CliResult:
    """One finished ``tenor`` subprocess."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


class TenorCli:
    """Runs ``python -m tenor_desktop`` with DEBUG logging forced on through sitecustomize."""

    def __init__(self, site_dir: Path, home: Path) -> None:
        self._site_dir = site_dir
        self._home = home

    @property
    def home(self) -> Path:
        """The HOME (and working directory) every command runs with."""
        return self._home

    def run(
        self,
        *args: str,
        vault: Path | None = None,
        passphrase: str = PASSPHRASE,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 240,
    ) -> CliResult:
        """Run one command and capture everything it wrote."""
        argv = [*(("--vault", str(vault)) if vault is not None else ()), *args]
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self._home),
            "PYTHONPATH": os.pathsep.join([str(self._site_dir), str(REPO_ROOT)]),
            "TENOR_PASSPHRASE": passphrase,
            "PYTHONDONTWRITEBYTECODE": "1",
            "LANG": "C.UTF-8",
            **(env or {}),
        }
        completed = subprocess.run(
            [sys.executable, "-m", "tenor_desktop", *argv],
            input=stdin,
            capture_output=True,
            text=True,
            env=environment,
            cwd=self._home,
            timeout=timeout,
            check=False,
        )
        return CliResult(tuple(argv), completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture(scope="session")
def cli(tmp_path_factory: pytest.TempPathFactory) -> TenorCli:
    """The CLI runner (its own HOME, so nothing lands in the real one)."""
    site_dir = tmp_path_factory.mktemp("privacy-site")
    (site_dir / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    home = tmp_path_factory.mktemp("privacy-home")
    return TenorCli(site_dir, home)


@pytest.fixture(scope="session")
def canaries() -> Canaries:
    """Fresh markers for this test session.

    The word must reach every destination as plain text, so it must be no identifier to the
    redactor. A random lowercase word is one now and then to the NER model (about 1 in 70 is
    taken for a place in "the <word> feeling"): a drawn word the redactor takes is drawn again,
    so a test about where text goes never fails on what the redactor thinks of a nonsense word.
    """
    redactor = Redactor(
        RedactionSettings(phi_enabled=True, topics=frozenset()),
        RedactionModels.load(with_encoder=False),
    )
    for _ in range(50):
        drawn = Canaries(
            pseudonym=CANARY_NAME, name=CANARY_NAME, phone=CANARY_PHONE, word=new_text_canary()
        )
        if drawn.word in redactor.redact(drawn.transcript()).text:
            return drawn
    raise AssertionError("the redactor took every drawn canary word")


@dataclass(frozen=True)
class ImportedVault:
    """A vault made and filled by the CLI, and the outputs of the commands that did it."""

    directory: Path
    transcript: Path
    session_id: str
    client_id: str
    runs: tuple[CliResult, ...]


@pytest.fixture(scope="session")
def imported_vault(
    cli: TenorCli, canaries: Canaries, tmp_path_factory: pytest.TempPathFactory
) -> ImportedVault:
    """``tenor init`` then ``tenor import`` of a canary transcript (locked afterwards)."""
    import json

    root = tmp_path_factory.mktemp("privacy-vault")
    directory = root / "vault"
    transcript = root / "session.txt"
    transcript.write_text(canaries.transcript(), encoding="utf-8")
    init = cli.run("init", vault=directory)
    assert init.returncode == 0, init.stderr
    imported = cli.run(
        "import", str(transcript), "--client", canaries.pseudonym, "--json", vault=directory
    )
    assert imported.returncode == 0, imported.stderr
    document = json.loads(imported.stdout)
    return ImportedVault(
        directory, transcript, document["session_id"], document["client_id"], (init, imported)
    )


@pytest.fixture
def vault_copy(imported_vault: ImportedVault, tmp_path: Path) -> Path:
    """A private copy of the imported vault, for tests that change or damage it."""
    target = tmp_path / "vault"
    shutil.copytree(imported_vault.directory, target)
    return target
