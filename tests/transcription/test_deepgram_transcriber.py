"""The Deepgram engine through the real deepgram-sdk against the loopback fake Deepgram server."""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest

from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.transcription.deepgram_audio import PendingAudio
from tenor_desktop.transcription.deepgram_settings import (
    CloudNotAllowedError,
    DeepgramSettings,
    DeepgramUnavailableError,
    FailureKind,
)
from tenor_desktop.transcription.deepgram_transcriber import DeepgramTranscriber
from tenor_desktop.transcription.errors import TranscriptionError
from tenor_desktop.transcription.factory import create_transcriber
from tenor_desktop.transcription.protocol import EventKind, TranscriptEvent
from tests.fakes.deepgram_segmenter import RATE, Audio, WhisperWordDecoder
from tests.fakes.deepgram_server import FakeDeepgramServer, RecordedConnection
from tests.fakes.deepgram_speech import StreamRun, conversation, stream_through

API_KEY = "dg-test-key-7f3a"
FIRST = "The weather was cold this morning."
SECOND = "I walked to the office and made some tea."


def heard_first(text: str) -> bool:
    """Whether ``text`` holds FIRST: two of its three key words (the fake transcribes with
    tiny.en, whose words vary when a loaded machine delays the stream: "but when there was
    cold, it's morning")."""
    return sum(word in text.lower() for word in ("weather", "cold", "morning")) >= 2


@pytest.fixture(scope="module")
def decoder() -> WhisperWordDecoder:
    return WhisperWordDecoder()


@pytest.fixture(scope="module")
def two_voices(tmp_path_factory: pytest.TempPathFactory) -> Audio:
    return conversation([(FIRST, 35), (SECOND, 85)], tmp_path_factory.mktemp("speech"))


@pytest.fixture
def server(decoder: WhisperWordDecoder) -> Iterator[FakeDeepgramServer]:
    with FakeDeepgramServer(API_KEY, decoder) as fake:
        yield fake


def settings_for(server: FakeDeepgramServer, **overrides: float) -> DeepgramSettings:
    return DeepgramSettings(base_url=server.ws_base, **overrides)  # type: ignore[arg-type]


