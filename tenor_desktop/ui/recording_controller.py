"""Drives a live session: consent, start/pause/stop/abort off the main thread, live events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from tenor_desktop.audio.capture_events import (
    DeviceFallback,
    DeviceLost,
    LevelChanged,
    SilenceEnded,
    SilenceWarning,
)
from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.services.recording_events import (
    PartialText,
    SegmentRevised,
    SegmentStored,
    SpeakerRelabelled,
    StopResult,
    TranscriptionFailed,
)
from tenor_desktop.ui.recording_panel import RecordingPanel

if TYPE_CHECKING:
    from tenor_desktop.ui.shell import TenorWindow

SILENCE_MESSAGE = (
    "No sound from the microphone for {seconds:.0f} seconds. Check that the right microphone "
    "is selected and not muted."
)


class RecordingEventBridge(QObject):
    """Moves recorder events from worker threads onto the main thread."""

    received = Signal(object)

    def post(self, event: object) -> None:
        """Called from any thread."""
        self.received.emit(event)


class RecordingController:
    """One recording at a time; the panel lives in the window's stack."""

    def __init__(self, window: TenorWindow) -> None:
        self.window = window
        self.panel = RecordingPanel()
        window.stack.addWidget(self.panel)
        self.bridge = RecordingEventBridge()
        self.bridge.received.connect(self._on_event)
        self.recorder: Any = None
        self.client_id: str | None = None
        self._elapsed_ms = 0
        self._paused = False
        self.timer = QTimer(self.panel)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        window.workspace.sessions.record_button.clicked.connect(self.open_panel)
        self.panel.start_requested.connect(self.start)
        self.panel.pause_requested.connect(self.pause)
        self.panel.resume_requested.connect(self.resume)
        self.panel.stop_requested.connect(self.stop)
        self.panel.abort_requested.connect(self.abort)

    @property
    def active(self) -> bool:
        """True from start until the recording has stopped or been discarded."""
        return self.recorder is not None and getattr(self.recorder, "session_id", None) is not None

    def open_panel(self) -> None:
        """Show the panel for the selected client (after consent on the first recording)."""
        client_id = self.window.controller.client_id
        if client_id is None or self.window.context.make_recorder is None:
            return
        service = self.window.context.vault_service
        client = next(c for c in service.clients() if c.id == client_id)
        first = not any(s.consent_at for s in service.sessions(client.pseudonym))
        if first and not self._confirm_consent():
            return
        self.client_id = client_id
        devices = self.window.context.list_microphones()
        self.panel.prepare(
            client.pseudonym,
            client.processing_mode is ProcessingMode.LOCAL_ONLY,
            devices,
            devices[0] if devices else "",
        )
        self.window.stack.setCurrentWidget(self.panel)

    def _confirm_consent(self) -> bool:
        answer = QMessageBox.question(
            self.window,
            "Consent to record",
            "Has the client agreed to this session being recorded and transcribed? The audio "
            "stays in memory only and is erased as soon as it is transcribed.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def start(self, device: str) -> None:
        """Build the recorder (own vault connection, models) and start it off the main thread."""
        factory = self.window.context.make_recorder
        if factory is None or self.client_id is None or self.window.workspace_service is None:
            return
        vault = self.window.workspace_service.vault
        client_id, consent_at = self.client_id, self.window.context.clock.now()
        post = self.bridge.post
        self.panel.set_state("starting")
        self.panel.progress.setText("Starting the microphone and transcription…")

        def begin() -> Any:
            recorder = factory(vault, device, post)
            recorder.start(client_id, consent_at)
            return recorder

        self.window.runner.run(begin, self._started, self._failed)

    def _started(self, recorder: Any) -> None:
        self.recorder = recorder
        self._elapsed_ms, self._paused = 0, False
        self.panel.progress.clear()
        self.panel.set_state("recording")
        self.timer.start()
        if self.window.is_locked:
            self.window.unlock_screen.reset(recording=True)

    def pause(self) -> None:
        """Stop listening for now."""
        self._paused = True
        self.panel.set_state("paused")
        self.window.runner.run(self.recorder.pause, None, self._failed)

    def resume(self) -> None:
        """Listen again."""
        self._paused = False
        self.panel.set_state("recording")
        self.window.runner.run(self.recorder.resume, None, self._failed)

    def stop(self) -> None:
        """Finish transcription, zeroize audio, then draft the note and open the review."""
        self.timer.stop()
        self.panel.set_state("finishing")
        self.panel.progress.setText("Finishing transcription…")
        recorder = self.recorder
        self.window.runner.run(recorder.stop, self._stopped, self._failed)

    def stop_blocking(self) -> None:
        """Stop on the calling thread (window closing)."""
        if self.recorder is not None:
            self.timer.stop()
            self.recorder.stop()
            self.recorder = None

    def abort(self) -> None:
        """Discard the session: audio zeroed, transcript deleted."""
        answer = QMessageBox.question(
            self.window, "Discard recording", "Discard this recording and its transcript?"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.timer.stop()
        recorder, self.recorder = self.recorder, None
        self.window.runner.run(recorder.abort, lambda _r: self._back_to_workspace(), self._failed)

    def _stopped(self, result: StopResult) -> None:
        self.recorder = None
        self.panel.set_state("done")
        if self.window.workspace_service is None:
            return  # locked: the session is ready and will be shown after unlock
        if result.segment_count == 0:
            self._review(result.session_id)  # nothing was said: nothing to draft from
            return
        self.panel.progress.setText("Redaction done while recording. Drafting the note…")
        service = self.window.workspace_service
        client = next(
            c for c in self.window.context.vault_service.clients() if c.id == self.client_id
        )
        provider = service.practice_settings().note_provider
        self.window.runner.run(
            lambda: service.draft_note(
                result.session_id, template=client.default_template, provider=provider
            ),
            lambda _note: self._review(result.session_id),
            lambda error: self._review(result.session_id, error),
        )

    def _review(self, session_id: str, error: BaseException | None = None) -> None:
        if self.window.workspace_service is None:
            return
        self._back_to_workspace()
        controller = self.window.controller
        if controller.client_id is not None:
            controller.select_client(controller.client_id, select_session=session_id)
        controller.select_session(session_id)
        # The redaction review comes first: what was removed, highlighted; the note is next door.
        self.window.workspace.session.tabs.setCurrentWidget(
            self.window.workspace.session.transcript
        )
        self.panel.set_state("idle")
        self.panel.progress.clear()
        self.window.sync.nudge()  # the new session reaches the other devices without waiting
        if error is not None:
            controller._error(error)

    def _back_to_workspace(self) -> None:
        if self.window.workspace_service is not None:
            self.window.stack.setCurrentWidget(self.window.workspace)

    def _failed(self, error: BaseException) -> None:
        self.timer.stop()
        if self.recorder is None or not self.active:
            self.recorder = None
            self.panel.set_state("idle")
            self.panel.progress.clear()
        if not self.window.is_locked:
            self.window.controller._error(error)

    def _tick(self) -> None:
        if not self._paused:
            self._elapsed_ms += 1000
            self.panel.show_elapsed(self._elapsed_ms)

    def _on_event(self, event: object) -> None:
        panel = self.panel
        if self.window.is_locked and isinstance(
            event, PartialText | SegmentStored | SpeakerRelabelled | SegmentRevised
        ):
            return  # stored in the vault; shown again from there after unlock
        if isinstance(event, LevelChanged):
            panel.show_level(event.rms_dbfs)
        elif isinstance(event, SilenceWarning):
            panel.show_warning(SILENCE_MESSAGE.format(seconds=event.silent_seconds))
        elif isinstance(event, SilenceEnded):
            panel.show_warning("")
        elif isinstance(event, DeviceLost):
            panel.show_warning(
                "The microphone disconnected. What was captured is kept and transcribed."
            )
        elif isinstance(event, DeviceFallback):
            panel.show_warning(f"The chosen microphone is missing; using {event.used} instead.")
        elif isinstance(event, PartialText):
            panel.set_partial(event.text)
        elif isinstance(event, SegmentStored):
            panel.add_final(event.segment.speaker, event.segment.text, event.segment.id)
        elif isinstance(event, SpeakerRelabelled | SegmentRevised):
            segment = event.segment
            panel.replace_final(segment.id, segment.speaker, segment.text)
        elif isinstance(event, TranscriptionFailed):
            panel.show_notice(f"Transcription problem ({event.error_kind}).")
        elif type(event).__name__.endswith("Notice"):
            panel.show_notice(str(getattr(event, "message", event)))

    # -- lock interplay ------------------------------------------------------------------------
    def before_lock(self) -> None:
        """Content leaves the screen; the recorder keeps running on its own vault connection."""
        self.panel.forget_content()
        if self.window.stack.currentWidget() is self.panel and not self.active:
            self.window.stack.setCurrentWidget(self.window.workspace)

    def after_unlock(self) -> None:
        """Return to the live panel, refilled from the vault, if a recording is still going."""
        if not self.active or self.client_id is None:
            return
        service = self.window.context.vault_service
        client = next((c for c in service.clients() if c.id == self.client_id), None)
        session_id = self.recorder.session_id
        if client is None or session_id is None:
            return
        self.panel.title.setText(f"Session — {client.pseudonym}")
        self.panel.badge.setText(
            "Local only" if client.processing_mode is ProcessingMode.LOCAL_ONLY else "Cloud allowed"
        )
        for segment in service.session_detail(session_id).segments:
            self.panel.add_final(segment.speaker, segment.text, segment.id)
        self.window.stack.setCurrentWidget(self.panel)
