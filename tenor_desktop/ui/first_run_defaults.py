"""First run: the practice's starting choices, everything on this computer preselected.

The choices become the vault's PracticeSettings. Values the IT policy enforces are shown with the
enforced value and locked, so the page never offers what the policy would overrule.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from tenor_desktop.core.settings import PracticeSettings
from tenor_desktop.security.policy import ManagedPolicy

MANAGED = "Managed by your practice's IT policy"

# "engine/model" per transcription choice; the first entry of each list is the offline default.
TRANSCRIPTION_CHOICES: tuple[tuple[str, str], ...] = (
    ("On this computer — Whisper tiny (fastest)", "offline/tiny"),
    ("On this computer — Whisper base (more accurate, slower)", "offline/base"),
    ("Deepgram (cloud; only for cloud-allowed clients)", "deepgram/tiny"),
)
NOTE_CHOICES: tuple[tuple[str, str], ...] = (
    ("On this computer — built-in drafts", "offline"),
    ("OpenAI (cloud; only for cloud-allowed clients)", "openai"),
    ("Anthropic (cloud; only for cloud-allowed clients)", "anthropic"),
    ("A local model server on this network", "local"),
)
MODE_CHOICES: tuple[tuple[str, str], ...] = (
    ("Local only — never leaves this computer", "local_only"),
    ("Cloud allowed — may use the cloud services chosen above", "cloud_allowed"),
)


class DefaultsBox(QGroupBox):
    """Transcription, note drafts, new clients' processing mode and redaction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Starting choices (you can change them later in Settings)", parent)
        self.setObjectName("firstRunDefaults")
        self.transcription = _combo(TRANSCRIPTION_CHOICES, "Transcription engine")
        self.notes = _combo(NOTE_CHOICES, "Note drafts")
        self.new_clients = _combo(MODE_CHOICES, "Processing mode of new clients")
        self.redaction = QCheckBox("Redact the 18 HIPAA identifiers before anything is stored")
        self.redaction.setAccessibleName("Redact identifiers")
        self.cloud_hint = QLabel("")
        self.cloud_hint.setObjectName("noticeText")
        self.cloud_hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("Transcription", self.transcription)
        form.addRow("Note drafts", self.notes)
        form.addRow("New clients", self.new_clients)
        form.addRow(self.redaction)
        form.addRow(self.cloud_hint)
        for combo in (self.transcription, self.notes, self.new_clients):
            combo.currentIndexChanged.connect(self._update_hint)
        self.reset()

    def reset(self) -> None:
        """Everything offline, identifiers redacted."""
        for combo in (self.transcription, self.notes, self.new_clients):
            if combo.isEnabled():
                combo.setCurrentIndex(0)
        if self.redaction.isEnabled():
            self.redaction.setChecked(True)
        self._update_hint()

    def apply_policy(self, policy: ManagedPolicy) -> None:
        """Show the enforced values and lock them."""
        managed = policy.managed_fields
        forced = policy.apply(PracticeSettings())
        if "transcription_engine" in managed:
            _lock(self.transcription, 0)
        if "note_provider" in managed:
            _lock(self.notes, 0)
        if "cloud_allowed" in managed and not forced.cloud_allowed:
            _lock(self.new_clients, 0)
        if "phi_redaction" in managed:
            self.redaction.setChecked(forced.phi_redaction)
            self.redaction.setEnabled(False)
            self.redaction.setText(f"{self.redaction.text()} (managed by IT)")
            self.redaction.setToolTip(MANAGED)
            self.redaction.setAccessibleDescription(MANAGED)
        self._update_hint()

    def settings(self, base: PracticeSettings | None = None) -> PracticeSettings:
        """``base`` (the defaults) with the choices made on this page."""
        engine, model = str(self.transcription.currentData()).split("/")
        return replace(
            base or PracticeSettings(),
            transcription_engine=engine,
            transcription_model=model,
            note_provider=str(self.notes.currentData()),
            new_client_mode=str(self.new_clients.currentData()),
            phi_redaction=self.redaction.isChecked(),
        )

    def _update_hint(self) -> None:
        chosen = self.settings()
        cloud = chosen.transcription_engine == "deepgram" or chosen.note_provider in (
            "openai",
            "anthropic",
        )
        self.cloud_hint.setText(
            "Cloud services are used only for clients marked “cloud allowed”, and need an API "
            "key in Settings."
            if cloud
            else ""
        )
        self.cloud_hint.setVisible(cloud)


def _combo(choices: tuple[tuple[str, str], ...], name: str) -> QComboBox:
    combo = QComboBox()
    for label, value in choices:
        combo.addItem(label, value)
    combo.setAccessibleName(name)
    return combo


def _lock(combo: QComboBox, index: int) -> None:
    combo.setCurrentIndex(index)
    combo.setEnabled(False)
    combo.setToolTip(MANAGED)
    combo.setAccessibleDescription(MANAGED)
