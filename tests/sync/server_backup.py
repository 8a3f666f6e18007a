"""An "old backup" of the sync server (its SQLite database and blobs) and attempts to read it."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from tenor_desktop.sync.envelope import Envelope, open_item
from tenor_desktop.sync.errors import CryptoError
from tenor_desktop.vault.vault import Vault
from tests.server.live_server import LiveServer


@dataclass(frozen=True)
class BackedUpItem:
    """One item row of the backup with its ciphertext."""

    item_id: str
    kind: str
    ciphertext: bytes
    wrapped_item_key: bytes
    key_id: str
    version: int

    def open_with(self, keys: list[bytes]) -> bytes | None:
        """The plaintext if any of ``keys`` wraps this item's key, else None."""
        for key in keys:
            try:
                return open_item(
                    Envelope(self.ciphertext, self.wrapped_item_key, self.key_id),
                    item_id=self.item_id,
                    kind=self.kind,
                    version=self.version,
                    wrapping_key=key,
                )
            except CryptoError:
                continue
        return None


def back_up(server: LiveServer, directory: Path) -> dict[str, BackedUpItem]:
    """Copy the live database (online backup) and blob store, and read the live items."""
    source = make_url(server.settings.database_url).database
    assert source is not None
    directory.mkdir()
    copy = directory / "server.db"
    with sqlite3.connect(source) as live, sqlite3.connect(copy) as target:
        live.backup(target)
    shutil.copytree(server.blob_dir, directory / "blobs")  # the transcripts are blobs here
    items: dict[str, BackedUpItem] = {}
    with sqlite3.connect(copy) as db:
        rows = db.execute(
            "SELECT id, kind, ciphertext, blob_key, wrapped_item_key, key_id, version"
            " FROM items WHERE deleted = 0"
        ).fetchall()
    for item_id, kind, inline, blob_key, wrapped, key_id, version in rows:
        if blob_key is not None:
            assert inline is None
            inline = (directory / "blobs" / blob_key).read_bytes()
        ciphertext = inline
        items[item_id] = BackedUpItem(item_id, kind, ciphertext, wrapped, key_id, version)
    assert any(row[3] is not None for row in rows), "the backup should include blobs"
    return items


def key_material(vault: Vault) -> list[bytes]:
    """Every key-sized secret the device holds: client keys and any 32 bytes in its settings."""
    keys = [bytes(row[0]) for row in vault.read("SELECT key FROM client_keys")]
    for (value,) in vault.read("SELECT value FROM practice_settings"):
        keys.extend(_keys_in(json.loads(value)))
    for (value,) in vault.read("SELECT value FROM secrets"):
        keys.extend(_keys_in(value))
    return keys


def readable(
    items: dict[str, BackedUpItem], keys: list[bytes], client_id: str, client_key_id: str
) -> set[str]:
    """Ids of a client's backed-up items that open with ``keys`` (and what they unlock).

    The client's items are those wrapped under its key id, plus its key item.
    """
    keys = list(keys)
    opened: set[str] = set()
    key_item = items.get(f"{client_id}.key")
    if key_item is not None:
        plaintext = key_item.open_with(keys)
        if plaintext is not None:
            opened.add(key_item.item_id)
            keys.append(base64.b64decode(json.loads(plaintext)["key"]))
    for item in items.values():
        if item.key_id == client_key_id and item.open_with(keys) is not None:
            opened.add(item.item_id)
    return opened


def _keys_in(value: Any) -> list[bytes]:
    if isinstance(value, dict):
        return [key for inner in value.values() for key in _keys_in(inner)]
    if isinstance(value, list):
        return [key for inner in value for key in _keys_in(inner)]
    if isinstance(value, str) and 40 <= len(value) <= 48:
        try:
            raw = base64.b64decode(value, validate=True)
        except ValueError:
            return []
        return [raw] if len(raw) == 32 else []
    return []
