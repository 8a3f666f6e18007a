"""Hand-over to the fallback engine: exactly the unacknowledged audio, from the last final on.

The fallback here only records what it is fed, so these tests check the audio contract of
``FallbackTranscriber`` + ``DeepgramTranscriber`` without depending on what an offline model
hears: the fallback gets the session audio from ``at_sample`` to the end, contiguous and
exactly once; ``at_sample`` is the end of the last final Deepgram result that reached the
client, and every final that reached it is in the transcript once.

Why the position matters: on an abrupt drop the client can lose finals the server had already
sent (websockets closes the socket when a send fails, before its reader thread has read what
was still in the kernel buffer). The hand-over then starts at an earlier final (or at 0), and
the fallback transcribes that audio again: that is correct, nothing was committed for it.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from tenor_desktop.transcription.deepgram_settings import (
    DeepgramSettings,
    NoticeKind,
    TranscriberNotice,
)
from tenor_desktop.transcription.deepgram_transcriber import DeepgramTranscriber
from tenor_desktop.transcription.fallback_transcriber import FallbackTranscriber
from tenor_desktop.transcription.protocol import Pcm, TranscriptEvent
from tests.fakes.deepgram_segmenter import RATE, Audio, WhisperWordDecoder
from tests.fakes.deepgram_server import FakeDeepgramServer, RecordedConnection
from tests.fakes.deepgram_speech import StreamRun, conversation_with_spans, stream_through

API_KEY = "dg-handover-key"
VOICES = [
    ("The weather was cold this morning.", 35, "en-us"),
    ("I walked to the office and made some tea.", 70, "en-us+f3"),
    ("The children played in the garden.", 35, "en-us"),
]


class RecordingFallback:
    """A fallback engine that keeps a copy of every piece it is fed and transcribes nothing."""

    def __init__(self) -> None:
        self.pieces: list[tuple[int, Pcm]] = []

    @property
    def name(self) -> str:
        """Engine id."""
        return "recording"

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        """Copy the piece (the caller zeroes its own)."""
        self.pieces.append((start_sample, np.array(pcm, dtype=np.float32, copy=True)))

    def poll(self) -> list[TranscriptEvent]:
        """No text."""
        return []

    def acknowledged_sample(self) -> int:
        """Everything fed counts as done."""
        return self.pieces[-1][0] + len(self.pieces[-1][1]) if self.pieces else 0

    def finish(self) -> list[TranscriptEvent]:
        """No text."""
        return []

    def close(self) -> None:
        """Nothing to release."""


@pytest.fixture(scope="module")
def decoder() -> WhisperWordDecoder:
    return WhisperWordDecoder()


@pytest.fixture(scope="module")
def two_voices(tmp_path_factory: pytest.TempPathFactory) -> tuple[Audio, list[tuple[int, int]]]:
    return conversation_with_spans(VOICES, tmp_path_factory.mktemp("handover"))


@pytest.fixture
def server(decoder: WhisperWordDecoder) -> Iterator[FakeDeepgramServer]:
    with FakeDeepgramServer(API_KEY, decoder, send_interim_results=False) as fake:
        yield fake


def sent_finals(connection: RecordedConnection) -> list[tuple[int, str]]:
    """(end sample, transcript) of every final result the server sent, in order."""
    return [
        (round((m["start"] + m["duration"]) * RATE), m["channel"]["alternatives"][0]["transcript"])
        for m in connection.sent
        if m.get("type") == "Results" and m["is_final"]
    ]


def run_into_recorder(
    server: FakeDeepgramServer, audio: Audio
) -> tuple[StreamRun, RecordingFallback, TranscriberNotice]:
    recorder = RecordingFallback()
    settings = DeepgramSettings(
        base_url=server.ws_base, reconnect_delays_s=(0.1, 0.2), max_outage_s=1.0
    )
    engine = FallbackTranscriber(DeepgramTranscriber(lambda: API_KEY, settings), lambda: recorder)
    run = stream_through(engine, audio)
    notices = engine.notices()
    engine.close()
    server.refusing = False
    assert [n.kind for n in notices] == [
        NoticeKind.CONNECTION_LOST,
        NoticeKind.SWITCHED_TO_OFFLINE,
    ], notices
    return run, recorder, notices[-1]


def assert_clean_handover(
    audio: Audio,
    connection: RecordedConnection,
    run: StreamRun,
    recorder: RecordingFallback,
    switched: TranscriberNotice,
) -> None:
    """Finals that arrived end by ``at_sample``; the fallback got ``audio[at_sample:]`` once."""
    at = switched.at_sample
    sent = sent_finals(connection)
    assert at in {0} | {end for end, _text in sent}, "the hand-over starts at a final's end"
    # The finals in the transcript are Deepgram's (the recorder transcribes nothing): each one
    # that ends by the hand-over arrived and is there once, none that ends after it is.
    arrived = " ".join(text for end, text in sent if end <= at and text)
    assert run.final_text() == arrived
    assert all(event.end_ms * RATE <= at * 1000 for event in run.finals())
    assert linear16_prefix(audio, connection), "the stream carried the session audio from 0"
    assert at <= len(connection.audio) // 2, "nothing the stream never carried was acknowledged"
    starts = [start for start, _piece in recorder.pieces]
    assert starts[0] == at, "the fallback must start at the first unacknowledged sample"
    assert all(
        start + len(piece) == following
        for (start, piece), following in zip(recorder.pieces, starts[1:], strict=False)
    ), "the fallback's audio must be contiguous"
    fed = np.concatenate([piece for _start, piece in recorder.pieces])
    assert np.array_equal(fed, audio[at:]), "the fallback must get every sample from there, once"
    assert run.acks[-1] == len(audio)


def linear16_prefix(audio: Audio, connection: RecordedConnection) -> bool:
    fed = (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()
    return fed.startswith(bytes(connection.audio))


def middle_of_phrase(spans: list[tuple[int, int]], index: int) -> float:
    start, end = spans[index]
    return (start + end) / 2 / RATE


def test_clean_drop_hands_over_at_the_last_final(
    server: FakeDeepgramServer, two_voices: tuple[Audio, list[tuple[int, int]]]
) -> None:
    """A 1011 close delivers every reply sent before it: the hand-over is at the last one."""
    audio, spans = two_voices
    server.drop_next_connection_after(middle_of_phrase(spans, 1), then_refuse=True, abrupt=False)
    run, recorder, switched = run_into_recorder(server, audio)

    (connection,) = server.connections
    last_end, last_text = sent_finals(connection)[-1]
    assert "weather" in last_text.lower()
    assert switched.at_sample == last_end
    assert spans[0][1] <= switched.at_sample <= spans[1][0], "between the phrases, not in a word"
    assert_clean_handover(audio, connection, run, recorder, switched)


def test_drop_before_any_final_hands_over_everything(
    server: FakeDeepgramServer, two_voices: tuple[Audio, list[tuple[int, int]]]
) -> None:
    """Nothing was finalised (or nothing arrived): the fallback starts at sample 0."""
    audio, spans = two_voices
    server.drop_next_connection_after(middle_of_phrase(spans, 0), then_refuse=True)
    run, recorder, switched = run_into_recorder(server, audio)

    (connection,) = server.connections
    assert sent_finals(connection) == []
    assert switched.at_sample == 0
    assert run.finals() == []
    assert_clean_handover(audio, connection, run, recorder, switched)


def test_abrupt_drop_hands_over_from_the_last_final_that_arrived(
    server: FakeDeepgramServer, two_voices: tuple[Audio, list[tuple[int, int]]]
) -> None:
    """An aborted TCP connection may lose finals in flight; whatever arrived is not redone."""
    audio, spans = two_voices
    server.drop_next_connection_after(middle_of_phrase(spans, 1), then_refuse=True)
    run, recorder, switched = run_into_recorder(server, audio)

    (connection,) = server.connections
    assert switched.at_sample <= spans[1][0], "the second phrase was never finalised"
    assert_clean_handover(audio, connection, run, recorder, switched)
