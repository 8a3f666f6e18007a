"""Practice settings; values enforced by IT policy are shown locked with "Managed by IT"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tenor_desktop.core.settings import (
    MAX_IDLE_TIMEOUT_MINUTES,
    NOTE_PROVIDERS,
    TOPIC_CATEGORIES,
    TRANSCRIPTION_ENGINES,
    TRANSCRIPTION_MODELS,
    PracticeSettings,
)
from tenor_desktop.security.policy import ManagedPolicy

MANAGED = "Managed by your practice's IT policy"
# Secret names as the providers look them up in the SecretStore.
API_KEYS = {
    "deepgram_api_key": "Deepgram",
    "openai_api_key": "OpenAI",
    "anthropic_api_key": "Anthropic",
}
TOPIC_LABELS = {
    "IMMIGRATION": "Immigration status",
    "SEXUAL_CONTENT": "Explicit sexual content",
    "ABUSE": "Abuse",
    "SUBSTANCE_USE": "Substance use",
    "CRIMINAL": "Criminal activity",
    "SELF_HARM": "Self-harm (still flagged for your risk review)",
}


class PracticeSettingsDialog(QDialog):
    """Edits PracticeSettings; returns the clinician's choices (the service applies policy)."""

    def __init__(
        self,
        settings: PracticeSettings,
        policy: ManagedPolicy,
        parent: QWidget | None = None,
        *,
        saved_keys: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Practice settings")
        self._original = settings
        managed = policy.managed_fields
        forced_topics = set(policy.enforced.get("topic_categories", ()))

        self.phi = QCheckBox("Redact the 18 HIPAA identifiers before anything is stored")
        self.phi.setChecked(settings.phi_redaction)
        self.topics: dict[str, QCheckBox] = {}
        topics_box = QGroupBox("Also redact these sensitive topics")
        topics_layout = QVBoxLayout(topics_box)
        for key in TOPIC_CATEGORIES:
            box = QCheckBox(TOPIC_LABELS[key])
            box.setChecked(key in settings.topic_categories)
            if key in forced_topics:
                _lock(box)
            topics_layout.addWidget(box)
            self.topics[key] = box
        self.engine = _combo(TRANSCRIPTION_ENGINES, settings.transcription_engine, "Transcription")
        self.model = _combo(TRANSCRIPTION_MODELS, settings.transcription_model, "Offline model")
        self.provider = _combo(NOTE_PROVIDERS, settings.note_provider, "Note provider")
        self.new_clients = QComboBox()
        self.new_clients.addItem("Local only", "local_only")
        self.new_clients.addItem("Cloud allowed", "cloud_allowed")
        chosen_mode = self.new_clients.findData(settings.new_client_mode)
        self.new_clients.setCurrentIndex(max(0, chosen_mode))
        self.new_clients.setAccessibleName("Processing mode of new clients")
        if "cloud_allowed" in managed and not policy.apply(settings).cloud_allowed:
            self.new_clients.setCurrentIndex(0)
            _lock(self.new_clients)
        self.idle = QSpinBox()
        cap = int(policy.enforced.get("max_idle_timeout_minutes", MAX_IDLE_TIMEOUT_MINUTES))
        self.idle.setRange(1, cap)
        self.idle.setValue(min(settings.idle_timeout_minutes, cap))
        self.idle.setSuffix(" minutes")
        self.idle.setAccessibleName("Lock after inactivity")
        self.sync_server = QLineEdit(settings.sync_server or "")
        self.sync_server.setPlaceholderText("https://sync.example.org (optional)")
        self.sync_server.setAccessibleName("Sync server")
        self.require_2fa = QCheckBox("Require two-factor sign-in for sync")
        self.require_2fa.setChecked(settings.require_2fa)

        for name, widget in (
            ("phi_redaction", self.phi),
            ("transcription_engine", self.engine),
            ("note_provider", self.provider),
            ("sync_server", self.sync_server),
            ("require_2fa", self.require_2fa),
        ):
            if name in managed:
                _lock(widget)
        if "idle_timeout_minutes" in managed:
            self.idle.setToolTip(f"{MANAGED}: at most {cap} minutes")

        def label(text: str, field: str) -> str:
            return f"{text} (managed)" if field in managed else text

        form = QFormLayout()
        form.addRow(self.phi)
        form.addRow(topics_box)
        form.addRow(label("Transcription", "transcription_engine"), self.engine)
        form.addRow("Offline model", self.model)
        form.addRow(label("Note drafts", "note_provider"), self.provider)
        form.addRow(label("New clients", "cloud_allowed"), self.new_clients)
        form.addRow(label("Lock after", "idle_timeout_minutes"), self.idle)
        form.addRow(label("Sync server", "sync_server"), self.sync_server)
        form.addRow(self.require_2fa)
        form.addRow(self._api_keys_box(saved_keys))
        layout = QVBoxLayout(self)
        if policy.source is not None:
            note = QLabel(
                "Some settings are managed by your practice's IT policy."
                if policy.valid
                else "The IT policy file is invalid; the safest settings are in force."
            )
            note.setObjectName("noticeText")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.delete_account_requested = False
        self.sign_in_requested = False
        self.two_factor_requested = False
        self.sign_in_button = QPushButton("Sync account…")
        self.sign_in_button.setAccessibleName("Sign in to sync")
        self.sign_in_button.clicked.connect(lambda: self._leave("sign_in_requested"))
        self.two_factor_button = QPushButton("Set up two-factor…")
        self.two_factor_button.setAccessibleName("Set up two-factor sign-in")
        self.two_factor_button.clicked.connect(lambda: self._leave("two_factor_requested"))
        account_row = QHBoxLayout()
        account_row.addWidget(self.sign_in_button)
        account_row.addWidget(self.two_factor_button)
        account_row.addStretch(1)
        self.delete_account_button = QPushButton("Delete account and vault…")
        self.delete_account_button.setAccessibleName("Delete the account and the whole vault")
        self.delete_account_button.clicked.connect(self._delete_account)
        account_row.addWidget(self.delete_account_button)
        layout.addLayout(account_row)
        layout.addWidget(buttons)

    def _api_keys_box(self, saved: frozenset[str]) -> QGroupBox:
        box = QGroupBox("API keys (kept in the system keyring, never in the settings file)")
        keys_form = QFormLayout(box)
        self.key_fields: dict[str, QLineEdit] = {}
        for name, label in API_KEYS.items():
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(f"{label} API key")
            field.setPlaceholderText("Saved; type to replace" if name in saved else "Not set")
            keys_form.addRow(label, field)
            self.key_fields[name] = field
        return box

    def api_keys(self) -> dict[str, str]:
        """Keys the clinician typed (secret name → value); empty fields keep what is stored."""
        return {name: f.text().strip() for name, f in self.key_fields.items() if f.text().strip()}

    def _leave(self, flag: str) -> None:
        setattr(self, flag, True)
        self.reject()

    def _delete_account(self) -> None:
        self.delete_account_requested = True
        self.reject()

    def settings(self) -> PracticeSettings:
        """The clinician's choices."""
        return replace(
            self._original,
            phi_redaction=self.phi.isChecked(),
            topic_categories=tuple(k for k, box in self.topics.items() if box.isChecked()),
            transcription_engine=self.engine.currentText(),
            transcription_model=self.model.currentText(),
            note_provider=self.provider.currentText(),
            new_client_mode=str(self.new_clients.currentData()),
            idle_timeout_minutes=self.idle.value(),
            sync_server=self.sync_server.text().strip() or None,
            require_2fa=self.require_2fa.isChecked(),
        )


def _combo(options: tuple[str, ...], current: str, name: str) -> QComboBox:
    combo = QComboBox()
    combo.addItems(list(options))
    combo.setCurrentText(current)
    combo.setAccessibleName(name)
    return combo


def _lock(widget: QWidget) -> None:
    if isinstance(widget, QCheckBox):
        widget.setText(f"{widget.text()} (managed by IT)")
    widget.setEnabled(False)
    widget.setToolTip(MANAGED)
    widget.setAccessibleDescription(MANAGED)
