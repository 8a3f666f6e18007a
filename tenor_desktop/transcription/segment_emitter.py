"""Events of the streaming offline engine: committed words become FINAL segments with speakers.

``OfflineTranscriber`` decides when words are committed; this turns them into events. A FINAL
is cut at each sentence end, carries the mean word probability as confidence and a speaker
label: placed inline for ``SingleSpeaker``, otherwise a provisional label with the voice handed
to the ``DeferredSpeakerLabeller`` (late SPEAKER events come out of ``take``). The committed
text is kept (its last 1,000 characters) as the source of Whisper prompts.
"""

from __future__ import annotations

import numpy as np

from tenor_desktop.transcription.audio_window import AudioWindow
from tenor_desktop.transcription.diarization import SingleSpeaker, SpeakerTracker
from tenor_desktop.transcription.local_agreement import Word, join_words
from tenor_desktop.transcription.protocol import SAMPLE_RATE, EventKind, TranscriptEvent
from tenor_desktop.transcription.speaker_labeller import DeferredSpeakerLabeller, speaker_events

_KEPT_TEXT_CHARS = 1000


class SegmentEmitter:
    """Collects PARTIAL, FINAL and SPEAKER events until they are taken."""

    def __init__(self, speakers: SpeakerTracker) -> None:
        self._speakers = speakers
        self._labeller = (
            None if isinstance(speakers, SingleSpeaker) else DeferredSpeakerLabeller(speakers)
        )
        self._events: list[TranscriptEvent] = []
        self._committed_text = ""
        self._partial_shown = False

    def committed_text(self, chars: int) -> str:
        """The last ``chars`` characters of the text emitted as FINAL so far ("" for 0)."""
        return self._committed_text[-chars:] if chars > 0 else ""

    def partial_text(self, start_ms: int, end_ms: int, text: str) -> None:
        """A PARTIAL event with text from a cheap decode."""
        self._events.append(TranscriptEvent(EventKind.PARTIAL, start_ms, end_ms, text, speaker=""))
        self._partial_shown = True

    def partial_words(self, words: list[Word]) -> None:
        """A PARTIAL event with words of a word-timestamped decode."""
        self._push(EventKind.PARTIAL, words, speaker="", confidence=None)
        self._partial_shown = True

    def clear_partial(self) -> None:
        """An empty PARTIAL, telling listeners that nothing is pending any more (if needed)."""
        if self._partial_shown:
            self._events.append(TranscriptEvent(EventKind.PARTIAL, 0, 0, "", speaker=""))
            self._partial_shown = False

    def finals(self, words: list[Word], window: AudioWindow) -> None:
        """Committed words as FINAL segments, one per sentence; ``window`` holds their audio."""
        sentence: list[Word] = []
        for word in words:
            sentence.append(word)
            if word.ends_sentence:
                self._final(sentence, window)
                sentence = []
        if sentence:
            self._final(sentence, window)

    def take(self) -> list[TranscriptEvent]:
        """Events since the last call (late speaker labels last)."""
        events, self._events = self._events, []
        if self._labeller is not None:
            events.extend(speaker_events(self._labeller.take()))
        return events

    def final_relabel(self) -> list[TranscriptEvent]:
        """SPEAKER events from the whole-session clustering, at the end of a stream."""
        if self._labeller is None:
            return []
        return speaker_events(self._labeller.final_relabel())

    def label_inline(self) -> None:
        """Label each FINAL before it is emitted, with no late SPEAKER events."""
        if self._labeller is not None:
            self._labeller.close()
            self._labeller = None

    def close(self) -> None:
        """Stop the labeller (which zeroes its audio copies)."""
        if self._labeller is not None:
            self._labeller.close()

    def _final(self, words: list[Word], window: AudioWindow) -> None:
        begin = int(words[0].start * SAMPLE_RATE)
        end = int(words[-1].end * SAMPLE_RATE)
        audio = window.view(begin, end)
        if self._labeller is None:
            speaker = self._speakers.label(audio)
        else:
            speaker = self._labeller.provisional()
            key = (int(words[0].start * 1000), int(words[-1].end * 1000))
            self._labeller.submit(key, audio, speaker)
        confidence = float(np.mean([w.probability for w in words]))
        self._push(EventKind.FINAL, words, speaker=speaker, confidence=confidence)
        self._committed_text = (self._committed_text + " " + join_words(words))[-_KEPT_TEXT_CHARS:]

    def _push(
        self, kind: EventKind, words: list[Word], speaker: str, confidence: float | None
    ) -> None:
        self._events.append(
            TranscriptEvent(
                kind=kind,
                start_ms=int(words[0].start * 1000),
                end_ms=int(words[-1].end * 1000),
                text=join_words(words),
                speaker=speaker,
                confidence=confidence,
            )
        )
