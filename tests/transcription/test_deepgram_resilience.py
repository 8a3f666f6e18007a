"""Network faults: drop mid-utterance → reconnect + replay; long outage or full buffer → offline.

Real deepgram-sdk against the loopback fake Deepgram server; the fallback is the real offline
Whisper engine.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import numpy as np
import pytest

from tenor_desktop.transcription.deepgram_settings import (
    DeepgramSettings,
    FailureKind,
    NoticeKind,
    TranscriberNotice,
)
from tenor_desktop.transcription.deepgram_transcriber import DeepgramTranscriber
from tenor_desktop.transcription.errors import ModelUnavailableError
from tenor_desktop.transcription.fallback_transcriber import FallbackTranscriber
from tenor_desktop.transcription.protocol import Transcriber
from tests.fakes.deepgram_segmenter import RATE, Audio, WhisperWordDecoder
from tests.fakes.deepgram_server import FakeDeepgramServer, RecordedConnection
from tests.fakes.deepgram_speech import StreamRun, conversation_with_spans, stream_through

API_KEY = "dg-resilience-key"
PHRASES = [
    ("My brother called me on Sunday night.", 50),
    ("I walked to the office and made some tea.", 50),
    ("The children played in the garden.", 50),
]
KEY_WORDS = ("brother", "sunday", "office", "tea", "children", "garden")


@pytest.fixture(scope="module")
def decoder() -> WhisperWordDecoder:
    return WhisperWordDecoder()


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> tuple[Audio, list[tuple[int, int]]]:
    return conversation_with_spans(PHRASES, tmp_path_factory.mktemp("speech"))


VOICES = [
    ("The weather was cold this morning.", 35, "en-us"),
    ("I walked to the office and made some tea.", 70, "en-us+f3"),
    ("The children played in the garden.", 35, "en-us"),
]


@pytest.fixture(scope="module")
def two_voices(tmp_path_factory: pytest.TempPathFactory) -> tuple[Audio, list[tuple[int, int]]]:
    """First voice, second voice, first voice again (clearly different timbre and pitch)."""
    return conversation_with_spans(VOICES, tmp_path_factory.mktemp("voices"))


# Each phrase of VOICES by three key words: the fake's tiny.en may mishear one of them on a
# loaded machine ("i walk to turn it off and made some tea").
_PHRASE_KEYS = {
    "weather": ("weather", "cold", "morning"),
    "office": ("office", "made", "tea"),
    "garden": ("children", "played", "garden"),
}


def labels_by_word(run: StreamRun) -> dict[str, str]:
    """Speaker label of the final holding a key word of each phrase."""
    return {
        phrase: event.speaker
        for event in run.finals()
        for phrase, words in _PHRASE_KEYS.items()
        if any(word in event.text.lower() for word in words)
    }


@pytest.fixture
def server(decoder: WhisperWordDecoder) -> Iterator[FakeDeepgramServer]:
    with FakeDeepgramServer(API_KEY, decoder, send_interim_results=False) as fake:
        yield fake


def deepgram(server: FakeDeepgramServer, **overrides: object) -> DeepgramTranscriber:
    settings = DeepgramSettings(
        base_url=server.ws_base,
        reconnect_delays_s=(0.1, 0.2),
        **overrides,  # type: ignore[arg-type]
    )
    return DeepgramTranscriber(lambda: API_KEY, settings)


def offline() -> Transcriber:
    from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber

    return OfflineTranscriber("tiny")


def linear16(audio: Audio) -> bytes:
    return (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def final_ends(connection: RecordedConnection) -> set[int]:
    """Stream samples where the server's final results ended."""
    return {
        round((m["start"] + m["duration"]) * RATE)
        for m in connection.sent
        if m.get("type") == "Results" and m["is_final"]
    }


def middle_of_phrase(spans: list[tuple[int, int]], index: int) -> float:
    start, end = spans[index]
    return (start + end) / 2 / RATE


@pytest.fixture(scope="module")
def undisturbed(
    decoder: WhisperWordDecoder, speech: tuple[Audio, list[tuple[int, int]]]
) -> StreamRun:
    with FakeDeepgramServer(API_KEY, decoder, send_interim_results=False) as server:
        engine = deepgram(server)
        run = stream_through(engine, speech[0])
        engine.close()
    return run


def assert_same_transcript(disturbed: StreamRun, undisturbed: StreamRun) -> None:
    """Same words, same times, same order as without the fault: nothing lost, nothing doubled."""
    assert [(e.start_ms, e.end_ms, e.text) for e in disturbed.finals()] == [
        (e.start_ms, e.end_ms, e.text) for e in undisturbed.finals()
    ]
    text = disturbed.final_text().lower()
    assert all(text.count(word) == 1 for word in KEY_WORDS), text


