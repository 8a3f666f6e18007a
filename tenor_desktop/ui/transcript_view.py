"""Transcript tab: speaker labels, timestamps, search highlight, rename/swap speakers."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tenor_desktop.core.models import Segment
from tenor_desktop.ui.redaction_review import redaction_summary, risk_summary, segment_html
from tenor_desktop.ui.theme import muted_colour


def format_timestamp(ms: int) -> str:
    """``h:mm:ss`` for a session offset in milliseconds."""
    seconds = ms // 1000
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class TranscriptView(QWidget):
    """Read-only transcript with highlight of a search term and of evidence lines."""

    rename_speakers_requested = Signal()
    delete_transcript_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText("Find in transcript")
        self.find_box.setAccessibleName("Find in transcript")
        self.find_box.setClearButtonEnabled(True)
        self.rename_button = QPushButton("Rename speakers…")
        self.rename_button.setAccessibleName("Rename or swap speakers")
        self.delete_button = QPushButton("Delete transcript…")
        self.delete_button.setAccessibleName("Delete this transcript")
        self.risk = QLabel("")
        self.risk.setObjectName("riskBanner")
        self.risk.setWordWrap(True)
        self.risk.setAccessibleName("Risk flags")
        self.summary = QLabel("")
        self.summary.setObjectName("redactionSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What redaction removed")
        self.text = QTextBrowser()
        self.text.setAccessibleName("Transcript")
        self.text.setOpenLinks(False)
        bar = QHBoxLayout()
        bar.addWidget(self.find_box, 1)
        bar.addWidget(self.rename_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.risk)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        self._segments: tuple[Segment, ...] = ()
        self._names: dict[str, str] = {}
        self._evidence: set[int] = set()
        self._deleted = False
        self.find_box.textChanged.connect(lambda _text: self._render())
        self.rename_button.clicked.connect(self.rename_speakers_requested)
        self.delete_button.clicked.connect(self.delete_transcript_requested)

    def show_segments(
        self,
        segments: Sequence[Segment],
        speaker_names: Mapping[str, str],
        *,
        deleted: bool,
        risk_flags: Sequence[str] = (),
    ) -> None:
        """Display a session's transcript (or say that it was deleted) with its review."""
        self._segments = tuple(segments)
        summary = redaction_summary(self._segments)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.risk.setText(risk_summary(risk_flags))
        self.risk.setVisible(bool(risk_flags))
        self._names = dict(speaker_names)
        self._evidence = set()
        self._deleted = deleted
        self.rename_button.setEnabled(bool(segments))
        self.delete_button.setEnabled(bool(segments))
        self._render()

    def highlight_evidence(self, segment_ids: Sequence[int]) -> None:
        """Mark the lines a note statement rests on and scroll to the first."""
        self._evidence = set(segment_ids)
        self._render()
        if segment_ids:
            self.text.scrollToAnchor(f"seg{min(segment_ids)}")

    def clear(self) -> None:
        """Forget everything shown (lock, deletion)."""
        self.show_segments((), {}, deleted=False)
        self.find_box.clear()

    def plain_text(self) -> str:
        """What is displayed, as plain text (tests, accessibility)."""
        return self.text.toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        """Re-render the rich text when the colour scheme changes (its colours are baked in)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()

    def _render(self) -> None:
        if self._deleted:
            self.text.setHtml("<p><i>The transcript of this session was deleted.</i></p>")
            return
        if not self._segments:
            self.text.setHtml("<p><i>No transcript.</i></p>")
            return
        needle = self.find_box.text().strip().lower()
        rows = []
        muted = muted_colour(self.text)
        for segment in self._segments:
            speaker = html.escape(self._names.get(segment.speaker, segment.speaker))
            body = segment_html(segment.text, segment.redactions, needle)
            evidence = segment.id in self._evidence
            style = ' style="background-color:#fff3bf; color:#212529;"' if evidence else ""
            rows.append(
                f'<p{style}><a name="seg{segment.id}"></a>'
                f'<span style="color:{muted};">{format_timestamp(segment.start_ms)}</span> '
                f"<b>{speaker}:</b> {body}</p>"
            )
        self.text.setHtml("".join(rows))
