"""Note tab: editable sections, evidence links, unsupported and risk flags, copy/export.

While a language model drafts, its output streams into a read-only preview; the validated note
replaces it when drafting ends. The template picker lists the built-in templates and the
clinician's own (``template_source``), with a button to add one from a file.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
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
from tenor_desktop.ui.theme import error_colour


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

    def _evidence_html(self, section: NoteSection) -> str:
        red = error_colour(self)
        parts = []
        for index, statement in enumerate(section.statements):
            label = html.escape(statement.text[:60] + ("…" if len(statement.text) > 60 else ""))
            if not statement.supported:
                parts.append(f'<span style="color:{red};">⚠ unsupported: {label}</span>')
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
    import_template_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (key, name) of every template; set by the workspace once a vault is open.
        self.template_source: Callable[[], list[tuple[str, str]]] | None = None
        self.header = QLabel("")
        self.header.setObjectName("noteHeader")
        self.flags = QLabel("")
        self.flags.setObjectName("riskBanner")
        self.flags.setWordWrap(True)
        self.flags.setAccessibleName("Risk flags")
        self.template = QComboBox()
        self.template.setAccessibleName("Note template")
        self.set_templates(
            [(t, t.upper() if t != "summary" else "Summary") for t in NOTE_TEMPLATES]
        )
        self.add_template_button = QPushButton("Add template…")
        self.add_template_button.setAccessibleName("Add a note template from a file")
        self.add_template_button.setToolTip("Import a template file (.toml) of your own")
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
        bar.addWidget(self.add_template_button)
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
        self.stream_view = QPlainTextEdit()
        self.stream_view.setReadOnly(True)
        self.stream_view.setAccessibleName("Note being drafted")
        self.stream_view.setPlaceholderText("Waiting for the model's first words…")
        self.stream_view.setVisible(False)
        layout.addWidget(self.stream_view, 1)
        layout.addWidget(scroll, 1)
        self.sections_scroll = scroll
        self.editors: list[SectionEditor] = []
        self.add_template_button.clicked.connect(self.import_template_requested)
        self.save_button.clicked.connect(self._save)
        self.copy_button.clicked.connect(self.copy_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.regenerate_button.clicked.connect(self._regenerate)
        self.show_note(None)

    def set_templates(self, choices: Sequence[tuple[str, str]]) -> None:
        """List these ``(key, name)`` templates, keeping the current choice when it remains."""
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        for key, name in choices:
            self.template.addItem(name, key)
        index = self.template.findData(current) if current is not None else -1
        self.template.setCurrentIndex(max(index, 0))
        self.template.blockSignals(False)

    def select_template(self, key: str) -> None:
        """Pick template ``key`` (listed on the fly if it is not among the known ones)."""
        if self.template.findData(key) < 0:
            self.template.addItem(key, key)
        self.template.setCurrentIndex(self.template.findData(key))

    def refresh_templates(self) -> None:
        """Re-read the template list from ``template_source`` (e.g. after an import)."""
        if self.template_source is not None:
            self.set_templates(self.template_source())

    def begin_drafting(self, *, streaming: bool = True) -> None:
        """Say a note is being drafted; with ``streaming`` (a language model), show the preview
        in place of the note for its text to stream into."""
        self.header.setText("Drafting the note…")
        self.stream_view.clear()
        self.stream_view.setVisible(streaming)
        self.sections_scroll.setVisible(not streaming)
        self.regenerate_button.setEnabled(False)

    def append_draft_text(self, text: str) -> None:
        """Add streamed model output to the preview, as it arrives."""
        cursor = self.stream_view.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.stream_view.setTextCursor(cursor)
        self.stream_view.ensureCursorVisible()

    def end_drafting(self) -> None:
        """Hide the preview (the note, or the previous one after a failure, shows again)."""
        self.stream_view.setVisible(False)
        self.stream_view.clear()
        self.sections_scroll.setVisible(True)
        self.regenerate_button.setEnabled(True)

    def drafting_text(self) -> str:
        """What the preview shows (tests)."""
        return self.stream_view.toPlainText()

    def show_note(self, note: Note | None) -> None:
        """Display ``note`` (None: no note yet)."""
        self.end_drafting()
        self.refresh_templates()
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
        self.select_template(note.template)
        name = self.template.currentText() if note.template not in NOTE_TEMPLATES else None
        self.header.setText(
            f"{name or note.template.upper()} note, version {note.version} ({note.provider}){draft}"
        )
        self.flags.setVisible(bool(note.flags))
        self.flags.setText(f"⚠ Risk: {flag_summary(note.flags)}" if note.flags else "")
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
        template = self.template.currentData()
        if template:
            self.regenerate_requested.emit(str(template), self.provider.currentText())
