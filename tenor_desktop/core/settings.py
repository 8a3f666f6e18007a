"""Practice-wide settings: what the clinician chooses, before IT policy is applied."""

from __future__ import annotations

from dataclasses import dataclass

TOPIC_CATEGORIES = (
    "IMMIGRATION",
    "SEXUAL_CONTENT",
    "ABUSE",
    "SUBSTANCE_USE",
    "CRIMINAL",
    "SELF_HARM",
)
TRANSCRIPTION_ENGINES = ("offline", "deepgram")
TRANSCRIPTION_MODELS = ("tiny", "base")
NOTE_PROVIDERS = ("offline", "openai", "anthropic", "local")
NEW_CLIENT_MODES = ("local_only", "cloud_allowed")  # ProcessingMode values
MAX_IDLE_TIMEOUT_MINUTES = 30


@dataclass(frozen=True)
class PracticeSettings:
    """Defaults: everything offline, identifiers redacted, the HIPAA 30-minute idle lock."""

    phi_redaction: bool = True
    topic_categories: tuple[str, ...] = ()
    redact_cloud_text: bool = True
    transcription_engine: str = "offline"
    transcription_model: str = "tiny"
    note_provider: str = "offline"
    cloud_allowed: bool = True
    new_client_mode: str = "local_only"  # processing mode preselected when adding a client
    idle_timeout_minutes: int = MAX_IDLE_TIMEOUT_MINUTES
    sync_server: str | None = None
    require_2fa: bool = False
