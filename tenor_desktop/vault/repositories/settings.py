"""Practice settings: JSON values by key, inside the encrypted vault."""

from __future__ import annotations

import json
from typing import Any

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.vault.repositories._codec import dump, load
from tenor_desktop.vault.vault import Vault

MAX_KEY_LENGTH = 100


class SettingsRepository:
    """Read and write practice settings."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, key: str, default: Any = None) -> Any:
        """The stored JSON value, or ``default`` when the key is not set."""
        rows = self._vault.read("SELECT value FROM practice_settings WHERE key = ?", (key,))
        return load(rows[0][0]) if rows else default

    def set(self, key: str, value: Any) -> None:
        """Store any JSON-serialisable value under ``key``."""
        if not key or len(key) > MAX_KEY_LENGTH:
            raise ValidationError(f"A setting name must be 1 to {MAX_KEY_LENGTH} characters.")
        try:
            text = dump(value)
        except (TypeError, ValueError):
            raise ValidationError("That setting value cannot be stored.") from None
        with self._vault.transaction() as connection:
            connection.execute(
                "INSERT INTO practice_settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, text),
            )

    def delete(self, key: str) -> None:
        """Forget a setting (no error when it was not set)."""
        with self._vault.transaction() as connection:
            connection.execute("DELETE FROM practice_settings WHERE key = ?", (key,))

    def all(self) -> dict[str, Any]:
        """Every setting (for export and diagnostics)."""
        rows = self._vault.read("SELECT key, value FROM practice_settings ORDER BY key")
        return {str(row[0]): json.loads(row[1]) for row in rows}
