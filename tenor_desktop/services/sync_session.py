"""Background sync of an unlocked vault, reported as a status the UI can show.

``BackgroundSyncSession`` wires the signed-in account (``DeviceAccountStore``) to a
``SyncEngine`` and runs it on ``BackgroundSync``'s worker thread. Every change of state is
queued and announced through ``on_status`` *from that thread*; a UI only uses the call as a
wake-up and collects the queued statuses with ``drain()`` on its own thread, so no Python
object has to travel through a cross-thread Qt signal.
Status texts are fixed sentences chosen by error kind: never server text, ids or content.

Stop it before the vault locks: ``stop()`` waits for the round in flight, so no sync work
touches the vault after its keys are gone.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import replace

import httpx

from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.services.sync_status import SyncPhase, SyncStatus
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.background import BackgroundSync, describe_error
from tenor_desktop.sync.device_account import DeviceAccountStore, StoredAccount
from tenor_desktop.sync.engine import SyncEngine, SyncReport
from tenor_desktop.sync.errors import (
    AuthenticationFailed,
    ServerUnavailable,
    SyncError,
    Throttled,
)
from tenor_desktop.sync.sync_state import SyncState
from tenor_desktop.sync.vault_store import VaultLocalStore
from tenor_desktop.vault.vault import Vault


def error_message(error: SyncError) -> tuple[SyncPhase, str]:
    """The phase and fixed sentence (``describe_error``, the engine's own) for a failed round."""
    offline = isinstance(error, ServerUnavailable | Throttled)
    return (SyncPhase.OFFLINE if offline else SyncPhase.ERROR), describe_error(error)


class BackgroundSyncSession:
    """Periodic sync rounds for the vault's signed-in account while the vault is open."""

    def __init__(
        self,
        vault: Vault,
        stored: StoredAccount,
        *,
        on_status: Callable[[SyncStatus], None],
        interval_s: float = 60.0,
        clock: Clock | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 15.0,
    ) -> None:
        self._accounts = DeviceAccountStore(vault)
        self._stored = stored
        self._clock = clock or SystemClock()
        self._on_status = on_status
        self._api = SyncApiClient(
            stored.server, transport=transport, timeout=timeout, credentials=stored.credentials
        )
        self._state = SyncState(self._accounts.state_path)
        self._engine = SyncEngine(
            self._api, VaultLocalStore(vault), self._state, stored.account_key
        )
        self._background = BackgroundSync(
            self._engine,
            interval_s=interval_s,
            on_report=self._reported,
            on_error=self._failed,
            on_round_start=self._started,
        )
        self._lock = threading.Lock()
        self._queued: deque[SyncStatus] = deque(maxlen=64)
        self.status = SyncStatus(SyncPhase.SYNCING)
        self._closed = False

    @classmethod
    def for_vault(
        cls,
        vault: Vault,
        *,
        on_status: Callable[[SyncStatus], None],
        interval_s: float = 60.0,
        clock: Clock | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> BackgroundSyncSession | None:
        """A session for the vault's signed-in account, or None when it is not signed in."""
        stored = DeviceAccountStore(vault).load()
        if stored is None:
            return None
        return cls(
            vault,
            stored,
            on_status=on_status,
            interval_s=interval_s,
            clock=clock,
            transport=transport,
        )

    @property
    def account_email(self) -> str:
        """The signed-in account (shown in the indicator's tooltip)."""
        return self._stored.email

    def start(self) -> None:
        """First round now, then every interval."""
        self._background.start()

    def sync_now(self) -> None:
        """A round as soon as possible."""
        self._background.sync_now()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the worker after the round in flight, then close the bookkeeping and client."""
        if self._closed:
            return
        self._closed = True
        self._background.stop(timeout)
        self._state.close()
        self._api.close()

    # -- worker-thread callbacks ------------------------------------------------------------
    def _started(self) -> None:
        self._publish(replace(self.status, phase=SyncPhase.SYNCING, message="", report=None))

    def _reported(self, report: SyncReport) -> None:
        self._keep_credentials()
        self._publish(
            SyncStatus(
                SyncPhase.SYNCED,
                last_synced_at=self._clock.now(),
                pending=self._pending(),
                report=report,
            )
        )

    def _failed(self, error: SyncError) -> None:
        self._keep_credentials()
        phase, message = error_message(error)
        self._publish(
            replace(
                self.status,
                phase=phase,
                message=message,
                pending=self._pending(),
                report=None,
                needs_sign_in=isinstance(error, AuthenticationFailed),
            )
        )

    def _pending(self) -> int | None:
        try:
            return self._engine.pending_changes()
        except Exception:  # a count is informative only; the round's outcome is what matters
            return None

    def _keep_credentials(self) -> None:
        # Tokens rotate on refresh: keep the new ones, or the next start signs in with dead ones.
        credentials = self._api.credentials
        if credentials is not None and credentials != self._stored.credentials:
            self._accounts.save_credentials(self._stored, credentials)
            self._stored = replace(self._stored, credentials=credentials)

    def drain(self) -> list[SyncStatus]:
        """The statuses published since the last call, oldest first (any thread)."""
        with self._lock:
            statuses = list(self._queued)
            self._queued.clear()
        return statuses

    def _publish(self, status: SyncStatus) -> None:
        with self._lock:
            self.status = status
            self._queued.append(status)
        self._on_status(status)
