"""What happens to text between the transcriber and the vault, shared by live sessions and imports.

- ``SegmentRedaction``: one per session; redacts each final segment in order with the previous
  segment's tail as context (an identifier split across segments is still caught) and keeps the
  placeholders consistent ("[NAME 1]" is the same person all session). Returns the stored form:
  redacted text plus label-only marks; ``take_revision`` then gives the previous segment's new
  stored form when this one showed that the question it ended on was about a topic. The
  original text is never returned; the redaction session holds the previous segment's
  sentences (identifiers blanked) in memory until the next one, and of each segment this keeps
  only label-only self-harm signals (``risk_screening.TurnSignal``).
- ``store_risk_flags``: at the end of a session, the risk kinds its redaction raised go onto the
  session; SELF_HARM only when disclosed (or in doubt), not when a screening question was
  clearly denied (``risk_screening.self_harm_finding``, with the stored segments' speakers).
- ``RedactionModelsCache`` (``redaction_models_cache``): the detectors, loaded once per process.
- ``transcribe_file``: audio file → utterances, in memory, for ``import``.
- ``ImportPipeline``: import = transcribe (audio) → redact → store → draft note → retention.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from tenor_desktop.core.models import RedactionMark, Segment
from tenor_desktop.core.settings import PracticeSettings
from tenor_desktop.redaction.redactor import RedactionSession, Redactor
from tenor_desktop.redaction.risk_screening import (
    DISCLOSED,
    SELF_HARM,
    TurnSignal,
    line_signals,
    self_harm_finding,
    with_speakers,
)
from tenor_desktop.redaction.settings import RedactionSettings
from tenor_desktop.redaction.spans import RedactionResult
from tenor_desktop.services.import_service import ImportResult, ImportService, TranscribedUtterance
from tenor_desktop.services.redaction_models_cache import RedactionModelsCache
from tenor_desktop.services.workspace_service import WorkspaceService
from tenor_desktop.vault.repositories import ClientRepository, SegmentRepository, SessionRepository
from tenor_desktop.vault.vault import Vault

StoredForm = tuple[str, tuple[RedactionMark, ...]]
# Topic categories map onto the note's risk-flag vocabulary where one exists.
RISK_KINDS = {"SELF_HARM": "self_harm", "ABUSE": "abuse_disclosure"}


def redaction_settings_for(practice: PracticeSettings) -> RedactionSettings:
    """The practice's redaction choices in the redactor's terms."""
    return RedactionSettings(
        phi_enabled=practice.phi_redaction, topics=frozenset(practice.topic_categories)
    )


def cloud_text_redactor(
    models: RedactionModelsCache,
) -> Callable[[PracticeSettings], Callable[[str], str]]:
    """For WorkspaceService: identifiers (always) and the practice's topics leave redacted."""

    def for_practice(practice: PracticeSettings) -> Callable[[str], str]:
        settings = RedactionSettings(phi_enabled=True, topics=frozenset(practice.topic_categories))
        redactor = Redactor(settings, models.get())
        return lambda text: str(redactor.redact(text).text)

    return for_practice


class SegmentRedaction:
    """Redacts one session's segments in order; collects the risk flags it raises."""

    def __init__(self, redactor: Redactor | None) -> None:
        self._session = RedactionSession(redactor) if redactor is not None else None
        # Per segment: a digest of its stored form (to pair it with the stored segment and its
        # final speaker) and its self-harm signals. Labels only, never the original text.
        self._signals: list[tuple[bytes, tuple[TurnSignal, ...]]] = []

    @classmethod
    def for_practice(
        cls, practice: PracticeSettings, models: RedactionModelsCache
    ) -> SegmentRedaction:
        """Nothing to do when identifiers and every topic are off; otherwise a real redactor."""
        if not practice.phi_redaction and not practice.topic_categories:
            return cls(None)
        return cls(Redactor(redaction_settings_for(practice), models.get()))

    def __call__(self, text: str) -> StoredForm:
        """The stored form of the next final segment."""
        if self._session is None:
            return text, ()
        result = self._session.redact_segment(text)
        self._signals.append((_digest(result.text), line_signals(text, result.topics)))
        return result.text, _marks(result)

    def take_revision(self) -> StoredForm | None:
        """The previous segment's new stored form, when the last one revised it; once.

        The last segment showed that the sentence the previous one ended on was about a topic
        (``RedactionSession.take_revision``): that sentence is now a topic placeholder.
        """
        revision = self._session.take_revision() if self._session is not None else None
        if revision is None:
            return None
        result = revision.result
        if len(self._signals) > 1:
            self._signals[-2] = (_digest(result.text), revision.signals)
        return result.text, _marks(result)

    @property
    def risk_flags(self) -> set[str]:
        """Risk categories found in redacted text (e.g. SELF_HARM), before screening is weighed."""
        return set(self._session.risk_flags) if self._session is not None else set()

    def self_harm_finding(
        self, stored: Sequence[Segment], speaker_names: Mapping[str, str]
    ) -> str | None:
        """``DISCLOSED``, ``SCREENED_DENIED`` or None, reading speakers from ``stored``.

        ``stored`` are the session's stored segments in order; when they do not pair one to one
        with the segments redacted here, speakers count as unknown (every SELF_HARM flags).
        """
        if SELF_HARM not in self.risk_flags:
            return None
        digests = [digest for digest, _ in self._signals]
        signals = [segment_signals for _, segment_signals in self._signals]
        if digests == [_digest(segment.text) for segment in stored]:
            speakers = [speaker_names.get(s.speaker, s.speaker) or None for s in stored]
            finding = self_harm_finding(with_speakers(signals, speakers))
        else:
            finding = self_harm_finding([signal for segment in signals for signal in segment])
        return finding or DISCLOSED  # a SELF_HARM flag with no span seen: in doubt, flag

    def risk_kinds(self, stored: Sequence[Segment], speaker_names: Mapping[str, str]) -> set[str]:
        """The session's risk kinds (``self_harm``...): SELF_HARM only when disclosed."""
        kinds = {RISK_KINDS.get(flag, flag.lower()) for flag in self.risk_flags - {SELF_HARM}}
        if self.self_harm_finding(stored, speaker_names) == DISCLOSED:
            kinds.add(RISK_KINDS[SELF_HARM])
        return kinds