def assert_exact_replay(audio: Audio, connections: list[RecordedConnection]) -> None:
    """Each stream after the first carries exactly the unacknowledged audio, nothing else.

    Stream ``i + 1`` starts where a final result of stream ``i`` ended (or where stream ``i``
    started), holds the fed audio from there on, and the last one ends with the fed audio.
    """
    fed = linear16(audio)
    offset = 0
    assert fed.startswith(bytes(connections[0].audio))
    for previous, current in itertools.pairwise(connections):
        carried = bytes(current.audio)
        starts = [offset + 2 * end for end in final_ends(previous) | {0}]
        matching = [start for start in starts if fed[start : start + len(carried)] == carried]
        assert matching, "a replayed stream must start at the first unacknowledged sample"
        offset = max(matching)
    assert offset + len(bytes(connections[-1].audio)) == len(fed)


def test_drop_mid_utterance_replays_without_loss_or_duplication(
    server: FakeDeepgramServer,
    speech: tuple[Audio, list[tuple[int, int]]],
    undisturbed: StreamRun,
) -> None:
    audio, spans = speech
    server.drop_next_connection_after(middle_of_phrase(spans, 1))
    engine = deepgram(server)
    disturbed = stream_through(engine, audio)
    notices = engine.notices()
    engine.close()

    # A loaded machine can make the fake look stalled once more; each stream must still
    # hand over cleanly, so the chain of streams is checked as a whole.
    assert server.connections[0].dropped and len(server.connections) >= 2
    assert [n.kind for n in notices[:2]] == [NoticeKind.CONNECTION_LOST, NoticeKind.RECONNECTED]
    assert_same_transcript(disturbed, undisturbed)
    assert_exact_replay(audio, server.connections)
    assert disturbed.acks[-1] == len(audio)


def test_stalled_stream_is_abandoned_and_replayed(
    server: FakeDeepgramServer,
    speech: tuple[Audio, list[tuple[int, int]]],
    undisturbed: StreamRun,
) -> None:
    audio, spans = speech
    server.stall_next_connection_after(middle_of_phrase(spans, 1))
    engine = deepgram(server, stall_timeout_s=2.5)
    disturbed = stream_through(engine, audio)
    notices = engine.notices()
    engine.close()

    # On a loaded machine the fake can be slow enough to look stalled once more; every
    # stream must still hand over cleanly.
    assert server.connections[0].stalled and len(server.connections) >= 2
    assert [n.kind for n in notices[:2]] == [NoticeKind.CONNECTION_LOST, NoticeKind.RECONNECTED]
    assert_same_transcript(disturbed, undisturbed)
    assert_exact_replay(audio, server.connections)


@pytest.mark.parametrize("drop_in_phrase", [1, 0], ids=["mid_second_phrase", "before_a_final"])
def test_outage_longer_than_limit_continues_offline(
    server: FakeDeepgramServer,
    two_voices: tuple[Audio, list[tuple[int, int]]],
    drop_in_phrase: int,
) -> None:
    audio, spans = two_voices
    received: list[TranscriberNotice] = []
    engine = FallbackTranscriber(
        deepgram(server, max_outage_s=1.0), offline, on_notice=received.append
    )
    server.drop_next_connection_after(middle_of_phrase(spans, drop_in_phrase), then_refuse=True)
    run = stream_through(engine, audio)
    pulled = engine.notices()
    engine.close()
    server.refusing = False

    assert engine.name == "offline"
    assert pulled == received
    assert [n.kind for n in received] == [
        NoticeKind.CONNECTION_LOST,
        NoticeKind.SWITCHED_TO_OFFLINE,
    ], received
    switched = received[-1]
    assert switched.reason == "outage"
    (connection,) = server.connections
    assert switched.at_sample in final_ends(connection) | {0}
    if drop_in_phrase == 0:
        assert switched.at_sample == 0, "nothing was finalised before the drop"
    assert len(server.rejected) >= 2, "it kept trying to reconnect during the outage"
    assert_handed_over_once(run, connection, spans, switched.at_sample)
    # The offline engine numbers voices its own way; the session keeps Deepgram's labels.
    assert labels_by_word(run) == {
        "weather": "Speaker 1",
        "office": "Speaker 2",
        "garden": "Speaker 1",
    }
    assert linear16(audio).startswith(bytes(connection.audio))
    assert run.acks[-1] == len(audio)


