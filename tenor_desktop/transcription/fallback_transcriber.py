"""A primary (cloud) engine that hands the session to a fallback (offline) engine on failure.

While the primary works, everything passes through. When it raises
``DeepgramUnavailableError`` (outage longer than the limit, a full replay buffer, a refused
key), the wrapper takes the primary's undelivered events and its unacknowledged audio, creates
the fallback engine, feeds it that audio from the first unacknowledged sample, and from then on
feeds the fallback directly. Final text before the hand-over came from the primary, after it
from the fallback; the two cover disjoint audio, so no words are lost or repeated. Speaker
labels stay the session's: the voices the primary enrolled (``SpeakerContinuity``) map the
fallback's own numbering, using a copy of the audio the fallback has not acknowledged yet
(RAM only, zeroed as the fallback acknowledges it, and at ``close()``).

The UI learns about status changes as ``TranscriberNotice`` values: pull them with
``notices()`` or pass ``on_notice`` (called on the transcription worker thread; a Qt adapter
re-emits it as a queued signal). Kinds: ``connection_lost``, ``reconnected`` and
``switched_to_offline`` (``reason`` says why: outage, buffer_full, auth_rejected, ...).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from tenor_desktop.transcription.deepgram_audio import PendingAudio
from tenor_desktop.transcription.deepgram_settings import (
    DeepgramUnavailableError,
    FailureKind,
    NoticeKind,
    TranscriberNotice,
)
from tenor_desktop.transcription.deepgram_speakers import SpeakerContinuity
from tenor_desktop.transcription.deepgram_transcriber import Handover
from tenor_desktop.transcription.errors import TranscriptionError
from tenor_desktop.transcription.protocol import (
    SAMPLE_RATE,
    EventKind,
    Pcm,
    Transcriber,
    TranscriptEvent,
)

_log = logging.getLogger(__name__)

_HANDOVER_PIECE = SAMPLE_RATE
NoticeCallback = Callable[[TranscriberNotice], None]


class HandoverTranscriber(Transcriber, Protocol):
    """A primary engine that can give up its unacknowledged audio (``DeepgramTranscriber``)."""

    def hand_over(self) -> Handover:
        """Stop and return undelivered events plus audio from the first unacknowledged sample."""
        ...

    def notices(self) -> list[TranscriberNotice]:
        """Status changes since the last call."""
        ...


class FallbackTranscriber:
    """Implements ``Transcriber``: the primary engine until it fails, then the fallback."""

    def __init__(
        self,
        primary: HandoverTranscriber,
        make_fallback: Callable[[], Transcriber],
        *,
        on_notice: NoticeCallback | None = None,
    ) -> None:
        self._primary = primary
        self._make_fallback = make_fallback
        self._on_notice = on_notice
        self._fallback: Transcriber | None = None
        self._handover_start = 0
        self._handover_end = 0
        self._carried: list[TranscriptEvent] = []
        self._notices: list[TranscriberNotice] = []
        self._speakers: SpeakerContinuity | None = None
        # After the switch: audio the fallback has not acknowledged yet, kept (in RAM, zeroed
        # on acknowledgement) only to map its speaker labels onto the session's.
        self._held = PendingAudio()

    @property
    def name(self) -> str:
        """Id of the engine currently transcribing."""
        return self._primary.name if self._fallback is None else self._fallback.name

    @property
    def switched(self) -> bool:
        """True once the fallback engine has taken over."""
        return self._fallback is not None

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        """Feed the active engine; switch over if the primary gives up."""
        if self._fallback is None:
            try:
                self._primary.feed(pcm, start_sample)
                return
            except DeepgramUnavailableError as error:
                self._switch(error.kind)
            finally:
                self._collect_primary_notices()
        fallback = self._active_fallback()
        end = start_sample + len(pcm)
        if end > self._handover_end:
            # Only the part the primary never took (normally all or nothing of this chunk).
            skip = max(0, self._handover_end - start_sample)
            if self._speakers is not None:
                self._held.append(pcm[skip:], start_sample + skip)
            fallback.feed(pcm[skip:], start_sample + skip)
            self._handover_end = end

    def poll(self) -> list[TranscriptEvent]:
        """Events from the active engine (and any the primary left behind)."""
        if self._fallback is None:
            try:
                return self._primary.poll()
            except DeepgramUnavailableError as error:
                self._switch(error.kind)
            finally:
                self._collect_primary_notices()
        return self._take_carried() + self._from_fallback(self._active_fallback().poll())

    def acknowledged_sample(self) -> int:
        """Position before which the active engine has committed everything."""
        if self._fallback is None:
            return self._primary.acknowledged_sample()
        return max(self._handover_start, self._fallback.acknowledged_sample())

    def finish(self) -> list[TranscriptEvent]:
        """Flush the active engine; a primary that fails while flushing hands over first."""
        if self._fallback is None:
            try:
                return self._primary.finish()
            except DeepgramUnavailableError as error:
                self._switch(error.kind)
            finally:
                self._collect_primary_notices()
        return self._take_carried() + self._from_fallback(self._active_fallback().finish())

    def close(self) -> None:
        """Close both engines. Safe to call twice."""
        self._primary.close()
        if self._fallback is not None:
            self._fallback.close()
        self._held.zeroize()

    def notices(self) -> list[TranscriberNotice]:
        """Status changes since the last call, oldest first."""
        taken, self._notices = self._notices, []
        return taken

    def _active_fallback(self) -> Transcriber:
        if self._fallback is None:
            raise TranscriptionError("The fallback engine is not running.")
        return self._fallback

    def _from_fallback(self, events: list[TranscriptEvent]) -> list[TranscriptEvent]:
        """Give the fallback's events the session's speaker labels, then drop acked audio."""
        speakers = self._speakers
        if speakers is None:
            return events
        mapped: list[TranscriptEvent] = []
        for event in events:
            if event.kind is EventKind.SPEAKER:
                continue  # the session's own speaker continuity labelled that FINAL already
            if not event.text:
                mapped.append(event)  # "nothing pending" markers carry no speaker
            elif event.kind is EventKind.PARTIAL:
                mapped.append(replace(event, speaker=speakers.current_label(event.speaker)))
            else:
                turn = self._held.copy_range(
                    event.start_ms * SAMPLE_RATE // 1000, event.end_ms * SAMPLE_RATE // 1000
                )
                label = speakers.session_label(event.speaker, turn)
                turn.fill(0.0)
                mapped.append(replace(event, speaker=label))
        self._held.release_before(self.acknowledged_sample())
        return mapped

    def _take_carried(self) -> list[TranscriptEvent]:
        taken, self._carried = self._carried, []
        return taken

    def _switch(self, reason: FailureKind) -> None:
        self._collect_primary_notices()
        # Build the fallback first: if its model cannot load, the error reaches the caller
        # while the primary still holds the unacknowledged audio (zeroed at its close()).
        fallback = self._make_fallback()
        inline = getattr(fallback, "label_speakers_inline", None)
        if callable(inline):  # its labels feed the session's speaker continuity, so not late
            inline()
        handover = self._primary.hand_over()
        self._carried.extend(handover.events)
        self._handover_start = handover.start_sample
        self._handover_end = handover.fed_end_sample
        self._fallback = fallback
        self._speakers = handover.speakers
        try:
            if self._speakers is not None:
                self._speakers.new_stream()  # the fallback numbers its speakers its own way
                self._held.append(handover.audio, handover.start_sample)
            # Second-sized pieces, as live capture would deliver them, so the fallback's
            # streaming windows stay as short as usual while it catches up.
            for offset in range(0, len(handover.audio), _HANDOVER_PIECE):
                piece = handover.audio[offset : offset + _HANDOVER_PIECE]
                fallback.feed(piece, handover.start_sample + offset)
        finally:
            handover.audio[:] = 0.0  # engines copy what they keep; this copy is ours to wipe
        _log.warning("switched to the %s engine: %s", fallback.name, reason.value)
        self._emit(
            TranscriberNotice(
                NoticeKind.SWITCHED_TO_OFFLINE,
                handover.start_sample,
                "Deepgram is unavailable; transcription continues on this computer.",
                reason=reason.value,
            )
        )

    def _collect_primary_notices(self) -> None:
        for notice in self._primary.notices():
            self._emit(notice)

    def _emit(self, notice: TranscriberNotice) -> None:
        self._notices.append(notice)
        if self._on_notice is not None:
            self._on_notice(notice)
