"""The synthetic caseload for bench/vault_bench.py: generated once, cached under bench/.cache/.

At scale 1: 150 clients, 6,000 sessions over five years, ~6,000-word transcripts (~36 M words)
in 20-word segments, one four-section note per session. Words are sampled from a 30,000-word
pseudo-vocabulary with Zipf frequencies, so FTS doclists look like real speech (a few very
common terms, a long tail). The encrypted vault and the unencrypted twin are filled by two child
processes from the same seed, so they hold identical rows.

The children open the files with a plain sqlcipher3 connection (the vault's PRAGMAs, its raw
key, but without ``cipher_memory_security``, which is process-wide and would make the one-off
bulk load ~10x slower); the file format is identical, and every measurement then goes through
the app's own ``Vault``.
"""

from __future__ import annotations

import json
import secrets
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy as np
import sqlcipher3.dbapi2 as sqlcipher

from tenor_desktop.vault import database, fts, keys, migrations
from tenor_desktop.vault.vault import KEY_HEADER_NAME, Vault

PASSPHRASE = "bench passphrase for a synthetic caseload"  # noqa: S105 (synthetic data)
FULL_CLIENTS, FULL_SESSIONS = 150, 6000
WORDS_PER_SESSION, WORDS_PER_SEGMENT = 6000, 20
DELETE_CLIENT_SESSIONS = 60
VOCABULARY_SIZE = 30_000
NOTE_WORDS_PER_SECTION = 80
SEED = 20260105
SEGMENT_SQL = (
    "INSERT INTO segments(session_id, seq, start_ms, end_ms, speaker, text) VALUES (?,?,?,?,?,?)"
)


@dataclass(frozen=True)
class Caseload:
    """A built caseload on disk and the handles the measurements need."""

    scale: float
    vault_dir: Path
    plain_path: Path
    clients: int
    sessions: int
    segments: int
    words: int
    delete_client_id: str
    delete_client_sessions: int
    sample_session_id: str
    sample_text: str
    queries: tuple[str, ...]
    build_seconds: float

    def summary(self) -> dict[str, Any]:
        """JSON-ready description (paths as text)."""
        data = asdict(self)
        data["vault_dir"], data["plain_path"] = str(self.vault_dir), str(self.plain_path)
        data["queries"] = list(self.queries)
        return data

    def describe(self) -> str:
        """One line for the console."""
        return f"{self.clients} clients, {self.sessions} sessions, {self.words:,} words"


def build_caseload(cache: Path, scale: float, *, rebuild: bool = False) -> Caseload:
    """Build the caseload into ``cache`` (vault + plain twin) or reuse a previous build."""
    directory = cache / f"caseload-{scale:g}"
    meta = directory / "caseload.json"
    if meta.exists() and not rebuild:
        data = json.loads(meta.read_text())
        data["vault_dir"], data["plain_path"] = Path(data["vault_dir"]), Path(data["plain_path"])
        data["queries"] = tuple(data["queries"])
        cached = Caseload(**data)
        _upgrade_schema(cached)
        return cached
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    started = time.perf_counter()
    Vault.create(directory / "vault", PASSPHRASE).lock()
    header = keys.read_key_header(directory / "vault" / KEY_HEADER_NAME)
    key_hex = bytes(keys.unwrap_vault_key(header, PASSPHRASE)).hex()
    plan = _plan(scale)
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        encrypted = pool.submit(_fill, str(directory / "vault" / "vault.db"), key_hex, plan)
        plain = pool.submit(_fill, str(directory / "plain.db"), None, plan)
        stats, plain_stats = encrypted.result(), plain.result()
    if stats != plain_stats:
        raise RuntimeError("the vault and its plain twin diverged")
    vocabulary = _vocabulary(np.random.default_rng(SEED))
    caseload = Caseload(
        scale=scale,
        vault_dir=directory / "vault",
        plain_path=directory / "plain.db",
        clients=len(plan),
        sessions=sum(plan),
        segments=stats["segments"],
        words=sum(plan) * WORDS_PER_SESSION,
        delete_client_id=_client_id(0),
        delete_client_sessions=plan[0],
        sample_session_id=_session_id(plan[0]),  # the first session of a client that stays
        sample_text=stats["sample_text"],
        queries=(
            *(str(vocabulary[rank]) for rank in (30, 300, 3000, 20000)),
            f"{vocabulary[40]} {vocabulary[400]}",
        ),
        build_seconds=round(time.perf_counter() - started, 1),
    )
    meta.write_text(json.dumps(caseload.summary(), indent=2) + "\n")
    return caseload


def _upgrade_schema(caseload: Caseload) -> None:
    """Migrate a caseload cached by an older build (both files, in parallel children)."""
    header = keys.read_key_header(caseload.vault_dir / KEY_HEADER_NAME)
    key_hex = bytes(keys.unwrap_vault_key(header, PASSPHRASE)).hex()
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        encrypted = pool.submit(_migrate, str(caseload.vault_dir / "vault.db"), key_hex)
        plain = pool.submit(_migrate, str(caseload.plain_path), None)
        applied = (encrypted.result(), plain.result())
    if any(applied):
        print(f"  migrated the cached caseload ({applied[0]} schema steps)", flush=True)


