"""Provider API keys and server tokens: in the OS keyring, or inside the encrypted vault.

Security rules:
- A secret is never written to a plaintext file. ``keyring`` on a headless Linux machine falls
  back to ``keyrings.alt`` backends that write files (``PlaintextKeyring``) or need their own
  prompt (``EncryptedKeyring``); those, the ``fail`` and ``null`` backends are not "a keyring
  service" here. Without a real one, secrets go into the ``secrets`` table of the SQLCipher
  vault (migration 2), encrypted with everything else.
- Messages name the secret's *name* at most, never its value.
- keyring cannot list entries, so every name ever stored is remembered (in the vault when it is
  open) and ``delete_all()`` removes those plus the well-known names; account deletion uses it.
"""

from __future__ import annotations

from typing import Any

from tenor_desktop.security.errors import SecurityError
from tenor_desktop.vault.repositories.settings import SettingsRepository
from tenor_desktop.vault.vault import Vault

DEFAULT_SERVICE = "tenor-desktop"
KNOWN_SECRET_NAMES = (
    "deepgram_api_key",
    "openai_api_key",
    "anthropic_api_key",
    "server_access_token",
    "server_refresh_token",
)
_NAMES_SETTING = "secret_store.names"
# Backends that are not an OS secret service: they write files, need a prompt, or do nothing.
_UNUSABLE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class SecretStoreError(SecurityError):
    """A secret could not be read or stored."""


def system_keyring() -> Any | None:
    """The OS keyring backend when a real one exists, else None."""
    import keyring
    from keyring.backends.chainer import ChainerBackend

    backend = keyring.get_keyring()
    if isinstance(backend, ChainerBackend):
        # The chainer lists its backends by priority; use the best real one on its own so a
        # write can never fall through to a file-based backend.
        usable = [b for b in backend.backends if _is_real_backend(b)]
        return usable[0] if usable else None
    return backend if _is_real_backend(backend) else None


def _is_real_backend(backend: Any) -> bool:
    module = type(backend).__module__
    priority = float(getattr(type(backend), "priority", 0) or 0)
    return priority > 0 and not module.startswith(_UNUSABLE_MODULE_PREFIXES)


class SecretStore:
    """Get/set/delete named secrets; the OS keyring when there is one, else the vault."""

    def __init__(
        self,
        *,
        vault: Vault | None = None,
        keyring_backend: Any | None = None,
        detect_keyring: bool = True,
        service: str = DEFAULT_SERVICE,
    ) -> None:
        """Args: ``keyring_backend`` overrides detection; ``detect_keyring=False`` forces
        the vault (used when IT policy forbids the OS keyring)."""
        self._vault = vault
        self._service = service
        self._keyring = keyring_backend
        if self._keyring is None and detect_keyring:
            self._keyring = system_keyring()

    @property
    def uses_keyring(self) -> bool:
        """True when secrets go to the OS keyring."""
        return self._keyring is not None

    def backend_name(self) -> str:
        """What ``tenor doctor`` shows: which store holds the secrets."""
        if self._keyring is not None:
            return f"OS keyring ({type(self._keyring).__name__})"
        return "encrypted vault (no OS keyring service found)"

    @property
    def available(self) -> bool:
        """True when secrets can be read and written right now (keyring, or vault unlocked)."""
        return self._keyring is not None or (self._vault is not None and not self._vault.is_locked)

    def get(self, name: str) -> str | None:
        """The secret's value, or None when it is not set."""
        _check_name(name)
        if self._keyring is not None:
            try:
                value = self._keyring.get_password(self._service, name)
            except Exception as error:  # keyring backends raise many types
                raise SecretStoreError(f"The keyring could not read '{name}'.") from error
            return None if value is None else str(value)
        rows = self._require_vault().read(
            "SELECT value FROM secrets WHERE service = ? AND name = ?", (self._service, name)
        )
        return str(rows[0][0]) if rows else None

    def set(self, name: str, value: str) -> None:
        """Store (or replace) a secret."""
        _check_name(name)
        if not isinstance(value, str) or not value:
            raise SecretStoreError(f"An empty value cannot be stored for '{name}'.")
        if self._keyring is not None:
            try:
                self._keyring.set_password(self._service, name, value)
            except Exception as error:
                raise SecretStoreError(f"The keyring could not store '{name}'.") from error
        else:
            vault = self._require_vault()
            with vault.transaction() as connection:
                connection.execute(
                    "INSERT INTO secrets(service, name, value, updated_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(service, name) DO UPDATE SET value = excluded.value,"
                    " updated_at = excluded.updated_at",
                    (self._service, name, value, vault.clock.now().isoformat()),
                )
        self._remember(name)

    def delete(self, name: str) -> None:
        """Remove a secret (no error when it was not set)."""
        _check_name(name)
        if self._keyring is not None:
            try:
                if self._keyring.get_password(self._service, name) is not None:
                    self._keyring.delete_password(self._service, name)
            except Exception as error:
                raise SecretStoreError(f"The keyring could not delete '{name}'.") from error
        else:
            with self._require_vault().transaction() as connection:
                connection.execute(
                    "DELETE FROM secrets WHERE service = ? AND name = ?", (self._service, name)
                )

    def names(self) -> list[str]:
        """Every name this store may hold: the well-known ones plus those stored before."""
        remembered: list[str] = []
        if self._vault is not None and not self._vault.is_locked:
            remembered = list(SettingsRepository(self._vault).get(_NAMES_SETTING, []))
        return sorted(set(KNOWN_SECRET_NAMES) | set(remembered))

    def delete_all(self) -> None:
        """Remove every secret this store knows of (account deletion)."""
        for name in self.names():
            self.delete(name)

    def _remember(self, name: str) -> None:
        if self._vault is None or self._vault.is_locked or name in KNOWN_SECRET_NAMES:
            return
        settings = SettingsRepository(self._vault)
        known = list(settings.get(_NAMES_SETTING, []))
        if name not in known:
            settings.set(_NAMES_SETTING, sorted([*known, name]))

    def _require_vault(self) -> Vault:
        if self._vault is None or self._vault.is_locked:
            raise SecretStoreError(
                "No OS keyring service is available; unlock the vault to use stored secrets."
            )
        return self._vault


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name or len(name) > 100:
        raise SecretStoreError("A secret name must be 1 to 100 characters.")