def linear16(audio: Audio) -> bytes:
    """The documented wire encoding, computed independently of the engine."""
    return (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


class _WriteWatch:
    """Records files opened for writing while armed (audit hooks cannot be removed)."""

    armed = False
    writes: list[str] = []  # noqa: RUF012 - process-wide by nature
    installed = False

    @classmethod
    def hook(cls, event: str, args: tuple[object, ...]) -> None:
        if cls.armed and event == "open" and len(args) >= 3:
            mode, flags = args[1], args[2]
            writing = isinstance(mode, str) and any(c in mode for c in "wax+")
            if isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                writing = True
            if writing:
                cls.writes.append(str(args[0]))


def test_words_arrive_as_partials_then_finals_and_ack_follows_finals(
    server: FakeDeepgramServer, two_voices: Audio
) -> None:
    engine = DeepgramTranscriber(lambda: API_KEY, settings_for(server))
    events: list[TranscriptEvent] = []
    acks: list[int] = []

    def observe() -> None:
        # Read what the server has sent *before* polling: the client cannot be ahead of it.
        sent = list(server.connections[0].sent) if server.connections else []
        events.extend(engine.poll())
        ack = engine.acknowledged_sample()
        assert ack in final_ends(sent) | {0}, "ack moved without a final result covering it"
        acks.append(ack)

    half = int(3.5 * RATE)  # the first phrase and the silence after it
    for start in range(0, half, 1600):
        engine.feed(two_voices[start : min(start + 1600, half)], start)
        observe()
        time.sleep(0.05)
    deadline = time.monotonic() + 30.0
    while acks[-1] == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
        observe()
    assert 0 < acks[-1] <= half, "a final result acknowledged the first phrase while streaming"
    engine.feed(two_voices[half:], half)
    events += engine.finish()
    assert engine.acknowledged_sample() == len(two_voices)  # CloseStream completed
    engine.close()

    kinds = [event.kind for event in events]
    first_final = kinds.index(EventKind.FINAL)
    assert EventKind.PARTIAL in kinds[:first_final], "interim text must come before final text"
    finals = [event for event in events if event.kind is EventKind.FINAL]
    text = " ".join(event.text for event in finals).lower()
    # Nothing doubled; nothing lost beyond what tiny.en (the fake's recogniser) may mishear.
    counts = {word: text.count(word) for word in ("weather", "cold", "morning", "office", "tea")}
    assert max(counts.values()) == 1 and sum(counts.values()) >= 4, counts
    assert all(a.end_ms <= b.start_ms for a, b in itertools.pairwise(finals))
    assert acks == sorted(acks)


def final_ends(sent: list[dict[str, Any]]) -> set[int]:
    """Stream samples where final results ended."""
    return {round((m["start"] + m["duration"]) * RATE) for m in sent if m.get("is_final") is True}


@dataclass(frozen=True)
class WatchedRun:
    """One undisturbed session streamed with the file-write watch armed."""

    run: StreamRun
    connection: RecordedConnection
    writes: list[str]


@pytest.fixture(scope="module")
def watched_run(decoder: WhisperWordDecoder, two_voices: Audio) -> WatchedRun:
    if not _WriteWatch.installed:
        sys.addaudithook(_WriteWatch.hook)
        _WriteWatch.installed = True
    with FakeDeepgramServer(API_KEY, decoder, send_interim_results=False) as server:
        engine = DeepgramTranscriber(lambda: API_KEY, settings_for(server))
        _WriteWatch.writes.clear()
        _WriteWatch.armed = True
        try:
            run = stream_through(engine, two_voices)
        finally:
            _WriteWatch.armed = False
            engine.close()
        (connection,) = server.connections
    return WatchedRun(run, connection, list(_WriteWatch.writes))


def test_speaker_labels_come_from_diarization(watched_run: WatchedRun) -> None:
    finals = watched_run.run.finals()
    by_speaker = {event.speaker: event.text.lower() for event in finals}
    assert set(by_speaker) == {"Speaker 1", "Speaker 2"}
    # Each phrase under its own label. The fake transcribes with tiny.en, whose words vary when
    # a loaded machine delays the stream ("i walk to turn it off and made some tea"), so two of
    # three key words per phrase identify it.
    assert sum(word in by_speaker["Speaker 1"] for word in ("weather", "cold", "morning")) >= 2
    assert sum(word in by_speaker["Speaker 2"] for word in ("office", "made", "tea")) >= 2
    assert watched_run.connection.query["diarize"] == "true"


def test_request_options_and_api_key_header(watched_run: WatchedRun) -> None:
    connection = watched_run.connection
    assert connection.path == "/v1/listen"
    assert connection.headers["authorization"] == f"Token {API_KEY}"
    assert connection.query["mip_opt_out"] == "true"
    assert connection.query["model"] == "nova-3"
    assert connection.query["encoding"] == "linear16"
    assert connection.query["sample_rate"] == str(RATE)
    assert connection.query["channels"] == "1"
    for flag in ("interim_results", "smart_format", "punctuate", "vad_events"):
        assert connection.query[flag] == "true", flag
    assert connection.control == [{"type": "CloseStream"}]


def test_server_receives_exactly_the_audio_fed_and_nothing_is_written(
    watched_run: WatchedRun, two_voices: Audio
) -> None:
    assert bytes(watched_run.connection.audio) == linear16(two_voices)
    assert watched_run.writes == [], "no file may be opened for writing while streaming"
    assert watched_run.run.acks[-1] == len(two_voices)


def test_keepalive_and_finalize_during_a_pause(
    decoder: WhisperWordDecoder, two_voices: Audio
) -> None:
    first_phrase = two_voices[: int(3.0 * RATE)]
    with FakeDeepgramServer(API_KEY, decoder, idle_timeout_s=1.0) as server:
        engine = DeepgramTranscriber(
            lambda: API_KEY,
            settings_for(server, keepalive_interval_s=0.3, finalize_after_idle_s=0.4),
        )
        engine.feed(first_phrase, 0)
        events = []
        paused_at = time.monotonic()
        # Pause for three times the server's idle timeout, and until Finalize has been answered
        # (a loaded machine may need longer for the decode).
        while time.monotonic() - paused_at < 3.0 or (
            engine.acknowledged_sample() < len(first_phrase) and time.monotonic() - paused_at < 20
        ):
            events += engine.poll()
            time.sleep(0.05)
        pause_ack = engine.acknowledged_sample()
        engine.feed(two_voices[len(first_phrase) :], len(first_phrase))
        events += engine.finish()
        engine.close()

    (connection,) = server.connections  # the pause did not cost the connection
    kinds = [message["type"] for message in connection.control]
    assert "Finalize" in kinds and kinds.count("KeepAlive") >= 3
    assert pause_ack == len(first_phrase), "Finalize committed everything said before the pause"
    assert heard_first(" ".join(e.text for e in events if e.kind is EventKind.FINAL))


def test_wrong_key_is_refused_without_sending_audio(
    server: FakeDeepgramServer, two_voices: Audio
) -> None:
    engine = DeepgramTranscriber(lambda: "not-the-key", settings_for(server))
    with pytest.raises(DeepgramUnavailableError) as raised:
        engine.feed(two_voices[:RATE], 0)
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline:
            engine.poll()
            time.sleep(0.02)
    engine.close()

    assert raised.value.kind is FailureKind.AUTH_REJECTED
    assert "not-the-key" not in str(raised.value)
    assert server.connections == []
    assert server.rejected[0]["authorization"] == "Token not-the-key"


def test_factory_refuses_cloud_for_local_only_clients(server: FakeDeepgramServer) -> None:
    with pytest.raises(CloudNotAllowedError) as raised:
        create_transcriber(
            "deepgram",
            ProcessingMode.LOCAL_ONLY,
            deepgram_api_key=lambda: API_KEY,
            deepgram_settings=settings_for(server),
        )
    assert "not allowed" in str(raised.value)
    assert API_KEY not in str(raised.value)
    allowed = create_transcriber(
        "deepgram",
        ProcessingMode.CLOUD_ALLOWED,
        deepgram_api_key=lambda: API_KEY,
        deepgram_settings=settings_for(server),
    )
    assert allowed.name == "deepgram"
    allowed.close()
    assert server.connections == [], "refusal and construction open no connection"
    local = create_transcriber("offline", "local_only")
    assert local.name == "offline"
    local.close()
    with pytest.raises(TranscriptionError):
        create_transcriber("cloud-x", ProcessingMode.CLOUD_ALLOWED)


def test_pending_audio_is_zeroed_as_it_is_acknowledged() -> None:
    pending = PendingAudio()
    fed = [np.full(100, 0.5, dtype=np.float32) for _ in range(3)]
    for index, chunk in enumerate(fed):
        pending.append(chunk, 1000 + index * 100)
    held = [view for _start, view in pending.chunks_from(0)]
    pending.release_before(1150)
    assert not held[0].any() and not held[1][:50].any() and held[1][50:].all()
    assert pending.start_sample == 1150 and pending.sample_count == 150
    assert np.array_equal(pending.copy_from(1150), np.full(150, 0.5, dtype=np.float32))
    pending.zeroize()
    assert not any(view.any() for view in held)
    assert all(chunk.all() for chunk in fed), "the caller's arrays are copied, never zeroed"


def test_fake_speaks_the_sdk_wire_format(decoder: WhisperWordDecoder, two_voices: Audio) -> None:
    """Every message the fake sends parses into the SDK's own typed models, fields filled."""
    from tenor_desktop.transcription.deepgram_connection import build_deepgram_client

    first_phrase = two_voices[: int(3.5 * RATE)]
    with FakeDeepgramServer(API_KEY, decoder, send_interim_results=False) as server:
        client = build_deepgram_client(API_KEY, settings_for(server))
        options = settings_for(server).stream_options(RATE)
        with client.listen.v1.connect(**options) as socket:
            socket.send_media(linear16(first_phrase))
            socket.send_close_stream()
            messages = list(socket)

    by_type = {type(message).__name__: message for message in messages}
    assert set(by_type) == {
        "ListenV1SpeechStarted",
        "ListenV1Results",
        "ListenV1UtteranceEnd",
        "ListenV1Metadata",
    }
    results = [m for m in messages if type(m).__name__ == "ListenV1Results"]
    spoken = next(r for r in results if r.channel.alternatives[0].words)
    word = spoken.channel.alternatives[0].words[0]
    assert spoken.is_final and spoken.speech_final and spoken.channel_index == [0, 1]
    assert word.speaker == 0 and word.punctuated_word and 0.0 <= word.start < word.end
    assert spoken.metadata.model_info.arch == "nova-3"
    assert by_type["ListenV1UtteranceEnd"].last_word_end > 0
    assert by_type["ListenV1Metadata"].duration == pytest.approx(3.5)
    assert results[-1].from_finalize is False


def test_a_file_fed_faster_than_real_time_waits_instead_of_overflowing(
    decoder: WhisperWordDecoder, two_voices: Audio
) -> None:
    with FakeDeepgramServer(API_KEY, decoder, send_interim_results=False) as server:
        engine = DeepgramTranscriber(
            lambda: API_KEY, settings_for(server, max_unacknowledged_s=4.0)
        )
        run = stream_through(engine, two_voices, chunk=RATE, pause_s=0.0)
        engine.close()

    assert engine.failure is None
    assert run.acks[-1] == len(two_voices)
    # feed() returned only once no more than the limit was waiting for acknowledgement.
    fed_ends = [min((i + 1) * RATE, len(two_voices)) for i in range(len(run.acks) - 1)]
    assert all(fed - ack <= 4 * RATE for fed, ack in zip(fed_ends, run.acks, strict=False))
    assert any(fed - ack > 0 for fed, ack in zip(fed_ends, run.acks, strict=False))
    text = run.final_text().lower()
    assert heard_first(text) and "tea" in text
    assert bytes(server.connections[0].audio) == linear16(two_voices)
