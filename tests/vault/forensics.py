"""Forensic reader for SQLCipher 4 vault files, independent of SQLite.

It decrypts every page of the database file (free pages included), every frame of the WAL and
every record of a rollback journal with nothing but the raw 32-byte vault key, so a test can ask
"does this byte string survive anywhere an attacker holding the key could look?" without going
through SQLite's b-tree (which never shows free pages, freeblocks or stale WAL frames).

SQLCipher 4 defaults, checked against the SQLCipher sources and a database made by sqlcipher3:
- page size 4096; the first 16 bytes of the file are the random salt (stored in clear);
- each page ends with 80 reserved bytes: a 16-byte IV, then a 64-byte HMAC-SHA512;
- AES-256-CBC without padding over ``page[0 or 16 : page_size - 80]``;
- a raw key (``PRAGMA key = "x'<64 hex>'"``) is the AES key as is (no PBKDF2);
- the HMAC key is PBKDF2-HMAC-SHA512(aes_key, salt XOR 0x3a, 2 iterations, 32 bytes) and the
  tag covers ``ciphertext || IV || page_number as 4 bytes little-endian``.

Every page is authenticated before it is trusted: a wrong key or a misunderstanding of the format
raises ``ForensicFormatError`` instead of silently "finding nothing".
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import struct
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tenor_desktop.core.models import NoteSection, SessionStatus
from tenor_desktop.vault import keys
from tenor_desktop.vault.repositories import NoteRepository, SegmentRepository, SessionRepository
from tenor_desktop.vault.vault import DB_NAME, KEY_HEADER_NAME, Vault

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = 80  # IV + HMAC rounded to the AES block size
HMAC_SALT_MASK = 0x3A
HMAC_KDF_ITERATIONS = 2
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24
SQLITE_MAGIC = b"SQLite format 3\x00"


class ForensicFormatError(Exception):
    """A page did not authenticate: wrong key, or the file is not what we think it is."""


@dataclass(frozen=True)
class DecryptedPage:
    """One decrypted page and where it came from."""

    source: str  # "db", "wal" or "journal"
    position: int  # page index in the db file, frame index in the WAL, record index in a journal
    page_number: int  # the database page number the content belongs to (0 = all-zero slot)
    plaintext: bytes


class PageDecryptor:
    """Authenticates and decrypts single SQLCipher 4 pages for one database (one salt)."""

    def __init__(self, raw_key: bytes, salt: bytes) -> None:
        if len(raw_key) != 32 or len(salt) != SALT_SIZE:
            raise ValueError("need a 32-byte raw key and a 16-byte salt")
        self._key = raw_key
        hmac_salt = bytes(byte ^ HMAC_SALT_MASK for byte in salt)
        self._hmac_key = hashlib.pbkdf2_hmac("sha512", raw_key, hmac_salt, HMAC_KDF_ITERATIONS, 32)

    def decrypt(self, page_number: int, page: bytes) -> bytes:
        """Return the plaintext of ``page`` (page 1: without the salt); raise on a bad HMAC."""
        if len(page) != PAGE_SIZE:
            raise ForensicFormatError(f"page {page_number} has {len(page)} bytes")
        start = SALT_SIZE if page_number == 1 else 0
        ciphertext = page[start : PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
        tag = page[PAGE_SIZE - RESERVE + IV_SIZE : PAGE_SIZE - RESERVE + IV_SIZE + HMAC_SIZE]
        expected = hmac.new(
            self._hmac_key, ciphertext + iv + struct.pack("<I", page_number), hashlib.sha512
        ).digest()
        if not hmac.compare_digest(expected, tag):
            raise ForensicFormatError(f"HMAC mismatch on page {page_number}")
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(iv)).decryptor()
        return decryptor.update(ciphertext) + decryptor.finalize()


def read_salt(db_path: Path) -> bytes:
    """The 16-byte salt at the start of a SQLCipher database file."""
    with db_path.open("rb") as handle:
        salt = handle.read(SALT_SIZE)
    if len(salt) != SALT_SIZE or salt == SQLITE_MAGIC:
        raise ForensicFormatError("not an encrypted SQLCipher database")
    return salt


def decrypt_database_pages(db_path: Path, raw_key: bytes) -> list[DecryptedPage]:
    """Decrypt every page of the database file, in use or free."""
    data = db_path.read_bytes()
    if len(data) % PAGE_SIZE:
        raise ForensicFormatError("database size is not a multiple of the page size")
    decryptor = PageDecryptor(raw_key, data[:SALT_SIZE])
    pages = []
    for index in range(len(data) // PAGE_SIZE):
        page = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        pages.append(DecryptedPage("db", index, index + 1, decryptor.decrypt(index + 1, page)))
    return pages


def decrypt_wal_frames(wal_path: Path, raw_key: bytes, salt: bytes) -> list[DecryptedPage]:
    """Decrypt every complete frame of a WAL file, including frames from old checkpoints."""
    data = wal_path.read_bytes() if wal_path.exists() else b""
    if len(data) < WAL_HEADER_SIZE:
        return []
    page_size = struct.unpack(">I", data[8:12])[0]
    if page_size != PAGE_SIZE:
        raise ForensicFormatError(f"WAL page size {page_size}")
    decryptor = PageDecryptor(raw_key, salt)
    frames = []
    frame_size = WAL_FRAME_HEADER_SIZE + PAGE_SIZE
    offset = WAL_HEADER_SIZE
    position = 0
    while offset + frame_size <= len(data):
        page_number = struct.unpack(">I", data[offset : offset + 4])[0]
        page = data[offset + WAL_FRAME_HEADER_SIZE : offset + frame_size]
        frames.append(_decrypt_slot("wal", position, page_number, page, decryptor))
        offset += frame_size
        position += 1
    return frames


def decrypt_journal_records(journal_path: Path, raw_key: bytes, salt: bytes) -> list[DecryptedPage]:
    """Decrypt the page records of a rollback journal (first journal header only)."""
    data = journal_path.read_bytes() if journal_path.exists() else b""
    if len(data) < 28:
        return []
    # SQLite leaves the magic zeroed until the journal is synced, and PERSIST mode zeroes the
    # whole header at commit; an attacker reads the records regardless, so only the sizes count.
    sector_size, page_size = struct.unpack(">II", data[20:28])
    if page_size == 0 and sector_size == 0:
        sector_size, page_size = 512, PAGE_SIZE  # zeroed header: assume SQLite's defaults
    if page_size != PAGE_SIZE:
        raise ForensicFormatError(f"journal page size {page_size}")
    decryptor = PageDecryptor(raw_key, salt)
    records = []
    record_size = 4 + PAGE_SIZE + 4
    offset = sector_size
    position = 0
    while offset + record_size <= len(data):
        page_number = struct.unpack(">I", data[offset : offset + 4])[0]
        page = data[offset + 4 : offset + 4 + PAGE_SIZE]
        records.append(_decrypt_slot("journal", position, page_number, page, decryptor))
        offset += record_size
        position += 1
    return records


def _decrypt_slot(
    source: str, position: int, page_number: int, page: bytes, decryptor: PageDecryptor
) -> DecryptedPage:
    # A zero-filled slot (truncated or preallocated space) carries nothing to decrypt.
    if page_number == 0 and not any(page):
        return DecryptedPage(source, position, 0, page)
    return DecryptedPage(source, position, page_number, decryptor.decrypt(page_number, page))


def decrypt_vault_database(db_path: Path, raw_key: bytes) -> list[DecryptedPage]:
    """Every decrypted page of the db file plus its -wal frames and -journal records."""
    salt = read_salt(db_path)
    wal = Path(f"{db_path}-wal")
    journal = Path(f"{db_path}-journal")
    return (
        decrypt_database_pages(db_path, raw_key)
        + decrypt_wal_frames(wal, raw_key, salt)
        + decrypt_journal_records(journal, raw_key, salt)
    )


def canary_needles(canary: str) -> tuple[bytes, ...]:
    """Byte patterns that reveal ``canary``: the whole token and its random tail.

    FTS5 stores index terms prefix-compressed (a term may share its first bytes with the
    previous term on the leaf), so the tail is searched too; canaries are lowercase alphanumeric
    so that the unicode61 tokenizer keeps them as a single term.
    """
    if not re.fullmatch(r"[a-z0-9]{20,}", canary):
        raise ValueError("a canary must be 20+ lowercase alphanumerics (one FTS term)")
    return (canary.encode(), canary[-16:].encode())


def pages_containing(pages: Iterable[DecryptedPage], canary: str) -> list[DecryptedPage]:
    """The decrypted pages in which any needle of ``canary`` occurs."""
    needles = canary_needles(canary)
    return [page for page in pages if any(needle in page.plaintext for needle in needles)]


def count_occurrences(pages: Iterable[DecryptedPage], canary: str) -> int:
    """How many times the canary's random tail occurs across all pages."""
    tail = canary_needles(canary)[1]
    return sum(page.plaintext.count(tail) for page in pages)


