"""Blob storage for large ciphertexts: one file per item version under an account directory.

The store only ever receives ciphertext. Account deletion removes the account's directory.
Writes go to a temporary file first and are renamed into place, so a crashed upload never
leaves a half blob behind a committed row.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

_CHUNK = 256 * 1024


class BlobStore:
    """Files under ``root/<account digest>/<item digest>-<version>``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def key_for(self, account_id: str, item_id: str, version: int) -> str:
        """The relative key of one item version (names are digests: ids never reach paths)."""
        item = hashlib.sha256(item_id.encode()).hexdigest()[:32]
        return f"{self._account_dir_name(account_id)}/{item}-{version}"

    def upload_key(self, account_id: str) -> str:
        """A fresh key for a streamed upload (a row points at it only once committed)."""
        return f"{self._account_dir_name(account_id)}/upload-{secrets.token_hex(16)}"

    def path_of(self, key: str) -> Path:
        """Where a blob lives (creating its directory)."""
        path = self.root / key
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key`` atomically."""
        self.put_stream(key, iter((data,)))

    def put_stream(self, key: str, chunks: Iterator[bytes]) -> int:
        """Store the chunks under ``key`` atomically; return the number of bytes written."""
        path = self.root / key
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        written = 0
        try:
            with os.fdopen(handle, "wb") as file:
                for chunk in chunks:
                    file.write(chunk)
                    written += len(chunk)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return written

    def read(self, key: str) -> bytes:
        """The whole blob."""
        return (self.root / key).read_bytes()

    def iter_chunks(self, key: str) -> Iterator[bytes]:
        """The blob in chunks, for streaming responses."""
        with (self.root / key).open("rb") as file:
            while chunk := file.read(_CHUNK):
                yield chunk

    def delete(self, key: str) -> None:
        """Remove one blob if present."""
        (self.root / key).unlink(missing_ok=True)

    def delete_account(self, account_id: str) -> None:
        """Remove every blob of an account."""
        shutil.rmtree(self.root / self._account_dir_name(account_id), ignore_errors=True)

    def _account_dir_name(self, account_id: str) -> str:
        return hashlib.sha256(account_id.encode()).hexdigest()[:32]
