"""Import a session from a file: a transcript ``.txt`` now, audio once transcription lands.

A transcript file has one utterance per line, ``Speaker: text``. Blank lines are skipped; a line
without a ``Speaker:`` prefix continues the previous utterance. Speaker names are kept out of
the segments: segments carry ``speaker_0``, ``speaker_1``… and the session's speaker-name map
holds the names as written, so renaming or redacting a speaker is one update.

Text files carry no timing, so times are estimated at 400 ms per word (about 150 words a
minute); they order the segments and give the session a plausible duration, nothing more.

Other areas plug in through optional constructor hooks (all default to None):
- ``transcribe_file(path) -> Sequence[TranscribedUtterance]`` for audio files;
- ``redact(text) -> (stored_text, redaction_marks)`` applied to every utterance before it is
  stored, so unredacted text never reaches the vault when redaction is on; when it can revise
  the utterance before the last (``RevisingRedaction``), that one is stored revised;
- ``draft_note(session_id)`` called after the transcript is committed; it drafts and saves the
  note itself (through NoteRepository). A failing note draft does not undo the import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tenor_desktop.core.clock import Clock
from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.models import RedactionMark, SessionStatus
from tenor_desktop.services.recording_ports import RevisingRedaction
from tenor_desktop.vault.repositories import (
    AuditLog,
    ClientRepository,
    SegmentRepository,
    SessionRepository,
)
from tenor_desktop.vault.vault import Vault

MS_PER_WORD = 400
MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024
TRANSCRIPT_SUFFIXES = (".txt",)
_SPEAKER_LINE = re.compile(r"^\s*([^:\s][^:]{0,39}?)\s*:\s*(.*)$")


@dataclass(frozen=True)
class TranscribedUtterance:
    """One utterance from a transcript file or a transcription engine."""

    speaker: str
    text: str
    start_ms: int | None = None
    end_ms: int | None = None


@dataclass(frozen=True)
class ImportResult:
    """What an import created."""

    session_id: str
    client_id: str
    segment_count: int
    created_client: bool


TranscribeFile = Callable[[Path], Sequence[TranscribedUtterance]]
Redact = Callable[[str], tuple[str, Sequence[RedactionMark]]]
DraftNote = Callable[[str], object]


class ImportService:
    """Turns a file into a client's session with its transcript segments."""

    def __init__(
        self,
        vault: Vault,
        *,
        clock: Clock | None = None,
        transcribe_file: TranscribeFile | None = None,
        redact: Redact | None = None,
        draft_note: DraftNote | None = None,
    ) -> None:
        self._vault = vault
        self._clock = clock or vault.clock
        self._transcribe_file = transcribe_file
        self._redact = redact
        self._draft_note = draft_note

    def import_file(self, path: Path, *, client_pseudonym: str) -> ImportResult:
        """Import ``path`` for the client (created when new); all segments or none are stored."""
        path = Path(path)
        if path.suffix.lower() in TRANSCRIPT_SUFFIXES:
            utterances = parse_transcript(read_transcript(path))
        elif self._transcribe_file is not None:
            utterances = list(self._transcribe_file(path))
        else:
            raise ValidationError(
                "Only transcript .txt files can be imported until audio transcription is set up."
            )
        if not utterances:
            raise ValidationError("The file holds no transcript lines ('Speaker: text').")
        return self._store(utterances, client_pseudonym)

    def _store(self, utterances: Sequence[TranscribedUtterance], pseudonym: str) -> ImportResult:
        clients = ClientRepository(self._vault)
        sessions = SessionRepository(self._vault)
        segments = SegmentRepository(self._vault)
        labels: dict[str, str] = {}
        with self._vault.transaction():
            client = clients.find_by_pseudonym(pseudonym)
            created = client is None
            if client is None:
                client = clients.add(pseudonym)
            now = self._clock.now()
            session = sessions.create(client.id, started_at=now)
            cursor_ms = 0
            forms = self._stored_forms(utterances)
            for utterance, (text, marks) in zip(utterances, forms, strict=True):
                label = labels.setdefault(utterance.speaker, f"speaker_{len(labels)}")
                start = utterance.start_ms if utterance.start_ms is not None else cursor_ms
                end = utterance.end_ms
                if end is None:
                    end = start + MS_PER_WORD * max(1, len(utterance.text.split()))
                segments.append(
                    session.id,
                    start_ms=start,
                    end_ms=end,
                    speaker=label,
                    text=text,
                    redactions=marks,
                )
                cursor_ms = max(cursor_ms, end)
            sessions.set_speaker_names(session.id, {v: k for k, v in labels.items()})
            sessions.set_status(
                session.id, SessionStatus.READY, ended_at=now, duration_ms=cursor_ms
            )
            AuditLog(self._vault).record("import", "session", session.id)
        if self._draft_note is not None:
            self._draft_note(session.id)
        return ImportResult(
            session_id=session.id,
            client_id=client.id,
            segment_count=len(utterances),
            created_client=created,
        )

    def _stored_forms(
        self, utterances: Sequence[TranscribedUtterance]
    ) -> list[tuple[str, Sequence[RedactionMark]]]:
        """Each utterance's stored form, in order; one the next revised is stored revised."""
        redact = self._redact
        if redact is None:
            return [(u.text, ()) for u in utterances]
        forms: list[tuple[str, Sequence[RedactionMark]]] = []
        for utterance in utterances:
            forms.append(redact(utterance.text))
            revision = redact.take_revision() if isinstance(redact, RevisingRedaction) else None
            if revision is not None and len(forms) > 1:
                forms[-2] = revision
        return forms


def read_transcript(path: Path) -> str:
    """The file's text; ValidationError (no path, no content in the message) on any problem."""
    try:
        size = path.stat().st_size
        if size > MAX_TRANSCRIPT_BYTES:
            raise ValidationError("The transcript file is larger than 20 MB.")
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError("The file to import does not exist.") from None
    except UnicodeDecodeError:
        raise ValidationError("The transcript file is not UTF-8 text.") from None
    except OSError as error:
        raise ValidationError(f"The file cannot be read ({error.strerror}).") from None


def parse_transcript(text: str) -> list[TranscribedUtterance]:
    """Split ``Speaker: text`` lines into utterances (continuation lines are joined)."""
    speakers: list[str] = []
    texts: list[list[str]] = []
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line:
            continue
        match = _SPEAKER_LINE.match(line)
        if match and match.group(2):
            speakers.append(match.group(1))
            texts.append([match.group(2).strip()])
        elif match:
            continue  # a lone "Speaker:" with nothing said
        elif texts:
            texts[-1].append(line)
        else:
            speakers.append("Speaker")
            texts.append([line])
    return [
        TranscribedUtterance(speaker=speaker, text=" ".join(parts))
        for speaker, parts in zip(speakers, texts, strict=True)
    ]
