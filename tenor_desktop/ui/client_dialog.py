"""Add a client / client settings: pseudonym, processing mode, automatic deletion, template."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tenor_desktop.core.models import NOTE_TEMPLATES, Client, ProcessingMode, RetentionPolicy

_RETENTION_CHOICES = (
    ("never", "Keep transcripts"),
    ("after_note", "Delete the transcript once the note is generated"),
    ("after_days", "Delete transcripts after a number of days"),
)


@dataclass(frozen=True)
class ClientForm:
    """What the dialog collected."""

    pseudonym: str
    processing_mode: ProcessingMode
    retention: RetentionPolicy
    default_template: str


class ClientDialog(QDialog):
    """Creates or edits a client. ``delete_requested`` is set when the user chose deletion."""

    def __init__(
        self,
        client: Client | None = None,
        *,
        cloud_allowed: bool = True,
        retention_managed: bool = False,
        new_client_mode: ProcessingMode = ProcessingMode.LOCAL_ONLY,
        templates: Sequence[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Args: ``new_client_mode`` is preselected when adding (the practice's choice);
        ``templates`` are ``(key, name)`` of the built-in and the clinician's own templates."""
        super().__init__(parent)
        self.setWindowTitle("Client settings" if client else "Add client")
        self.delete_requested = False
        self.pseudonym = QLineEdit(client.pseudonym if client else "")
        self.pseudonym.setAccessibleName("Pseudonym")
        self.pseudonym.setPlaceholderText("A pseudonym, never the real name")
        self.mode = QComboBox()
        self.mode.addItem("Local only — never leaves this computer", ProcessingMode.LOCAL_ONLY)
        self.mode.addItem(
            "Cloud allowed — Deepgram / OpenAI / Anthropic", ProcessingMode.CLOUD_ALLOWED
        )
        self.mode.setAccessibleName("Processing mode")
        mode = client.processing_mode if client is not None else new_client_mode
        if mode is ProcessingMode.CLOUD_ALLOWED:
            self.mode.setCurrentIndex(1)
        if not cloud_allowed:
            self.mode.setCurrentIndex(0)
            self.mode.setEnabled(False)
            self.mode.setToolTip("Managed by your practice's IT policy")
        self.retention = QComboBox()
        for key, label in _RETENTION_CHOICES:
            self.retention.addItem(label, key)
        self.retention.setAccessibleName("Automatic transcript deletion")
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setSuffix(" days")
        self.days.setAccessibleName("Days before deletion")
        current = client.retention if client else RetentionPolicy()
        self.retention.setCurrentIndex([k for k, _ in _RETENTION_CHOICES].index(current.kind))
        self.days.setValue(current.days or 30)
        if retention_managed:
            self.retention.setEnabled(False)
            self.days.setEnabled(False)
            self.retention.setToolTip("Managed by your practice's IT policy")
        self.template = QComboBox()
        for key, name in templates or [(key, key.upper()) for key in NOTE_TEMPLATES]:
            self.template.addItem(name, key)
        self.template.setAccessibleName("Default note template")
        if client is not None:
            if self.template.findData(client.default_template) < 0:  # e.g. a removed file
                self.template.addItem(client.default_template, client.default_template)
            self.template.setCurrentIndex(self.template.findData(client.default_template))
        self.error = QLabel("")
        self.error.setObjectName("errorText")
        form = QFormLayout()
        form.addRow("Pseudonym", self.pseudonym)
        form.addRow("Processing", self.mode)
        form.addRow("Automatic deletion", self.retention)
        form.addRow("", self.days)
        form.addRow("Default template", self.template)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if client is not None:
            delete = QPushButton("Delete client…")
            delete.setAccessibleName("Delete this client")
            delete.clicked.connect(self._delete)
            layout.addWidget(delete)
        layout.addWidget(buttons)
        self.retention.currentIndexChanged.connect(self._sync_days)
        self._sync_days()

    def _sync_days(self) -> None:
        self.days.setVisible(self.retention.currentData() == "after_days")

    def _accept(self) -> None:
        if not self.pseudonym.text().strip():
            self.error.setText("Enter a pseudonym.")
            return
        self.accept()

    def _delete(self) -> None:
        self.delete_requested = True
        self.reject()

    def form(self) -> ClientForm:
        """The values entered."""
        kind = str(self.retention.currentData())
        retention = (
            RetentionPolicy(kind="after_days", days=self.days.value())
            if kind == "after_days"
            else RetentionPolicy(kind=kind)
        )
        return ClientForm(
            pseudonym=self.pseudonym.text().strip(),
            processing_mode=ProcessingMode(self.mode.currentData()),
            retention=retention,
            default_template=str(self.template.currentData()),
        )
