"""Deepgram live transcription (nova-3) with reconnect and replay of unacknowledged audio.

Audio fed to the engine is kept (in RAM, see ``PendingAudio``) until Deepgram's final results
cover it; only then does ``acknowledged_sample()`` advance and the copy get zeroed. When the
websocket drops, a new stream is opened and starts with the first unacknowledged sample, so
results are neither lost nor duplicated: finals of the old stream end exactly where the new
stream begins. If the service stays away longer than ``max_outage_s``, refuses the key, or the
held audio would exceed ``max_unacknowledged_s``, the engine raises
``DeepgramUnavailableError`` and ``hand_over()`` gives the remaining audio to another engine.
Deepgram restarts its speaker numbering on every stream; ``SpeakerContinuity`` maps each new
stream's speakers onto the session's labels by voice, so a reconnect does not swap them.

Privacy rules enforced here: ``mip_opt_out=true`` on every stream (see ``DeepgramSettings``);
the API key is fetched from the injected getter for each connection and never stored, logged
or put into a message; audio goes to the socket and nowhere else.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from tenor_desktop.transcription.deepgram_audio import PendingAudio, pcm_to_linear16
from tenor_desktop.transcription.deepgram_connection import (
    Closed,
    ConnectionEvent,
    DeepgramConnection,
    Opened,
    Received,
    build_deepgram_client,
)
from tenor_desktop.transcription.deepgram_outage import OutageTracker
from tenor_desktop.transcription.deepgram_results import results_to_events, stream_end_sample
from tenor_desktop.transcription.deepgram_settings import (
    DeepgramSettings,
    DeepgramUnavailableError,
    FailureKind,
    TranscriberNotice,
)
from tenor_desktop.transcription.deepgram_speakers import SpeakerContinuity
from tenor_desktop.transcription.errors import TranscriptionError
from tenor_desktop.transcription.protocol import SAMPLE_RATE, Pcm, TranscriptEvent

_log = logging.getLogger(__name__)

ClientFactory = Callable[[str, DeepgramSettings], Any]
_FINISH_POLL_S = 0.02


@dataclass(frozen=True)
class Handover:
    """What a fallback engine needs: audio from ``start_sample`` on, and undelivered events."""

    events: list[TranscriptEvent]
    start_sample: int
    audio: Pcm
    fed_end_sample: int
    speakers: SpeakerContinuity | None = None  # enrolled voices, to keep labels after the switch


class DeepgramTranscriber:
    """The Deepgram live engine; implements ``Transcriber`` (one worker thread calls it)."""

    def __init__(
        self,
        api_key: Callable[[], str],
        settings: DeepgramSettings | None = None,
        *,
        client_factory: ClientFactory = build_deepgram_client,
    ) -> None:
        self._api_key = api_key
        self._settings = settings or DeepgramSettings()
        self._client_factory = client_factory
        self._inbox: queue.Queue[ConnectionEvent] = queue.Queue()
        self._pending = PendingAudio()
        self._speakers = SpeakerContinuity()
        self._events: list[TranscriptEvent] = []
        self._connection: DeepgramConnection | None = None
        self._generation = 0
        self._open = False
        self._origin = 0  # absolute sample at time zero of the current stream
        self._sent_end = 0  # absolute sample up to which the current stream has audio
        self._fed_end: int | None = None
        self._acked = 0
        self._outage = OutageTracker(self._settings.reconnect_delays_s)
        self._last_send = 0.0
        self._last_audio = 0.0
        self._unanswered_since: float | None = None  # first audio sent since the last reply
        self._finalize_due = False
        self._close_sent = False
        self._stream_finished = False
        self._failure: FailureKind | None = None
        self._closed = False
        self._max_pending = int(self._settings.max_unacknowledged_s * SAMPLE_RATE)

    @property
    def name(self) -> str:
        """Engine id."""
        return "deepgram"

    @property
    def failure(self) -> FailureKind | None:
        """Why the engine gave up, or None while it is working."""
        return self._failure

    @property
    def fed_end_sample(self) -> int:
        """One past the last sample fed so far."""
        return self._acked if self._fed_end is None else self._fed_end

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        """Hold ``pcm`` for replay and stream it; raise DeepgramUnavailableError once failed.

        When more than ``max_unacknowledged_s`` is held: with a stream open or opening this
        waits (up to ``finish_timeout_s``) for Deepgram to catch up, as with a file fed faster
        than real time; without one it gives up with ``BUFFER_FULL`` so the fallback engine
        can take the audio.
        """
        self._raise_if_failed()
        if self._fed_end is None:
            self._fed_end = self._acked = self._origin = self._sent_end = start_sample
        elif start_sample != self._fed_end:
            raise TranscriptionError("Audio reached the transcriber out of order.")
        self._pending.append(np.asarray(pcm, dtype=np.float32), start_sample)
        self._fed_end = start_sample + len(pcm)
        self._last_audio = time.monotonic()
        self._finalize_due = True
        self._stream_finished = False
        self._pump()
        give_up_at = time.monotonic() + self._settings.finish_timeout_s
        while self._pending.sample_count > self._max_pending:
            # Down between attempts (a handshake in progress may still succeed), or a stream
            # that stops finalising: either way the buffer cannot drain.
            if self._connection is None or time.monotonic() > give_up_at:
                self._fail(FailureKind.BUFFER_FULL)
                self._raise_if_failed()
            time.sleep(_FINISH_POLL_S)
            # No new audio arrives meanwhile, so after finalize_after_idle_s a Finalize goes
            # out: it keeps a server that waits for more audio before finalising from
            # deadlocking with us.
            acked_before = self._acked
            self._pump()
            if self._acked > acked_before:
                give_up_at = time.monotonic() + self._settings.finish_timeout_s

    def poll(self) -> list[TranscriptEvent]:
        """Process server messages, keep the stream alive, reconnect when needed."""
        self._pump()
        return self._take_events()

    def acknowledged_sample(self) -> int:
        """Samples before this position are covered by final results (or were replayed away)."""
        return self._acked

    def finish(self) -> list[TranscriptEvent]:
        """Send ``CloseStream`` after all audio and wait until every sample is final.

        Gives up (``FINISH_TIMEOUT``) after ``finish_timeout_s`` without progress; a long
        backlog that is being finalised keeps extending the wait.
        """
        deadline = time.monotonic() + self._settings.finish_timeout_s
        self._finalize_due = False  # CloseStream flushes; a Finalize now would only split words
        while self._fed_end is not None and not (
            self._stream_finished and self._acked >= self._fed_end
        ):
            acked_before = self._acked
            self._pump()
            if self._acked > acked_before:
                deadline = time.monotonic() + self._settings.finish_timeout_s
            connection = self._connection
            if connection and self._open and not self._close_sent:
                if self._sent_end == self._fed_end and connection.send_close_stream():
                    self._close_sent = True
            if time.monotonic() > deadline:
                self._fail(FailureKind.FINISH_TIMEOUT)
                self._raise_if_failed()
            time.sleep(_FINISH_POLL_S)
        return self._take_events()

    def close(self) -> None:
        """Drop the stream and zero every sample still held. Safe to call twice."""
        self._closed = True
        self._abandon_connection()
        self._pending.zeroize()
        self._events.clear()

    def notices(self) -> list[TranscriberNotice]:
        """Status changes since the last call (connection lost / reconnected)."""
        return self._outage.take_notices()

    def hand_over(self) -> Handover:
        """Stop streaming and give up the unacknowledged audio (zeroing this engine's copy)."""
        self._drain_inbox()
        audio = self._pending.copy_from(self._acked)
        speakers = self._speakers if self._settings.diarize else None
        handover = Handover(self._take_events(), self._acked, audio, self.fed_end_sample, speakers)
        self.close()
        return handover

    # -- internals ---------------------------------------------------------------------------

    def _take_events(self) -> list[TranscriptEvent]:
        taken, self._events = self._events, []
        return taken

    def _raise_if_failed(self) -> None:
        if self._failure is not None:
            raise DeepgramUnavailableError(self._failure)
        if self._closed:
            raise TranscriptionError("The Deepgram transcriber is closed.")

    def _fail(self, kind: FailureKind) -> None:
        if self._failure is None:
            _log.warning("deepgram engine gave up: %s", kind.value)
            self._failure = kind
        self._abandon_connection()

    def _abandon_connection(self) -> None:
        connection, self._connection = self._connection, None
        self._generation += 1  # anything the abandoned stream still reports is ignored
        self._open = False
        if connection is not None:
            connection.abort()

    def _pump(self) -> None:
        self._raise_if_failed()
        now = time.monotonic()
        self._drain_inbox()
        if self._connection is None and self._failure is None:
            self._maybe_connect(now)
        elif self._connection is not None and self._open:
            self._send_pending(now)
            self._send_idle_controls(now)
            self._check_stall(now)
        if self._outage.down_longer_than(self._settings.max_outage_s, now):
            self._fail(FailureKind.OUTAGE)
        self._raise_if_failed()

    def _drain_inbox(self) -> None:
        while True:
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                return
            if item.generation != self._generation:
                continue
            if isinstance(item, Opened):
                self._on_opened()
            elif isinstance(item, Received):
                self._on_message(item.message)
            elif isinstance(item, Closed):
                self._on_closed(item)

    def _check_stall(self, now: float) -> None:
        since = self._unanswered_since
        waiting = self._sent_end > self._acked
        if waiting and since is not None and now - since > self._settings.stall_timeout_s:
            _log.info("deepgram stream stalled; reconnecting")
            self._abandon_connection()
            self._on_closed(Closed(self._generation, clean=False))

    def _on_opened(self) -> None:
        self._open = True
        self._unanswered_since = None
        self._speakers.new_stream()
        self._origin = self._sent_end = self._acked
        self._close_sent = False
        self._outage.opened(self._acked)

    def _on_message(self, message: Any) -> None:
        self._unanswered_since = None
        if getattr(message, "type", None) != "Results":
            return  # Metadata, UtteranceEnd, SpeechStarted: nothing to commit
        events = results_to_events(message, self._origin)
        if self._settings.diarize:
            events = [self._with_session_speaker(event, bool(message.is_final)) for event in events]
        self._events.extend(events)
        if message.is_final:
            end = min(stream_end_sample(message, self._origin), self._sent_end)
            if end > self._acked:
                self._acked = end
                self._pending.release_before(end)

    def _with_session_speaker(self, event: TranscriptEvent, final: bool) -> TranscriptEvent:
        if not final:
            return replace(event, speaker=self._speakers.current_label(event.speaker))
        # The turn's audio is still held: final results release it only after this.
        turn = self._pending.copy_range(
            event.start_ms * SAMPLE_RATE // 1000, event.end_ms * SAMPLE_RATE // 1000
        )
        label = self._speakers.session_label(event.speaker, turn)
        turn.fill(0.0)
        return replace(event, speaker=label)

    def _on_closed(self, closed: Closed) -> None:
        now = time.monotonic()
        self._connection = None
        self._open = False
        if closed.clean and self._close_sent:
            # CloseStream completed: the server finalised every sample this stream carried.
            self._acked = max(self._acked, self._sent_end)
            self._pending.release_before(self._acked)
            self._stream_finished = True
            self._outage.retry_now(now)  # audio fed after finish() starts a new stream on demand
            return
        if closed.status_code in (401, 403):
            self._fail(FailureKind.AUTH_REJECTED)
            return
        self._outage.lost(now, self._acked, self._pending.sample_count)

    def _maybe_connect(self, now: float) -> None:
        if self._closed or self._fed_end is None or not self._outage.attempt_due(now):
            return
        if self._stream_finished and self._acked >= self._fed_end:
            return
        try:
            api_key = self._api_key()
        except Exception:
            self._fail(FailureKind.NO_API_KEY)
            return
        if not api_key:
            self._fail(FailureKind.NO_API_KEY)
            return
        self._generation += 1
        client = self._client_factory(api_key, self._settings)
        options = self._settings.stream_options(SAMPLE_RATE)
        self._connection = DeepgramConnection(client, options, self._inbox, self._generation)
        self._connection.start()
        # Until the handshake succeeds the stream counts as down. Read the clock again: the
        # first client build imports the SDK, which can take seconds on a loaded machine.
        self._outage.connecting(time.monotonic())

    def _send_pending(self, now: float) -> None:
        connection = self._connection
        if connection is None:
            return
        for start, view in self._pending.chunks_from(self._sent_end):
            frame = pcm_to_linear16(view)
            sent = connection.send_audio(frame)
            frame[:] = bytes(len(frame))  # the socket has written it; wipe our encoded copy
            if not sent:
                return  # the reader thread reports the close
            self._sent_end = start + len(view)
            self._last_send = now
            if self._unanswered_since is None:
                self._unanswered_since = now

    def _send_idle_controls(self, now: float) -> None:
        connection = self._connection
        if connection is None:
            return
        if self._finalize_due and now - self._last_audio >= self._settings.finalize_after_idle_s:
            # A pause: ask for the words said so far to be committed now, not at the next phrase.
            self._finalize_due = False
            if connection.send_finalize():
                self._last_send = now
        elif now - self._last_send >= self._settings.keepalive_interval_s:
            if connection.send_keep_alive():
                self._last_send = now
