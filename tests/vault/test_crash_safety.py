"""SIGKILL a writer mid-stream: the vault opens, passes both integrity checks, loses nothing
that the writer reported as committed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from tenor_desktop.vault import fts
from tenor_desktop.vault.repositories import (
    ClientRepository,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import DB_NAME, Vault

from .conftest import PASSPHRASE

REPO_ROOT = Path(__file__).resolve().parents[2]

# The child appends segments (and now and then a large note version, so the kill can land
# inside a multi-page transaction) and prints each segment id only after its commit returned.
CHILD = """
import os, sys
from pathlib import Path
from tenor_desktop.core.models import NoteSection
from tenor_desktop.vault.repositories import NoteRepository, SegmentRepository
from tenor_desktop.vault.vault import Vault

vault = Vault.unlock(Path(sys.argv[1]), os.environ["CRASH_TEST_PASSPHRASE"])
session_id = sys.argv[2]
segments, notes = SegmentRepository(vault), NoteRepository(vault)
print("ready", flush=True)
index = int(sys.argv[3])
while True:
    text = f"utterance {index} " + "filler " * (index % 60)
    segment = segments.append(
        session_id, start_ms=index, end_ms=index + 1, speaker="speaker_0", text=text
    )
    print(f"{segment.id} {index}", flush=True)
    if index % 7 == 0:
        notes.save(session_id, template="soap", provider="offline",
                   sections=[NoteSection("Plan", "note text " * 3000, (segment.id,))])
    index += 1
"""


def _run_and_kill(vault_dir: Path, session_id: str, first_index: int) -> dict[int, int]:
    """Start the writer, SIGKILL it after a random number of commits; return id -> index."""
    env = {**os.environ, "CRASH_TEST_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_dir), session_id, str(first_index)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO_ROOT,
        env=env,
        text=True,
    )
    assert child.stdout is not None
    reported: dict[int, int] = {}
    try:
        assert child.stdout.readline().strip() == "ready"
        target = random.randint(80, 160)
        while len(reported) < target:
            line = child.stdout.readline()
            assert line, child.stderr.read() if child.stderr else "child exited"
            segment_id, index = line.split()
            reported[int(segment_id)] = int(index)
        time.sleep(random.uniform(0, 0.02))  # land anywhere inside the next write
        child.send_signal(signal.SIGKILL)
        remaining, _ = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    for line in remaining.splitlines():  # printed after commit, before the kill
        segment_id, index = line.split()
        reported[int(segment_id)] = int(index)
    assert child.returncode == -signal.SIGKILL
    return reported


def _check_vault(vault_dir: Path, session_id: str, reported: dict[int, int]) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert vault.read("PRAGMA cipher_integrity_check") == []
        assert [tuple(row) for row in vault.read("PRAGMA integrity_check")] == [("ok",)]
        with vault.transaction() as connection:  # raises if the FTS index is inconsistent
            for family in fts.FAMILIES:
                for table in fts.all_tables(connection, family):
                    connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        stored = {s.id: s for s in SegmentRepository(vault).list(session_id)}
        missing = set(reported) - set(stored)
        assert not missing, f"{len(missing)} committed segments lost"
        for segment_id, index in reported.items():
            assert stored[segment_id].text.startswith(f"utterance {index} ")
        seqs = [s.seq for s in SegmentRepository(vault).list(session_id)]
        assert seqs == list(range(len(seqs)))
    finally:
        vault.lock()


def test_sigkill_mid_write_loses_no_committed_segment(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    client = ClientRepository(vault).add("Crash")
    session_id = SessionRepository(vault).create(client.id, started_at=datetime.now(UTC)).id
    vault.lock()

    first = _run_and_kill(vault_dir, session_id, 0)
    wal = vault_dir / (DB_NAME + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # killed with uncheckpointed frames
    _check_vault(vault_dir, session_id, first)

    # A second kill on a vault that already went through recovery.
    second = _run_and_kill(vault_dir, session_id, max(first.values()) + 1000)
    _check_vault(vault_dir, session_id, {**first, **second})
