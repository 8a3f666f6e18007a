"""Composition root of the desktop app: builds services from settings and policy, starts Qt."""

from __future__ import annotations

import sys
from pathlib import Path


def default_vault_dir() -> Path:
    """Per-user data directory for the vault."""
    if sys.platform == "win32":
        import os

        return Path(os.environ.get("APPDATA", Path.home())) / "Tenor" / "vault"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Tenor" / "vault"
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tenor" / "vault"


def run_app(vault_dir: str | None = None) -> int:
    """Open the window and run the Qt event loop until it closes."""
    from tenor_desktop.ui.application import start_gui

    return start_gui(Path(vault_dir) if vault_dir else default_vault_dir())
