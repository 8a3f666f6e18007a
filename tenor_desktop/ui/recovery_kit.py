"""The printable recovery kit: where the vault is, when it was made, what to do, and a space to
write the passphrase by hand. The passphrase itself is never put into the file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tenor_desktop.notes.pdf_export import render_pdf

PASSPHRASE_SPACE = "Passphrase: ______________________________________________________________"  # noqa: S105 (a blank line to write on)


def recovery_kit_pdf(vault_dir: Path, created: datetime) -> bytes:
    """A one-page PDF to print and keep somewhere safe (not next to the computer)."""
    return render_pdf(
        "Tenor recovery kit",
        [
            (
                "Your vault",
                f"Location: {vault_dir}\n"
                f"Created: {created.astimezone().strftime('%d %B %Y, %H:%M')}",
            ),
            (
                "Write your passphrase here, by hand",
                f"{PASSPHRASE_SPACE}\n\n{PASSPHRASE_SPACE}\n\n"
                "Nobody, including Tenor, can open the vault without it. There is no reset.",
            ),
            (
                "If you forget the passphrase",
                "Find this sheet, open Tenor and type the passphrase written above. If the "
                "computer is replaced, copy the whole vault folder shown above to the same "
                "place on the new computer, install Tenor, and unlock with the same passphrase. "
                "If you use sync, signing in on the new computer restores your sessions.",
            ),
            (
                "Keep this sheet safe",
                "Store it locked away, like a chequebook, and not with the laptop. Anyone "
                "who has both this sheet and the laptop can read your clients' sessions. "
                "Shred it if you change the passphrase and print a new one.",
            ),
        ],
    )


def write_recovery_kit(path: Path, vault_dir: Path, created: datetime) -> None:
    """Save the kit where the clinician chose (to print)."""
    path.write_bytes(recovery_kit_pdf(vault_dir, created))
