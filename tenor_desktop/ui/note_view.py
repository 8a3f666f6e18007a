"""Note tab: editable sections, evidence links, unsupported and risk flags, copy/export."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tenor_desktop.core.models import NOTE_TEMPLATES, Note, NoteSection
from tenor_desktop.core.settings import NOTE_PROVIDERS
from tenor_desktop.notes.note_export import flag_summary


class SectionEditor(QGroupBox):
    """One section: its text (editable) and its statements with evidence links."""

    evidence_clicked = Signal(list)

    def __init__(self, section: NoteSection, parent: QWidget | None = None) -> None:
        super().__init__(section.title, parent)
        self.section = section
        self.editor = QPlainTextEdit(section.text)
        self.editor.setAccessibleName(f"{section.title} section")
        self.editor.setMinimumHeight(90)
        self.evidence = QLabel(self._evidence_html(section))
        self.evidence.setWordWrap(True)
        self.evidence.setAccessibleName(f"{section.title} evidence")
        self.evidence.linkActivated.connect(self._open_link)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.evidence)

    @staticmethod
    def _evidence_html(section: NoteSection) -> str:
        parts = []
        for index, statement in enumerate(section.statements):
            label = html.escape(statement.text[:60] + ("…" if len(statement.text) > 60 else ""))
            if not statement.supported:
                parts.append(f'<span style="color:#c92a2a;">⚠ unsupported: {label}</span>')
            elif statement.evidence:
                parts.append(f'<a href="s{index}">↳ {label}</a>')
        return "<br>".join(parts)

    def _open_link(self, link: str) -> None:
        statement = self.section.statements[int(link[1:])]
        self.evidence_clicked.emit(list(statement.evidence))

    def edited_text(self) -> str | None:
        """The new text if the clinician changed it."""
        text = self.editor.toPlainText()
        return text if text != self.section.text else None


class NoteView(QWidget):
    """Shows the latest note version; emits requests the shell carries out off the main thread."""

    evidence_requested = Signal(list)
    save_requested = Signal(dict)  # {section title: new text}
    copy_requested = Signal()
    export_requested = Signal()
    regenerate_requested = Signal(str, str)  # template, provider

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel("")
        self.header.setObjectName("noteHeader")
        self.flags = QLabel("")
        self.flags.setObjectName("riskBanner")
        self.flags.setWordWrap(True)
        self.flags.setAccessibleName("Risk flags")
        self.template = QComboBox()
        self.template.addItems([t.upper() if t != "summary" else "Summary" for t in NOTE_TEMPLATES])
        self.template.setAccessibleName("Note template")
        self.provider = QComboBox()
        self.provider.addItems(list(NOTE_PROVIDERS))
        self.provider.setAccessibleName("Note provider")
        self.regenerate_button = QPushButton("Regenerate")
        self.save_button = QPushButton("Save edits")
        self.copy_button = QPushButton("Copy for EHR")
        self.export_button = QPushButton("Export PDF…")
        for button in (self.regenerate_button, self.save_button, self.copy_button,
                       self.export_button):  # fmt: skip
            button.setAccessibleName(button.text().rstrip("…"))
        bar = QHBoxLayout()
        bar.addWidget(self.template)
        bar.addWidget(self.provider)
        bar.addWidget(self.regenerate_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.export_button)
        self.sections_box = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sections_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.flags)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.editors: list[SectionEditor] = []
        self.save_button.clicked.connect(self._save)
        self.copy_button.clicked.connect(self.copy_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.regenerate_button.clicked.connect(self._regenerate)
        self.show_note(None)

    def show_note(self, note: Note | None) -> None:
        """Display ``note`` (None: no note yet)."""
        for editor in self.editors:
            editor.deleteLater()
        self.editors = []
        has_note = note is not None
        for button in (self.save_button, self.copy_button, self.export_button):
            button.setEnabled(has_note)
        if note is None:
            self.header.setText("No note yet. Choose a template and press Regenerate.")
            self.flags.setVisible(False)
            return
        draft = " — draft, review before use" if note.draft else ""
        self.header.setText(
            f"{note.template.upper()} note, version {note.version} ({note.provider}){draft}"
        )
        self.flags.setVisible(bool(note.flags))
        self.flags.setText(f"⚠ Risk: {flag_summary(note.flags)}" if note.flags else "")
        if note.template in NOTE_TEMPLATES:
            self.template.setCurrentIndex(NOTE_TEMPLATES.index(note.template))
        for section in note.sections:
            editor = SectionEditor(section)
            editor.evidence_clicked.connect(self.evidence_requested)
            self.sections_layout.addWidget(editor)
            self.editors.append(editor)

    def section_texts(self) -> Sequence[str]:
        """The texts currently in the editors (tests)."""
        return [editor.editor.toPlainText() for editor in self.editors]

    def _save(self) -> None:
        edits = {}
        for editor in self.editors:
            text = editor.edited_text()
            if text is not None:
                edits[editor.section.title] = text
        if edits:
            self.save_requested.emit(edits)

    def _regenerate(self) -> None:
        template = NOTE_TEMPLATES[self.template.currentIndex()]
        self.regenerate_requested.emit(template, self.provider.currentText())