def files_under(*directories: Path) -> Iterator[Path]:
    """Every regular file below the given directories (missing directories are skipped)."""
    for directory in directories:
        if directory.is_dir():
            yield from (path for path in directory.rglob("*") if path.is_file())


def raw_files_containing(paths: Iterable[Path], canary: str) -> list[Path]:
    """Files whose raw bytes contain the canary in clear (UTF-8 or UTF-16)."""
    needles = (*canary_needles(canary), canary.encode("utf-16-le"), canary.encode("utf-16-be"))
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue  # vanished between listing and reading (a transient temp file)
        if any(needle in data for needle in needles):
            hits.append(path)
    return hits


def open_deleted_files_containing(canary: str) -> list[str]:
    """Unlinked-but-open files of this process (SQLite temp files) holding the canary in clear.

    SQLite unlinks its temp files right after creating them, so a directory listing never
    shows them; on Linux ``/proc/self/fd`` still reaches them while they are open.
    """
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    needles = canary_needles(canary)
    hits = []
    for entry in fd_dir.iterdir():
        try:
            target = os.readlink(entry)
            if not target.endswith("(deleted)"):
                continue
            data = entry.read_bytes()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            hits.append(target)
    return hits


# -- vault-level sweep ----------------------------------------------------------------------

FTS_TABLES = ("segments_fts", "notes_fts")  # families: the global tables and every shard
_FTS_SHADOWS = ("content", "data", "idx", "docsize")


