"""Everything the UI needs from the layers below, built once by the composition root (app.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.security.policy import ManagedPolicy
from tenor_desktop.services.vault_service import VaultService
from tenor_desktop.services.workspace_service import WorkspaceService
from tenor_desktop.vault.vault import Vault

RecorderFactory = Callable[[Vault, str, Callable[[object], None]], Any]
ImportFile = Callable[[Vault, Path, str], Any]
# (vault, on_status called from the sync thread, interval in seconds) -> session or None
SyncSessionFactory = Callable[[Vault, Callable[[Any], None], float], Any]


@dataclass
class UiContext:
    """Services and factories; the UI holds no other references to lower layers' state."""

    vault_service: VaultService
    make_workspace: Callable[[Vault], WorkspaceService]
    policy: ManagedPolicy = field(default_factory=ManagedPolicy)
    clock: Clock = field(default_factory=SystemClock)
    list_microphones: Callable[[], list[str]] = list
    make_recorder: RecorderFactory | None = None
    import_file: ImportFile | None = None
    make_secret_store: Callable[[Vault], Any] | None = None
    make_sync_account: Callable[[Vault], Any] | None = None
    make_sync_session: SyncSessionFactory | None = None
    sync_interval_s: float = 60.0  # background sync rounds while the vault is open
