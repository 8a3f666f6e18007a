"""The real-vault half of bench/sync_bench.py: a SQLCipher vault of N sessions, synced.

``fill_vault`` builds the vault once (clients with a key and a search index each, as
``ClientRepository`` makes them; sessions, segments and notes in bulk),
and ``measure_vault`` copies it, signs the copy in, uploads it, then times no-change rounds:
with the change log (schema 5 dirty tracking) and, as the baseline in the same run, with a
forced full comparison of every record (what every round did before dirty tracking).
"""

from __future__ import annotations

import json
import secrets
import shutil
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from tenor_desktop.sync.account import register_account
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.device_account import DeviceAccountStore
from tenor_desktop.sync.engine import SyncEngine
from tenor_desktop.sync.local_changes import FULL_SCAN_DONE
from tenor_desktop.sync.sync_state import SyncState
from tenor_desktop.sync.vault_store import VaultLocalStore
from tenor_desktop.vault import database, fts, keys
from tenor_desktop.vault.vault import KEY_HEADER_NAME, Vault

VAULT_PASSPHRASE = "bench vault passphrase"  # noqa: S105 (synthetic data)
SEGMENTS_PER_SESSION = 10
LINE = "Client describes the week, sleep improving, some worry about work deadlines."


def fill_vault(directory: Path, sessions: int) -> Path:
    """A vault with ``sessions`` sessions over sessions/20 clients; returns its directory.

    Filled in a child process over a plain sqlcipher3 connection with the vault's key and
    PRAGMAs (as bench/vault_caseload.py does): ``cipher_memory_security``, which the app's
    ``Vault`` turns on process-wide, makes a bulk load about ten times slower.
    """
    Vault.create(directory, VAULT_PASSPHRASE).lock()
    header = keys.read_key_header(directory / KEY_HEADER_NAME)
    key_hex = bytes(keys.unwrap_vault_key(header, VAULT_PASSPHRASE)).hex()
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        pool.submit(_fill, str(directory / "vault.db"), key_hex, sessions).result()
    return directory


def _fill(path: str, key_hex: str, sessions: int) -> None:
    """Child process: clients with keys and search indexes, then sessions in bulk."""
    connection = sqlcipher.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    fts.register_functions(connection)  # the search-index triggers call it
    database.configure(connection)
    clients = [f"cl_bench{n:05d}" for n in range(max(1, sessions // 20))]
    stamp = datetime(2021, 1, 4, 9, tzinfo=UTC)
    connection.execute("BEGIN IMMEDIATE")
    for n, client_id in enumerate(clients):
        connection.execute(
            "INSERT INTO clients(id, pseudonym, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (client_id, f"Client {n:04d}", stamp.isoformat(), stamp.isoformat()),
        )
        connection.execute(
            "INSERT INTO client_keys(client_id, key_id, key) VALUES (?, ?, ?)",
            (client_id, f"ck_bench{n:05d}", secrets.token_bytes(32)),
        )
        fts.create_shard(connection, client_id)  # as ClientRepository.add does
    connection.execute("COMMIT")
    for first in range(0, sessions, 500):
        connection.execute("BEGIN IMMEDIATE")
        for n in range(first, min(first + 500, sessions)):
            _add_session(connection, clients[n % len(clients)], n, stamp)
        connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    connection.close()


def _add_session(connection: Any, client_id: str, n: int, start: datetime) -> None:
    session_id = f"se_bench{n:06d}"
    stamp = (start + timedelta(hours=n)).isoformat()
    connection.execute(
        "INSERT INTO sessions(id, client_id, started_at, ended_at, duration_ms, status)"
        " VALUES (?, ?, ?, ?, ?, 'ready')",
        (session_id, client_id, stamp, stamp, 3_000_000),
    )
    connection.executemany(
        "INSERT INTO segments(session_id, seq, start_ms, end_ms, speaker, text)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (session_id, i, i * 5000, i * 5000 + 4000, "A", LINE)
            for i in range(SEGMENTS_PER_SESSION)
        ],
    )
    sections = [{"title": "S", "text": LINE * 4, "evidence": [], "statements": []}]
    connection.execute(
        "INSERT INTO notes(id, session_id, version, template, provider, sections, created_at)"
        " VALUES (?, ?, 1, 'soap', 'offline', ?, ?)",
        (f"nt_bench{n:06d}", session_id, json.dumps(sections), stamp),
    )


def measure_vault(
    template: Path, work: Path, base_url: str, email: str, password: str
) -> dict[str, Any]:
    """Upload a copy of ``template`` and time no-change rounds with and without change marks."""
    directory = work / "vault"
    shutil.copytree(template, directory)
    vault = Vault.unlock(directory, VAULT_PASSPHRASE)
    api = SyncApiClient(base_url, timeout=300)
    try:
        accounts = DeviceAccountStore(vault)
        accounts.save(base_url, register_account(api, email, password, device_name="vault"))
        stored = accounts.load()
        assert stored is not None
        state = SyncState(accounts.state_path)
        engine = SyncEngine(api, VaultLocalStore(vault), state, stored.account_key)
        started = time.perf_counter()
        first = engine.sync()
        upload_s = time.perf_counter() - started
        engine.sync()  # settles marks left by the upload's own bookkeeping
        tracked = _timed_rounds(engine, state, 10, full_scan=False)
        full = _timed_rounds(engine, state, 3, full_scan=True)
        state.close()
        return {
            "vault_items_uploaded": first.pushed,
            "vault_initial_upload_s": round(upload_s, 2),
            "vault_no_change_sync_ms_median": round(statistics.median(tracked) * 1000, 1),
            "vault_no_change_full_scan_ms_median": round(statistics.median(full) * 1000, 1),
            "vault_no_change_speedup_vs_full_scan": round(
                statistics.median(full) / statistics.median(tracked), 1
            ),
        }
    finally:
        api.close()
        vault.lock()


def _timed_rounds(
    engine: SyncEngine, state: SyncState, rounds: int, *, full_scan: bool
) -> list[float]:
    timings = []
    for _ in range(rounds):
        if full_scan:
            with state.transaction():
                state.set_flag(FULL_SCAN_DONE, False)
        started = time.perf_counter()
        report = engine.sync()
        timings.append(time.perf_counter() - started)
        assert (report.pushed, report.pulled) == (0, 0), report
    return timings
