"""Recording panel: microphone, level, silence warning, elapsed time, live transcript, controls."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tenor_desktop.ui.theme import muted_colour
from tenor_desktop.ui.transcript_view import format_timestamp

LEVEL_FLOOR_DB = -60


class RecordingPanel(QWidget):
    """Pure view: the controller feeds it events and handles its signals."""

    start_requested = Signal(str)  # device name
    pause_requested = Signal()
    resume_requested = Signal()
    stop_requested = Signal()
    abort_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingPanel")
        self.title = QLabel("New session")
        self.title.setObjectName("screenTitle")
        self.badge = QLabel("")
        self.badge.setObjectName("modeBadge")
        self.badge.setAccessibleName("Where this client's data is processed")
        self.device = QComboBox()
        self.device.setAccessibleName("Microphone")
        self.level = QProgressBar()
        self.level.setRange(LEVEL_FLOOR_DB, 0)
        self.level.setValue(LEVEL_FLOOR_DB)
        self.level.setTextVisible(False)
        self.level.setAccessibleName("Microphone level")
        self.warning = QLabel("")
        self.warning.setObjectName("warningText")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("Microphone warning")
        self.notice = QLabel("")
        self.notice.setObjectName("noticeText")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Transcription engine notice")
        self.elapsed = QLabel("0:00:00")
        self.elapsed.setObjectName("elapsed")
        self.elapsed.setAccessibleName("Elapsed time")
        self.transcript = QTextBrowser()
        self.transcript.setAccessibleName("Live transcript")
        self.start_button = QPushButton("● Start recording")
        self.pause_button = QPushButton("Pause")
        self.stop_button = QPushButton("■ Stop")
        self.abort_button = QPushButton("Discard")
        for button in (self.start_button, self.pause_button, self.stop_button, self.abort_button):
            button.setAccessibleName(button.text().strip("●■ "))
        self.progress = QLabel("")
        self.progress.setAccessibleName("Processing progress")

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.badge)
        mic = QHBoxLayout()
        mic.addWidget(QLabel("Microphone"))
        mic.addWidget(self.device, 1)
        mic.addWidget(self.level, 1)
        controls = QHBoxLayout()
        for widget in (self.start_button, self.pause_button, self.stop_button, self.abort_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.elapsed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(mic)
        layout.addWidget(self.warning)
        layout.addWidget(self.notice)
        layout.addLayout(controls)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.progress)

        self._finals: list[str] = []
        self._final_ids: list[int | None] = []  # segment id of each row, for late speakers
        self._partial = ""
        self._paused = False
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.device_name()))
        self.pause_button.clicked.connect(self._toggle_pause)
        self.stop_button.clicked.connect(self.stop_requested)
        self.abort_button.clicked.connect(self.abort_requested)
        self.set_state("idle")

    def prepare(
        self, pseudonym: str, local_only: bool, devices: Sequence[str], chosen: str
    ) -> None:
        """Reset for a new session of this client."""
        self.title.setText(f"New session — {pseudonym}")
        self.badge.setText("Local only" if local_only else "Cloud allowed")
        self.device.clear()
        self.device.addItems(list(devices))
        if chosen in devices:
            self.device.setCurrentText(chosen)
        self._finals, self._final_ids, self._partial = [], [], ""
        self.transcript.clear()
        self.warning.clear()
        self.notice.clear()
        self.progress.clear()
        self.elapsed.setText("0:00:00")
        self.set_state("idle")

    def device_name(self) -> str:
        """The microphone chosen in the picker."""
        return self.device.currentText()

    def set_state(self, state: str) -> None:
        """idle | recording | paused | finishing | done."""
        self._paused = state == "paused"
        self.start_button.setVisible(state == "idle")
        self.device.setEnabled(state == "idle")
        active = state in ("recording", "paused")
        for button in (self.pause_button, self.stop_button, self.abort_button):
            button.setVisible(active)
        self.pause_button.setText("Resume" if self._paused else "Pause")

    def _toggle_pause(self) -> None:
        (self.resume_requested if self._paused else self.pause_requested).emit()

    def show_level(self, rms_dbfs: float) -> None:
        """Update the level meter."""
        self.level.setValue(max(LEVEL_FLOOR_DB, min(0, round(rms_dbfs))))

    def show_warning(self, text: str) -> None:
        """Microphone problems (silence, device lost); empty clears it."""
        self.warning.setText(text)

    def show_notice(self, text: str) -> None:
        """Engine notices (fell back to offline transcription)."""
        self.notice.setText(text)

    def show_elapsed(self, ms: int) -> None:
        """Elapsed recording time."""
        self.elapsed.setText(format_timestamp(ms))

    def add_final(self, speaker: str, text: str, segment_id: int | None = None) -> None:
        """A committed segment (black)."""
        self._finals.append(_final_row(speaker, text))
        self._final_ids.append(segment_id)
        self._partial = ""
        self._render()

    def replace_final(self, segment_id: int, speaker: str, text: str) -> None:
        """A shown segment changed: its speaker was placed late or relabelled, or a sentence
        was redacted once the next segment showed it was about a topic."""
        if segment_id in self._final_ids:
            self._finals[self._final_ids.index(segment_id)] = _final_row(speaker, text)
            self._render()

    def set_partial(self, text: str) -> None:
        """Text that may still change (grey)."""
        self._partial = text
        self._render()

    def forget_content(self) -> None:
        """Drop every piece of session text from the panel (lock)."""
        self._finals, self._final_ids, self._partial = [], [], ""
        self.transcript.clear()
        self.title.setText("Session")
        self.badge.clear()

    def live_text(self) -> str:
        """Displayed transcript as plain text (tests)."""
        return self.transcript.toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        """Re-render the rich text when the colour scheme changes (its colours are baked in)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()

    def _render(self) -> None:
        rows = [f"<p>{row}</p>" for row in self._finals]
        if self._partial:
            muted = muted_colour(self.transcript)  # partials in grey, finals in the text colour
            rows.append(f'<p style="color:{muted};">{html.escape(self._partial)}</p>')
        self.transcript.setHtml("".join(rows))
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())


def _final_row(speaker: str, text: str) -> str:
    return f"<b>{html.escape(speaker)}:</b> {html.escape(text)}"
