"""NoteWriter: drafts a session's note with the chosen provider, under the client's policy.

Order of operations for a language-model provider: the policy check (a local-only client never
reaches a cloud provider), the optional redaction hook on every line, the delimited prompt, the
provider call, validation of the answer, evidence-support marking. A model with a small context
window (a local server) gets the transcript in chunks rather than a prompt it would silently
cut (``chunked_drafting``). The risk flags always come from the transcript itself, whatever the
provider says or fails to say.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from tenor_desktop.core.models import NOTE_TEMPLATES, ProcessingMode, RiskFlag
from tenor_desktop.notes.chunked_drafting import ContextLimitedClient, draft_in_chunks, fits
from tenor_desktop.notes.draft_note import DraftNote
from tenor_desktop.notes.errors import NoteError, ProviderRefused
from tenor_desktop.notes.note_output import parse_note_output
from tenor_desktop.notes.note_prompt import build_prompt
from tenor_desktop.notes.offline_drafter import OFFLINE_PROVIDER, OfflineDrafter
from tenor_desktop.notes.providers.base import DeltaCallback, NoteModelClient
from tenor_desktop.notes.risk_detector import RiskDetector
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.notes.transcript import TranscriptLine

TextRedactor = Callable[[str], str]
PROVIDERS = (OFFLINE_PROVIDER, "openai", "anthropic", "local")


class NoteWriter:
    """Turns a stored transcript into a DraftNote; offline by default."""

    def __init__(
        self,
        templates: TemplateLibrary,
        *,
        clients: Mapping[str, NoteModelClient] | None = None,
        offline: OfflineDrafter | None = None,
        risk_detector: RiskDetector | None = None,
        redact: TextRedactor | None = None,
    ) -> None:
        self._templates = templates
        self._clients = dict(clients or {})
        self._risk = risk_detector or RiskDetector()
        self._offline = offline or OfflineDrafter(risk_detector=self._risk)
        # Applied to every line before it leaves for a model; the stored transcript is already
        # redacted when the practice has redaction on, so this is a second, cheap safety net.
        self._redact = redact

    def detect_risks(self, lines: Sequence[TranscriptLine]) -> tuple[RiskFlag, ...]:
        """The transcript's risk flags on their own (e.g. to show them when a provider failed)."""
        return self._risk.detect(lines)

    @property
    def templates(self) -> TemplateLibrary:
        """The templates this writer drafts with (built-in plus the clinician's own)."""
        return self._templates

    def template_choices(self) -> list[tuple[str, str]]:
        """``(key, name)`` of every usable template: built-ins first, then the clinician's own."""
        choices = self._templates.choices()
        builtin = [c for c in choices if c[0] in NOTE_TEMPLATES]
        builtin.sort(key=lambda choice: NOTE_TEMPLATES.index(choice[0]))
        return builtin + [c for c in choices if c[0] not in NOTE_TEMPLATES]

    def available_providers(self) -> list[str]:
        """``offline`` plus every configured model client."""
        return [OFFLINE_PROVIDER, *sorted(self._clients)]

    def check_allowed(self, provider: str, processing_mode: ProcessingMode) -> None:
        """Raise ProviderRefused when ``provider`` may not process this client's transcript."""
        if provider == OFFLINE_PROVIDER:
            return
        client = self._clients.get(provider)
        if client is None:
            raise ProviderRefused(f"The note provider '{provider}' is not set up.")
        if processing_mode == ProcessingMode.LOCAL_ONLY and client.is_cloud:
            raise ProviderRefused(
                f"This client is set to local-only processing, so the transcript cannot be sent "
                f"to {provider}, which runs off this computer. Use the offline drafter or a "
                "language model running on this computer."
            )

    def write(
        self,
        lines: Sequence[TranscriptLine],
        *,
        template: str,
        provider: str = OFFLINE_PROVIDER,
        processing_mode: ProcessingMode = ProcessingMode.LOCAL_ONLY,
        on_delta: DeltaCallback | None = None,
    ) -> DraftNote:
        """Draft the note; raises NoteError (the transcript is never modified)."""
        note_template = self._templates.get(template)
        self.check_allowed(provider, processing_mode)
        if provider == OFFLINE_PROVIDER:
            return self._offline.draft(note_template, lines)
        client = self._clients[provider]
        sent = [
            TranscriptLine(line.segment_id, line.speaker, self._redact(line.text))
            if self._redact is not None
            else line
            for line in lines
        ]
        budget = client.prompt_token_budget if isinstance(client, ContextLimitedClient) else None
        if budget is not None and not fits(note_template, sent, budget):
            sections = draft_in_chunks(client, note_template, sent, budget, on_delta)
        else:
            prompt = build_prompt(note_template, sent)
            raw = client.complete(prompt, on_delta)
            texts = {line.segment_id: line.text for line in sent}
            sections = parse_note_output(raw, prompt, texts)
        flags = self._risk.detect(lines)
        return DraftNote(note_template.key, provider, sections, flags, draft=True)

    def write_or_fall_back(
        self,
        lines: Sequence[TranscriptLine],
        *,
        template: str,
        provider: str,
        processing_mode: ProcessingMode = ProcessingMode.LOCAL_ONLY,
        on_delta: DeltaCallback | None = None,
    ) -> tuple[DraftNote, NoteError | None]:
        """Try ``provider``; on any NoteError draft offline and return the error alongside."""
        try:
            note = self.write(
                lines,
                template=template,
                provider=provider,
                processing_mode=processing_mode,
                on_delta=on_delta,
            )
        except NoteError as error:
            return self.write(lines, template=template), error
        return note, None
