"""The recording panel with nothing doubled: PulseAudio virtual microphone → sounddevice → offline
Whisper tiny → redaction → SQLCipher vault, driven through the real window.

espeak-ng speech is played into the virtual microphone while the panel records; the live
transcript must show the spoken words; after Stop the panel goes through finishing → redaction
→ note and the session view shows the redacted transcript, which is also what the vault holds.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tenor_desktop.app import build_recorder_factory, list_microphone_names
from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.vault.repositories import SegmentRepository
from tests.audio.virtual_mic import VirtualMic, speak, virtual_mic
from tests.ui.conftest import create_vault, visible_text

__all__ = ["virtual_mic"]
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
pytestmark = [pytest.mark.pulse, pytest.mark.slow]

# Words tiny.en gets right from espeak; "March fourteenth" is a date the redactor removes.
SPOKEN = (
    "Today we talked about your sleep and your new medication. "
    "You told me that you feel much calmer since March fourteenth."
)


def test_recording_with_the_real_microphone_and_whisper(
    qtbot, make_window, redaction_models, monkeypatch, virtual_mic: VirtualMic, tmp_path: Path
) -> None:
    speech = speak(SPOKEN, tmp_path)
    window = make_window()
    context = window.context
    context.list_microphones = list_microphone_names
    context.make_recorder = build_recorder_factory(context.clock, context.policy, redaction_models)
    create_vault(qtbot, window)
    client = window.workspace_service.add_client(
        "Juniper", processing_mode=ProcessingMode.LOCAL_ONLY
    )
    window.controller.refresh_clients(select=client.id)
    window.controller.select_client(client.id)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    panel = window.recording.panel
    states: list[str] = []
    progress: list[str] = []
    set_state, set_progress = panel.set_state, panel.progress.setText
    monkeypatch.setattr(panel, "set_state", lambda s: (states.append(s), set_state(s))[1])
    monkeypatch.setattr(
        panel.progress, "setText", lambda t: (progress.append(t), set_progress(t))[1]
    )

    window.workspace.sessions.record_button.click()
    assert panel.device_name(), "PortAudio sees no input device"
    panel.start_button.click()
    qtbot.waitUntil(lambda: window.recording.active, timeout=60_000)
    player = threading.Thread(target=virtual_mic.play, args=(speech,), daemon=True)
    player.start()
    qtbot.waitUntil(lambda: "medication" in panel.live_text().lower(), timeout=120_000)
    player.join(timeout=60)
    qtbot.waitUntil(lambda: "calmer" in panel.live_text().lower(), timeout=60_000)
    assert "sleep" in panel.live_text().lower()

    panel.stop_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=180_000)
    qtbot.waitUntil(lambda: window.workspace.session.detail is not None, timeout=60_000)
    assert states.index("starting") < states.index("recording") < states.index("finishing")
    assert states.index("finishing") < states.index("done")
    assert progress[-2:] == [
        "Finishing transcription…",
        "Redaction done while recording. Drafting the note…",
    ]

    session = window.workspace.session
    shown = session.transcript.plain_text()
    assert "medication" in shown.lower() and "calmer" in shown.lower()
    assert "[DATE 1]" in shown and "fourteenth" not in shown.lower()
    assert session.transcript.summary.text().startswith("Removed: ")
    assert session.detail is not None and session.detail.note is not None
    stored = " ".join(s.text for s in SegmentRepository(window.workspace_service.vault).list(
        session.detail.session.id
    ))  # fmt: skip
    assert "medication" in stored.lower() and "[DATE 1]" in stored
    assert "fourteenth" not in stored.lower() and "fourteenth" not in visible_text(window).lower()