def store_risk_flags(vault: Vault, session_id: str, redaction: SegmentRedaction) -> None:
    """Add the risk kinds the session's redaction raised to the session (labels only)."""
    if not redaction.risk_flags:
        return
    sessions = SessionRepository(vault)
    stored = SegmentRepository(vault).list(session_id)
    kinds = redaction.risk_kinds(stored, sessions.speaker_names(session_id))
    if kinds:
        existing = set(sessions.get(session_id).risk_flags)
        sessions.set_risk_flags(session_id, sorted(existing | kinds))


def _marks(result: RedactionResult) -> tuple[RedactionMark, ...]:
    return tuple(RedactionMark(r.start, r.end, r.label) for r in result.replacements)


def _digest(stored_text: str) -> bytes:
    return hashlib.sha256(stored_text.encode("utf-8")).digest()


def shred_original(path: Path, chunk: int = 1 << 20) -> None:
    """Overwrite an imported recording with zeros in place, fsync, then unlink it.

    Honest limits: on SSDs (wear levelling), copy-on-write filesystems and snapshots the old
    blocks may survive an overwrite; the copy the clinician imported from may exist elsewhere.
    """
    size = path.stat().st_size
    zeros = bytes(min(chunk, max(size, 1)))
    with path.open("r+b") as handle:
        written = 0
        while written < size:
            written += handle.write(zeros[: min(len(zeros), size - written)])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def transcribe_file(path: Path, *, model: str = "tiny") -> list[TranscribedUtterance]:
    """Decode an audio file into memory and transcribe it offline (the file is never copied)."""
    from tenor_desktop.transcription.file_audio import decode_audio_file
    from tenor_desktop.transcription.file_transcription import transcribe_pcm

    audio = decode_audio_file(path)
    try:
        transcript = transcribe_pcm(audio, model=model)
    finally:
        audio.fill(0.0)  # the decoded samples are zeroed as soon as they are transcribed
    return [
        TranscribedUtterance(s.speaker, s.text, s.start_ms, s.end_ms) for s in transcript.segments
    ]


class ImportPipeline:
    """Import a recording or transcript into a client, then redact, draft the note, retain."""

    def __init__(
        self,
        workspace: WorkspaceService,
        models: RedactionModelsCache,
        *,
        transcribe: Callable[[Path], Sequence[TranscribedUtterance]] | None = None,
    ) -> None:
        self._workspace = workspace
        self._models = models
        self._transcribe = transcribe

    def run(self, path: Path, pseudonym: str, *, draft_note: bool = True) -> ImportResult:
        """Import ``path``; returns the new session (its note drafted when ``draft_note``)."""
        practice = self._workspace.practice_settings()
        redaction = SegmentRedaction.for_practice(practice, self._models)
        transcribe = self._transcribe or (
            lambda p: transcribe_file(p, model=practice.transcription_model)
        )
        result = ImportService(
            self._workspace.vault, transcribe_file=transcribe, redact=redaction
        ).import_file(path, client_pseudonym=pseudonym)
        store_risk_flags(self._workspace.vault, result.session_id, redaction)
        if draft_note:
            client = ClientRepository(self._workspace.vault).get(result.client_id)
            self._workspace.draft_note(
                result.session_id, template=client.default_template, provider="offline"
            )
        return result
