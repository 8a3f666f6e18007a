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
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

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
