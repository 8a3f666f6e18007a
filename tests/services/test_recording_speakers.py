"""Late speaker labels: stored finals get their speaker updated in the vault and the UI is told."""

# ruff: noqa: F811  (the vault fixtures are imported from tests/vault/conftest.py by name)
from __future__ import annotations

from tenor_desktop.services.recording_events import SegmentStored, SpeakerRelabelled
from tenor_desktop.transcription.protocol import EventKind, Pcm, TranscriptEvent
from tenor_desktop.vault.vault import Vault
from tests.services.test_recording_service import Rig, WordTranscriber, noise
from tests.vault.conftest import (  # noqa: F401 (pytest fixtures, used by name)
    clock,
    template_vault_dir,
    vault,
    vault_dir,
)


class LateSpeakerTranscriber(WordTranscriber):
    """Finals say "S1" at once; odd segments are placed as "S2" one feed later.

    At finish the first segment is relabelled "S3" (the end-of-session clustering), and one
    SPEAKER event repeats a label the segment already has (must change nothing).
    """

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[TranscriptEvent] = []
        self.finals: list[TranscriptEvent] = []

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        late, self.pending = self.pending, []
        super().feed(pcm, start_sample)
        self._events.extend(late)

    def _commit(self, end: int) -> None:
        super()._commit(end)
        final = self._events[-1]
        self.finals.append(final)
        if len(self.finals) % 2 == 0:
            self.pending.append(
                TranscriptEvent(EventKind.SPEAKER, final.start_ms, final.end_ms, "", "S2")
            )

    def finish(self) -> list[TranscriptEvent]:
        events = super().finish() + self.pending
        first, second = self.finals[0], self.finals[1]
        events.append(TranscriptEvent(EventKind.SPEAKER, first.start_ms, first.end_ms, "", "S3"))
        events.append(TranscriptEvent(EventKind.SPEAKER, second.start_ms, second.end_ms, "", "S2"))
        return events


def test_late_labels_update_the_stored_segments_and_reach_the_ui(vault: Vault) -> None:
    rig = Rig(vault, noise(4.0), transcriber=LateSpeakerTranscriber)
    session_id = rig.start()
    rig.wait_for_source()
    result = rig.service.stop()

    stored = rig.segments.list(session_id)
    assert result.segment_count == 8
    assert [s.speaker for s in stored] == ["S3", "S2", "S1", "S2", "S1", "S2", "S1", "S2"]
    # Stored first with the provisional label, as soon as the text was ready.
    assert {event.segment.speaker for event in rig.of(SegmentStored)} == {"S1"}  # type: ignore[attr-defined]
    relabelled = [event.segment for event in rig.of(SpeakerRelabelled)]  # type: ignore[attr-defined]
    by_id = {s.id: s for s in stored}
    assert len(relabelled) == 5  # four placed late, one changed at stop; the repeat is silent
    assert all(by_id[s.id].text == s.text for s in relabelled)
    assert relabelled[-1].id == stored[0].id and relabelled[-1].speaker == "S3"
    assert {s.speaker for s in relabelled[:-1]} == {"S2"}
    assert result.audio_cleared
