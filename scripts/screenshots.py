"""Writes a 1280x800 PNG of every screen, with demo data, to docs/screenshots/ (`make screenshots`).

Also the main screens in the dark colour scheme (``dark-*.png``) and at a device pixel ratio of 2
(``hidpi-2x-*.png``: 2560x1600 pixels for a 1280x800 window, rendered with QT_SCALE_FACTOR=2).
Each variant runs in its own process, because the scale factor is fixed when Qt starts.

Runs offscreen against a throwaway vault in a temporary directory; the demo transcripts are
invented and hold no real person's data.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QPointF
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from tenor_desktop.app import build_ui_context
from tenor_desktop.core.models import ProcessingMode, RetentionPolicy
from tenor_desktop.security.policy import ManagedPolicy
from tenor_desktop.services.processing_pipeline import ImportPipeline, RedactionModelsCache
from tenor_desktop.services.recording_events import PartialText
from tenor_desktop.services.sync_status import SyncPhase, SyncStatus
from tenor_desktop.ui.client_dialog import ClientDialog
from tenor_desktop.ui.deletion_dialog import DeletionDialog
from tenor_desktop.ui.settings_dialog import PracticeSettingsDialog
from tenor_desktop.ui.shell import TenorWindow
from tenor_desktop.ui.sync_dialog import SyncSignInDialog
from tenor_desktop.ui.theme import apply_theme
from tenor_desktop.ui.two_factor_dialog import TwoFactorDialog

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
# variant -> (file-name prefix, screens written; None = all), environment of its process
VARIANTS: dict[str, tuple[str, frozenset[str] | None, dict[str, str]]] = {
    "light": ("", None, {}),
    "dark": (
        "dark-",
        frozenset({
            "01-first-run", "02-locked-while-recording", "03-session-redaction-review",
            "04-session-note", "05-recording", "08-practice-settings", "11-risk-flag-review",
        }),
        {},
    ),
    "hidpi": (
        "hidpi-2x-",
        frozenset({
            "01-first-run", "03-session-redaction-review", "05-recording", "12-two-factor-setup",
        }),
        {"QT_SCALE_FACTOR": "2"},
    ),
}  # fmt: skip
PASSPHRASE = "demo passphrase for screenshots only"
DEMO = {
    "Juniper": (ProcessingMode.LOCAL_ONLY, [
        "Therapist: Last week you mentioned the nights were hard. How has sleep been?",
        "Client: Still rough. I wake around three and my mind starts racing about work.",
        "Client: Marcus Bell moved the review to March 14, so that is all I think about.",
        "Therapist: What does the racing sound like when it starts?",
        "Client: Mostly that I'm going to mess up the presentation and everyone will see it.",
        "Client: I did try the breathing exercise twice, and it helped a little the second time.",
        "Therapist: That's worth noticing. What was different the second time?",
        "Client: I didn't fight the thoughts. I just counted breaths until I got bored.",
        "Therapist: Let's build on that. This week, try it every night and note what happens.",
        "Client: Okay. I can keep a short log on my phone.",
        "Therapist: Good. We'll look at the log together next session.",
    ]),
    "Rowan & Sage": (ProcessingMode.CLOUD_ALLOWED, [
        "Therapist: Where would you like to start today?",
        "Client: The argument on Sunday. It started over dishes and got much bigger.",
        "Therapist: What did you each need in that moment?",
        "Client: I needed to feel like I'm not the only one keeping the house running.",
    ]),
    "Alder": (ProcessingMode.LOCAL_ONLY, [
        "Therapist: How has your mood been since we adjusted the plan?",
        "Client: A bit better. I went for two walks and called my sister Nora in Leeds.",
        "Client: There were two nights I thought about hurting myself, but I didn't act on it.",
        "Therapist: Thank you for telling me. Let's go through your safety plan together now.",
    ]),
}  # fmt: skip


def _composite(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window dimmed, with the dialog drawn centred on top (how the user sees it)."""
    base = window.grab()
    dialog.adjustSize()
    dialog.resize(max(dialog.width(), 520), dialog.height())
    shot = dialog.grab()
    size, inner = base.deviceIndependentSize(), shot.deviceIndependentSize()  # logical pixels
    painter = QPainter(base)
    painter.fillRect(base.rect(), QColor(0, 0, 0, 90))
    painter.drawPixmap(
        QPointF((size.width() - inner.width()) / 2, (size.height() - inner.height()) / 2), shot
    )
    painter.end()
    return base


class Shooter:
    """Saves the screens a variant wants, under its prefix."""

    def __init__(self, variant: str) -> None:
        self.prefix, self.wanted, _env = VARIANTS[variant]

    def __call__(self, pixmap: QPixmap, name: str) -> None:
        if self.wanted is not None and name not in self.wanted:
            return
        path = OUT / f"{self.prefix}{name}.png"
        pixmap.save(str(path))
        logical = pixmap.deviceIndependentSize()
        print(
            f"wrote {path.relative_to(OUT.parents[1])} ({pixmap.width()}x{pixmap.height()} px,"
            f" {logical.width():.0f}x{logical.height():.0f} logical)"
        )