def _migrate(path: str, key_hex: str | None) -> int:
    """Child process: bring one cached file to the current schema (timed, printed)."""
    started = time.perf_counter()
    connection = sqlcipher.connect(path, isolation_level=None)
    if key_hex is not None:
        connection.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    fts.register_functions(connection)
    database.configure(connection)
    applied = migrations.migrate(connection)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    connection.close()
    if applied:
        seconds = time.perf_counter() - started
        print(f"  {'vault' if key_hex else 'plain'}: migrated in {seconds:.0f} s", flush=True)
    return applied


def _plan(scale: float) -> list[int]:
    """Sessions per client; client 0 (the one deleted) gets up to 60."""
    clients = max(2, round(FULL_CLIENTS * scale))
    sessions = max(2 * clients, round(FULL_SESSIONS * scale))
    first = min(DELETE_CLIENT_SESSIONS, sessions // 2)
    rest, others = sessions - first, clients - 1
    return [first] + [rest // others + (1 if i < rest % others else 0) for i in range(others)]


def _fill(path: str, key_hex: str | None, plan: list[int]) -> dict[str, Any]:
    """Child process: insert the whole caseload, one transaction per client."""
    connection = sqlcipher.connect(path, isolation_level=None)
    if key_hex is not None:
        connection.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    fts.register_functions(connection)  # the search-index triggers call it
    database.configure(connection)
    migrations.migrate(connection)
    rng = np.random.default_rng(SEED)
    vocabulary, probabilities = _vocabulary(rng), _zipf(VOCABULARY_SIZE)
    segments, number, sample_text = 0, 0, ""
    for client_index, count in enumerate(plan):
        client_id = _client_id(client_index)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO clients(id, pseudonym, created_at, updated_at) VALUES (?,?,?,?)",
            (client_id, f"Client {client_index:03d}", _stamp(0), _stamp(0)),
        )
        connection.execute(
            "INSERT INTO client_keys(client_id, key_id, key) VALUES (?,?,?)",
            (client_id, f"ck_bench{client_index:05d}", secrets.token_bytes(32)),
        )
        fts.create_shard(connection, client_id)  # as ClientRepository.add does
        for _ in range(count):
            session_id, stamp = _session_id(number), _stamp(number)
            connection.execute(
                "INSERT INTO sessions(id, client_id, started_at, ended_at, duration_ms, status)"
                " VALUES (?,?,?,?,?,?)",
                (session_id, client_id, stamp, stamp, 3_000_000, "ready"),
            )
            rows, note = _session_rows(rng, vocabulary, probabilities, session_id)
            connection.executemany(SEGMENT_SQL, rows)
            connection.execute(
                "INSERT INTO notes(id, session_id, version, template, provider, sections,"
                " created_at) VALUES (?,?,?,?,?,?,?)",
                (f"nt_bench{number:06d}", session_id, 1, "soap", "offline", note, stamp),
            )
            segments += len(rows)
            sample_text = sample_text or rows[0][5]
            number += 1
        connection.execute("COMMIT")
        if client_index % 10 == 0:
            print(f"  {'vault' if key_hex else 'plain'}: {number} sessions", flush=True)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    connection.close()
    return {"segments": segments, "sample_text": sample_text}


def _vocabulary(rng: np.random.Generator) -> np.ndarray:
    """Pronounceable pseudo-words, shortest first (so the commonest words are short)."""
    syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in "aeiou"]
    words: set[str] = set()
    while len(words) < VOCABULARY_SIZE:
        lengths = rng.integers(1, 5, size=4096)
        picks = rng.integers(0, len(syllables), size=(4096, 4))
        words.update(
            "".join(syllables[i] for i in row[:n]) for n, row in zip(lengths, picks, strict=True)
        )
    return np.array(sorted(words, key=lambda w: (len(w), w))[:VOCABULARY_SIZE])


def _zipf(size: int) -> np.ndarray:
    weights: np.ndarray = 1.0 / np.arange(1, size + 1)
    normalised: np.ndarray = weights / weights.sum()
    return normalised


def _session_rows(
    rng: np.random.Generator, vocabulary: np.ndarray, probabilities: np.ndarray, session_id: str
) -> tuple[list[tuple[Any, ...]], str]:
    """~300 segment rows and the note JSON of one session."""
    picks = vocabulary[rng.choice(len(vocabulary), WORDS_PER_SESSION, p=probabilities)].tolist()
    rows = []
    for seq, start in enumerate(range(0, WORDS_PER_SESSION, WORDS_PER_SEGMENT)):
        text = " ".join(picks[start : start + WORDS_PER_SEGMENT])
        speaker = "Clinician" if seq % 2 else "Client"
        rows.append((session_id, seq, seq * 6000, seq * 6000 + 5800, speaker, text))
    titles = ("Subjective", "Objective", "Assessment", "Plan")
    sections = [
        {"title": title, "text": " ".join(picks[i * 97 : i * 97 + NOTE_WORDS_PER_SECTION])}
        for i, title in enumerate(titles)
    ]
    return rows, json.dumps([{**s, "evidence": []} for s in sections], separators=(",", ":"))


def _client_id(index: int) -> str:
    return f"cl_bench{index:05d}"


def _session_id(number: int) -> str:
    return f"se_bench{number:06d}"


def _stamp(number: int) -> str:
    """Sessions spread over five years, in order."""
    first = date(2021, 1, 4).toordinal()
    day = date.fromordinal(first + (number * 1826) // FULL_SESSIONS)
    return f"{day.isoformat()}T09:00:00+00:00"