def all_fts_tables(connection: Any) -> list[str]:
    """Every FTS5 table in the vault: the global pair and each client's shard pair."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        " ORDER BY name"
    ).fetchall()
    names = [str(row[0]) for row in rows]
    return [name for name in names if re.fullmatch(r"(segments|notes)_fts(_[0-9]+)?", name)]


def raw_vault_key(directory: Path, passphrase: str) -> bytes:
    """Unwrap the raw SQLCipher key from a vault's key header, as an attacker with the passphrase
    would (the page reader needs nothing else)."""

    return bytes(
        keys.unwrap_vault_key(keys.read_key_header(directory / KEY_HEADER_NAME), passphrase)
    )


def fts_traces(connection: Any, canary: str) -> list[str]:
    """Where the canary survives in the FTS5 tables, asked through SQL (shadow tables, vocab)."""
    needles = canary_needles(canary)
    traces = []
    for table in all_fts_tables(connection):
        # Traces name the family (segments_fts, notes_fts), not the client's shard number.
        family = table.rstrip("0123456789").rstrip("_")
        for shadow in _FTS_SHADOWS:
            name = f"{table}_{shadow}"
            for row in connection.execute(f"SELECT * FROM {name}").fetchall():
                if any(_cell_contains(cell, needles) for cell in row):
                    traces.append(f"{family}_{shadow} row")
        match = connection.execute(
            f"SELECT count(*) FROM {table} WHERE {table} MATCH ?",
            (f'"{canary}"',),
        ).fetchone()[0]
        if match:
            traces.append(f"{family} MATCH ({match} rows)")
        vocab = f"forensic_vocab_{table}"
        connection.execute(f"CREATE VIRTUAL TABLE temp.{vocab} USING fts5vocab(main, {table}, row)")
        try:
            terms = connection.execute(
                f"SELECT term FROM temp.{vocab} WHERE term = ?",
                (canary,),
            ).fetchall()
        finally:
            connection.execute(f"DROP TABLE temp.{vocab}")
        if terms:
            traces.append(f"{family} vocabulary term")
    return traces


def _cell_contains(cell: object, needles: tuple[bytes, ...]) -> bool:
    if isinstance(cell, str):
        data = cell.encode()
    elif isinstance(cell, bytes | bytearray | memoryview):
        data = bytes(cell)
    else:
        return False
    return any(needle in data for needle in needles)


def temp_files_since(started_at: float) -> list[Path]:
    """Top-level files of the system temp directory changed since ``started_at`` (epoch s)."""
    directory = Path(tempfile.gettempdir())
    found = []
    for path in directory.iterdir():
        try:
            if path.is_file() and path.stat().st_mtime >= started_at:
                found.append(path)
        except OSError:
            continue  # another process removed it meanwhile
    return found


def plaintext_leaks(directory: Path, canary: str, started_at: float) -> list[str]:
    """Places an attacker WITHOUT the key could read the canary: raw files, temp files."""
    candidates = [*files_under(directory), *temp_files_since(started_at)]
    leaks = [f"raw file {path.name}" for path in raw_files_containing(candidates, canary)]
    leaks += [f"open deleted file {target}" for target in open_deleted_files_containing(canary)]
    return leaks


def canary_traces(
    directory: Path,
    raw_key: bytes,
    canary: str,
    *,
    since: float,
    connection: Any | None = None,
) -> list[str]:
    """Every place the canary survives for an attacker holding the vault key.

    Decrypted database pages (free pages included), WAL frames, journal records, the FTS5
    shadow tables and vocabulary (when a live connection is given), and plaintext leaks in
    the vault directory and in temp files written since ``since`` (epoch seconds).
    """
    db = directory / DB_NAME
    traces = []
    if db.exists():
        pages = decrypt_vault_database(db, raw_key)
        traces += [
            f"{page.source} page {page.page_number}" for page in pages_containing(pages, canary)
        ]
    if connection is not None:
        traces += fts_traces(connection, canary)
    traces += plaintext_leaks(directory, canary, since)
    return traces


# -- planting -------------------------------------------------------------------------------

_FILLER = (
    "we talked about the week and how sleep has been since the last visit work felt heavy "
    "but the walks helped and the plan for next time is to keep the journal going"
).split()


def new_canary() -> str:
    """A unique lowercase alphanumeric marker that FTS5 keeps as one term."""
    return "tnrcanary" + secrets.token_hex(12)


def plant_session(
    vault: Vault,
    client_id: str,
    *,
    transcript_canary: str | None = None,
    note_canary: str | None = None,
    started_at: datetime | None = None,
    filler_segments: int = 24,
) -> str:
    """A finished session with filler segments, one carrying ``transcript_canary``, and a note
    carrying ``note_canary`` (no note when it is None). Returns the session id."""
    sessions = SessionRepository(vault)
    segments = SegmentRepository(vault)
    session = sessions.create(client_id, started_at=started_at or vault.clock.now())
    for index in range(filler_segments):
        words = [_FILLER[(index * 7 + offset) % len(_FILLER)] for offset in range(30)]
        if transcript_canary is not None and index == filler_segments // 2:
            words.insert(15, transcript_canary)
        segments.append(
            session.id,
            start_ms=index * 4000,
            end_ms=index * 4000 + 3900,
            speaker="Client" if index % 2 else "Clinician",
            text=" ".join(words),
        )
    sessions.set_status(session.id, SessionStatus.READY, duration_ms=filler_segments * 4000)
    if note_canary is not None:
        NoteRepository(vault).save(
            session.id,
            template="soap",
            provider="offline",
            sections=[NoteSection(title="Subjective", text=f"Client reported {note_canary}.")],
        )
    return session.id