def _seed(window: TenorWindow, tmp: Path) -> tuple[str, str]:
    service = window.workspace_service
    assert service is not None
    first_session = ""
    models = RedactionModelsCache()
    for pseudonym, (mode, lines) in DEMO.items():
        client = service.add_client(
            pseudonym,
            processing_mode=mode,
            retention=RetentionPolicy("after_days", 30) if pseudonym == "Alder" else None,
        )
        source = tmp / f"{client.id}.txt"
        source.write_text("\n".join(lines) + "\n")
        # The real import path: redaction with the practice settings, then the offline note.
        result = ImportPipeline(service, models).run(source, pseudonym)
        service.rename_speakers(
            result.session_id, {"speaker_0": "Therapist", "speaker_1": pseudonym.split()[0]}
        )
        first_session = first_session or result.session_id
    client_id = window.context.vault_service.clients()[1].id  # alphabetical: Juniper
    return client_id, first_session


def main(argv: list[str] | None = None) -> int:
    """Render every variant: light here, the others in child processes."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--variant", choices=sorted(VARIANTS))
    variant = parser.parse_args(argv).variant
    OUT.mkdir(parents=True, exist_ok=True)
    if variant is not None:
        return render(variant)
    status = render("light")
    for other in ("dark", "hidpi"):
        env = {**os.environ, **VARIANTS[other][2]}
        command = [sys.executable, __file__, "--variant", other]
        status = status or subprocess.run(command, env=env, check=False).returncode  # noqa: S603
    return status


def render(variant: str) -> int:
    """Render the screens of one variant."""
    _save = Shooter(variant)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    # Not app.processEvents(): PySide6 6.12's static one drops a reference to None per call.
    pump = QEventLoop().processEvents
    # Offscreen Qt reports no colour scheme: say which one to draw.
    apply_theme(app, dark=variant == "dark")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        context = build_ui_context(tmp / "vault", policy=ManagedPolicy())
        context.list_microphones = lambda: ["MacBook Pro Microphone", "USB Conference Mic"]
        window = TenorWindow(context)
        window.resize(1280, 800)
        window.show()
        window.first_run.passphrase.setText(PASSPHRASE)
        window.first_run.confirm.setText(PASSPHRASE)
        pump()
        _save(window.grab(), "01-first-run")
        window._opened(context.make_workspace(context.vault_service.create(PASSPHRASE)))
        client_id, session_id = _seed(window, tmp)
        now = context.clock.now()
        window.sync.indicator.show_status(
            SyncStatus(SyncPhase.SYNCED, last_synced_at=now, pending=0), now
        )
        window.controller.refresh_clients(select=client_id)
        window.controller.select_client(client_id, select_session=session_id)
        window.controller.select_session(session_id)
        pump()
        _save(window.grab(), "03-session-redaction-review")
        window.workspace.session.tabs.setCurrentIndex(1)
        pump()
        _save(window.grab(), "04-session-note")
        window.workspace.session.tabs.setCurrentIndex(0)

        window.recording.open_panel = lambda: None  # type: ignore[method-assign]
        window.recording.client_id = client_id
        panel = window.recording.panel
        panel.prepare("Juniper", True, context.list_microphones(), "MacBook Pro Microphone")
        panel.set_state("recording")
        panel.show_level(-23)
        panel.show_elapsed(27 * 60_000 + 14_000)
        panel.add_final("Therapist", "How did the week go with the sleep log?")
        panel.add_final(
            "Client", "Better than I expected. I filled it in five nights out of seven."
        )
        window.recording._on_event(
            PartialText("live", 0, 0, "Client", "The two nights I missed were")
        )
        window.stack.setCurrentWidget(panel)
        pump()
        _save(window.grab(), "05-recording")
        panel.show_warning(
            "No sound from the microphone for 10 seconds. Check that the right microphone is "
            "selected and not muted."
        )
        pump()
        _save(window.grab(), "06-recording-silent-microphone")
        window.stack.setCurrentWidget(window.workspace)

        client = window.context.vault_service.clients()[1]
        _save(_composite(window, ClientDialog(client, parent=window)), "07-client-settings")
        settings = window.workspace_service.practice_settings()  # type: ignore[union-attr]
        _save(_composite(window, PracticeSettingsDialog(settings, context.policy, window)),
              "08-practice-settings")  # fmt: skip
        managed = ManagedPolicy(
            enforced={
                "phi_redaction": True,
                "cloud_providers": False,
                "max_idle_timeout_minutes": 15,
            },
            source=Path("/etc/tenor/policy.json"),
        )
        _save(_composite(window, PracticeSettingsDialog(managed.apply(settings), managed, window)),
              "09-practice-settings-managed")  # fmt: skip
        dialog = DeletionDialog("client", "Juniper", window)
        dialog.confirm.setText("Junip")
        _save(_composite(window, dialog), "10-delete-client")
        alder = window.context.vault_service.clients()[0]
        alder_session = window.context.vault_service.sessions(alder.pseudonym)[0].id
        window.controller.refresh_clients(select=alder.id)
        window.controller.select_client(alder.id, select_session=alder_session)
        window.controller.select_session(alder_session)
        pump()
        _save(window.grab(), "11-risk-flag-review")
        uri = "otpauth://totp/Tenor:clinic%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Tenor"
        _save(_composite(window, TwoFactorDialog(uri, window)), "12-two-factor-setup")
        sign_in = SyncSignInDialog("https://sync.example.org", "clinic@example.org", window)
        _save(_composite(window, sign_in), "13-sync-sign-in")
        window.recording.recorder = type("Live", (), {"session_id": "ses_demo"})()
        window.lock()
        pump()
        _save(window.grab(), "02-locked-while-recording")
        window.recording.recorder = None
        window.runner.wait()
        context.vault_service.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