def assert_handed_over_once(
    run: StreamRun, connection: RecordedConnection, spans: list[tuple[int, int]], at_sample: int
) -> None:
    """Deepgram's finals up to the hand-over, the offline engine's after it, each phrase once.

    Where the hand-over lands depends on timing: an aborted connection can lose finals the
    server had sent (the client closes its socket on the failed send before reading them), and
    the hand-over then starts at an earlier final or at 0. Either way the finals that arrived
    stay, the offline engine transcribes the rest, and no phrase is lost or heard twice.
    """
    handed_over_ms = at_sample * 1000 // RATE
    finals = run.finals()
    timeline = [(e.start_ms, e.end_ms, e.text) for e in finals]
    assert all(e.end_ms <= handed_over_ms or e.start_ms >= handed_over_ms for e in finals), (
        "a final straddles the hand-over",
        timeline,
    )
    # Before the hand-over: exactly the finals the server sent that end there.
    sent = [
        m["channel"]["alternatives"][0]["transcript"]
        for m in connection.sent
        if m.get("type") == "Results" and m["is_final"]
        if round((m["start"] + m["duration"]) * RATE) <= at_sample
    ]
    before = [e.text for e in finals if e.end_ms <= handed_over_ms]
    assert " ".join(before) == " ".join(text for text in sent if text), timeline
    # Each phrase is heard by exactly one engine, and no key word twice.
    text = run.final_text().lower()
    keys = [word for words in _PHRASE_KEYS.values() for word in words]
    assert all(text.count(word) <= 1 for word in keys), text
    for (start, end), (phrase, words) in zip(spans, _PHRASE_KEYS.items(), strict=True):
        heard = " ".join(
            e.text.lower()
            for e in finals
            if e.start_ms * RATE < end * 1000 and e.end_ms * RATE > start * 1000
        )
        # The offline engine's tiny.en hears the first espeak phrase unreliably: "there was
        # cold" in a CI run, and the same audio gives other texts in other processes. When
        # the hand-over puts that phrase on the offline engine, any of its three key words
        # proves it was transcribed; the fake's own text for it is stable, so Deepgram's
        # final must say "weather".
        required = words if phrase == "weather" and start >= at_sample else (phrase,)
        assert any(word in heard for word in required), (phrase, at_sample, timeline)
    after = " ".join(e.text for e in finals if e.start_ms >= handed_over_ms).lower()
    assert all(word in after for word in ("office", "tea", "garden")), timeline


def test_full_replay_buffer_hands_over_before_the_outage_limit(
    server: FakeDeepgramServer, speech: tuple[Audio, list[tuple[int, int]]]
) -> None:
    audio, spans = speech
    first_phrase = audio[: spans[0][1] + RATE]
    server.refusing = True
    engine = FallbackTranscriber(
        deepgram(server, max_outage_s=60.0, max_unacknowledged_s=1.5), offline
    )
    run = stream_through(engine, first_phrase)
    notices = engine.notices()
    engine.close()

    assert [(n.kind, n.reason, n.at_sample) for n in notices] == [
        (NoticeKind.SWITCHED_TO_OFFLINE, "buffer_full", 0)
    ]
    assert "brother" in run.final_text().lower()
    assert server.connections == []
    assert run.acks[-1] == len(first_phrase)


def test_speaker_labels_stay_stable_across_a_reconnect(
    server: FakeDeepgramServer, two_voices: tuple[Audio, list[tuple[int, int]]]
) -> None:
    audio, spans = two_voices
    server.drop_next_connection_after(middle_of_phrase(spans, 1), abrupt=False)
    engine = deepgram(server)
    run = stream_through(engine, audio)
    engine.close()

    resumed = server.connections[1]
    spoken = [
        m for m in resumed.sent if m.get("is_final") and m["channel"]["alternatives"][0]["words"]
    ]
    first_turn = spoken[0]["channel"]["alternatives"][0]
    assert any(word in first_turn["transcript"].lower() for word in _PHRASE_KEYS["office"])
    assert first_turn["words"][0]["speaker"] == 0, "the new stream restarted its numbering"
    assert labels_by_word(run) == {
        "weather": "Speaker 1",
        "office": "Speaker 2",
        "garden": "Speaker 1",
    }


def test_a_fallback_that_cannot_start_surfaces_its_error(
    server: FakeDeepgramServer, speech: tuple[Audio, list[tuple[int, int]]]
) -> None:
    def broken_fallback() -> Transcriber:
        raise ModelUnavailableError("The speech model is missing.")

    server.refusing = True
    primary = deepgram(server, max_unacknowledged_s=0.5)
    engine = FallbackTranscriber(primary, broken_fallback)
    with pytest.raises(ModelUnavailableError):
        stream_through(engine, speech[0][: 2 * RATE])
    assert not engine.switched
    assert primary.failure is FailureKind.BUFFER_FULL
    engine.close()
