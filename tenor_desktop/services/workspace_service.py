"""What the clinician does on an unlocked vault, in one place for the UI (and the CLI).

Clients, practice settings under IT policy, deletions, speaker names, note drafting and edits.
Every write that a retention policy cares about ends by letting the RetentionService act, so a
policy never silently fails to apply.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.models import (
    NOTE_TEMPLATES,
    Client,
    Note,
    ProcessingMode,
    RetentionPolicy,
    check_template_key,
)
from tenor_desktop.core.settings import PracticeSettings
from tenor_desktop.notes.note_editing import edit_section
from tenor_desktop.security.policy import ManagedPolicy
from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.services.retention_service import RetentionService
from tenor_desktop.vault.repositories import (
    ClientRepository,
    NoteRepository,
    SegmentRepository,
    SessionRepository,
    SettingsRepository,
)
from tenor_desktop.vault.vault import Vault

if TYPE_CHECKING:  # the drafting stack (numpy, httpx) loads on first use, not at start-up
    from tenor_desktop.notes.draft_note import DraftNote
    from tenor_desktop.notes.note_writer import NoteWriter
    from tenor_desktop.notes.transcript import TranscriptLine

PRACTICE_SETTINGS_KEY = "practice"
# Builds the redaction applied to text leaving for a cloud provider, from the practice settings.
CloudTextRedactor = Callable[[PracticeSettings], Callable[[str], str]]
MAX_PSEUDONYM_LENGTH = 80


def validate_pseudonym(pseudonym: str) -> str:
    """Trimmed pseudonym; ValidationError when empty, too long or multi-line."""
    cleaned = pseudonym.strip()
    if not cleaned:
        raise ValidationError("Enter a pseudonym for the client.")
    if len(cleaned) > MAX_PSEUDONYM_LENGTH or "\n" in cleaned:
        raise ValidationError(
            f"A pseudonym is one line of at most {MAX_PSEUDONYM_LENGTH} characters."
        )
    return cleaned


class WorkspaceService:
    """Use cases on an open vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        policy: ManagedPolicy | None = None,
        note_writer: NoteWriter | None = None,
        clock: Clock | None = None,
        cloud_text_redactor: CloudTextRedactor | None = None,
    ) -> None:
        self.vault = vault
        self.policy = policy or ManagedPolicy()
        self._clock = clock or SystemClock()
        self._note_writer = note_writer
        self._cloud_text_redactor = cloud_text_redactor
        self.deletion = DeletionService(vault, clock=self._clock)
        self.retention = RetentionService(vault, self.deletion, clock=self._clock)
        self._clients = ClientRepository(vault)
        self._sessions = SessionRepository(vault)
        self._notes = NoteRepository(vault)
        self._settings = SettingsRepository(vault)

    # -- practice settings -------------------------------------------------------------------
    def practice_settings(self) -> PracticeSettings:
        """The settings in force: the clinician's choices with IT policy laid over them."""
        stored: Mapping[str, Any] = self._settings.get(PRACTICE_SETTINGS_KEY, {}) or {}
        known = {f.name for f in fields(PracticeSettings)}
        values = {k: v for k, v in stored.items() if k in known}
        if "topic_categories" in values:
            values["topic_categories"] = tuple(values["topic_categories"])
        return self.policy.apply(PracticeSettings(**values))

    def save_practice_settings(self, settings: PracticeSettings) -> PracticeSettings:
        """Store the clinician's choices; returns what is in force after policy."""
        effective = self.policy.apply(settings)
        self._settings.set(PRACTICE_SETTINGS_KEY, asdict(settings))
        return effective

    # -- clients -----------------------------------------------------------------------------
    def add_client(
        self,
        pseudonym: str,
        *,
        processing_mode: ProcessingMode = ProcessingMode.LOCAL_ONLY,
        retention: RetentionPolicy | None = None,
        default_template: str = "soap",
    ) -> Client:
        """Create a client; IT policy can force the processing mode and retention."""
        name = validate_pseudonym(pseudonym)
        if self._clients.find_by_pseudonym(name) is not None:
            raise ValidationError("A client with that pseudonym already exists.")
        check_template_key(default_template)
        return self._clients.add(
            name,
            processing_mode=self._allowed_mode(processing_mode),
            retention=self.policy.transcript_retention or retention or RetentionPolicy(),
            default_template=default_template,
        )

    def update_client(
        self,
        client_id: str,
        *,
        pseudonym: str | None = None,
        processing_mode: ProcessingMode | None = None,
        retention: RetentionPolicy | None = None,
        default_template: str | None = None,
    ) -> Client:
        """Change a client's settings; a new retention policy applies to existing data now."""
        if pseudonym is not None:
            pseudonym = validate_pseudonym(pseudonym)
            other = self._clients.find_by_pseudonym(pseudonym)
            if other is not None and other.id != client_id:
                raise ValidationError("A client with that pseudonym already exists.")
        if default_template is not None:
            check_template_key(default_template)
        if self.policy.transcript_retention is not None:
            retention = self.policy.transcript_retention
        client = self._clients.update(
            client_id,
            pseudonym=pseudonym,
            processing_mode=None
            if processing_mode is None
            else self._allowed_mode(processing_mode),
            retention=retention,
            default_template=default_template,
        )
        if retention is not None:
            self.retention.apply_policy(client_id)
        return client

    def _allowed_mode(self, mode: ProcessingMode) -> ProcessingMode:
        if not self.practice_settings().cloud_allowed:
            return ProcessingMode.LOCAL_ONLY
        return mode

    # -- sessions ----------------------------------------------------------------------------
    def rename_speakers(self, session_id: str, names: Mapping[str, str]) -> None:
        """Give raw speaker labels display names (swap by exchanging names)."""
        cleaned = {label: name.strip() for label, name in names.items() if name.strip()}
        self._sessions.set_speaker_names(session_id, cleaned)

    # -- notes -------------------------------------------------------------------------------
    def note_templates(self) -> list[tuple[str, str]]:
        """``(key, name)`` of every note template: built-ins, then the clinician's own."""
        if self._note_writer is None:
            return [(key, key.upper()) for key in NOTE_TEMPLATES]
        return self._note_writer.template_choices()

    def import_note_template(self, path: Path) -> tuple[str, str]:
        """Validate a template file and add it to the clinician's templates; ``(key, name)``."""
        if self._note_writer is None:
            raise ValidationError("Note drafting is not set up.")
        template = self._note_writer.templates.import_template_file(path)
        return template.key, template.name

    def draft_note(
        self,
        session_id: str,
        *,
        template: str,
        provider: str = "offline",
        on_delta: Callable[[str], None] | None = None,
    ) -> Note:
        """Draft (or redraft) the session's note and store it as a new version.

        ``on_delta`` receives a model's output text as it streams in (on the calling thread).
        """
        if self._note_writer is None:
            raise ValidationError("Note drafting is not set up.")
        check_template_key(template)
        session = self._sessions.get(session_id)
        client = self._clients.get(session.client_id)
        practice = self.practice_settings()
        if provider != "offline" and not practice.cloud_allowed:
            raise ValidationError("Cloud note providers are disabled by your practice's IT policy.")
        from tenor_desktop.notes.transcript import TranscriptLine

        lines = [
            TranscriptLine(segment.id, segment.speaker, segment.text)
            for segment in SegmentRepository(self.vault).list(session_id)
        ]
        if not lines:
            raise ValidationError("This session has no transcript to draft a note from.")
        if provider != "offline" and practice.redact_cloud_text:
            lines = self._redacted_for_cloud(lines, practice)
        draft = self._note_writer.write(
            lines,
            template=template,
            provider=provider,
            processing_mode=client.processing_mode,
            on_delta=on_delta,
        )
        return self._save_draft(session_id, draft)

    def _redacted_for_cloud(
        self, lines: list[TranscriptLine], practice: PracticeSettings
    ) -> list[TranscriptLine]:
        # Fail safe: with the practice setting on, no text leaves unredacted, even when the
        # stored transcript keeps identifiers (PHI redaction of storage switched off).
        if self._cloud_text_redactor is None:
            raise ValidationError(
                "Text sent to cloud providers must be redacted, but redaction is not available."
            )
        from tenor_desktop.notes.transcript import TranscriptLine

        redact = self._cloud_text_redactor(practice)
        return [TranscriptLine(line.segment_id, line.speaker, redact(line.text)) for line in lines]

    def save_note_edits(self, session_id: str, edits: Mapping[str, str]) -> Note:
        """Store the clinician's section edits as the next note version."""
        latest = self._notes.latest(session_id)
        if latest is None:
            raise ValidationError("There is no note to edit yet.")
        sections = latest.sections
        for title, text in edits.items():
            sections = edit_section(sections, title, text)
        note = self._notes.save(
            session_id,
            template=latest.template,
            provider=latest.provider,
            sections=sections,
            flags=latest.flags,
            draft=latest.draft,
        )
        self.retention.on_note_saved(session_id)
        return note

    def _save_draft(self, session_id: str, draft: DraftNote) -> Note:
        note = self._notes.save(
            session_id,
            template=draft.template,
            provider=draft.provider,
            sections=draft.sections,
            flags=draft.flags,
            draft=draft.draft,
        )
        if draft.flags:
            existing = set(self._sessions.get(session_id).risk_flags)
            self._sessions.set_risk_flags(
                session_id, sorted(existing | {flag.kind for flag in draft.flags})
            )
        self.retention.on_note_saved(session_id)
        return note

    def apply_policy_to_all_clients(self) -> None:
        """Force IT's retention policy onto every client (at unlock).

        The deletions it makes due are carried out by ``retention.run_due()``, which the
        composition root runs right after this at every unlock.
        """
        forced = self.policy.transcript_retention
        if forced is None:
            return
        for client in self._clients.list():
            if client.retention != forced:
                self._clients.update(client.id, retention=forced)
