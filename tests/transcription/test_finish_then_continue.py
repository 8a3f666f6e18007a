"""An engine keeps working after ``finish()``: the session's voices keep their labels.

The recording worker forces a commit (``finish()``) when the ring buffer is under pressure and
then feeds the same engine on; a fresh engine would number the speakers anew.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tenor_desktop.transcription.deepgram_settings import DeepgramSettings
from tenor_desktop.transcription.deepgram_transcriber import DeepgramTranscriber
from tenor_desktop.transcription.models import WhisperModelCache
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber
from tenor_desktop.transcription.protocol import EventKind, Pcm, Transcriber, TranscriptEvent
from tests.fakes.deepgram_segmenter import WhisperWordDecoder
from tests.fakes.deepgram_server import FakeDeepgramServer
from tests.fakes.deepgram_speech import conversation_with_spans
from tests.transcription.speech import SENTENCES, VOICES, noise, speak, voice_at

CHUNK = 1_600


def _feed(engine: Transcriber, audio: Pcm, start: int) -> list[TranscriptEvent]:
    events: list[TranscriptEvent] = []
    for offset in range(0, len(audio), CHUNK):
        engine.feed(audio[offset : offset + CHUNK], start + offset)
        events.extend(engine.poll())
    return events


def _turns(folder: Path, order: list[int]) -> tuple[Pcm, list[tuple[float, float, int]]]:
    """One sentence per voice index in ``order``, with quiet gaps; truth in seconds."""
    parts: list[Pcm] = []
    truth: list[tuple[float, float, int]] = []
    position = 0
    for turn, voice in enumerate(order):
        clip = speak(SENTENCES[turn % len(SENTENCES)], VOICES[voice], folder)
        gap = noise(1.0, 0.002, seed=turn)
        truth.append((position / 16_000, (position + len(clip)) / 16_000, voice))
        parts += [clip, gap]
        position += len(clip) + len(gap)
    return np.concatenate(parts), truth


def test_offline_labels_continue_across_a_forced_finish(
    whisper_models: WhisperModelCache, voices_dir: Path
) -> None:
    first, first_truth = _turns(voices_dir, [0, 1, 0])
    second, second_truth = _turns(voices_dir, [1, 0, 1])
    offset_s = len(first) / 16_000
    truth = first_truth + [(a + offset_s, b + offset_s, v) for a, b, v in second_truth]
    engine = OfflineTranscriber(models=whisper_models, cpu_threads=1)

    events = _feed(engine, first, 0)
    events += engine.finish()
    finished_at = engine.acknowledged_sample()
    events += _feed(engine, second, len(first))
    events += engine.finish()
    engine.close()

    assert finished_at == len(first), "finish() committed everything fed before it"
    labels: dict[tuple[int, int], str] = {}
    texts: dict[tuple[int, int], str] = {}
    for event in events:  # later SPEAKER events relabel earlier FINALs
        key = (event.start_ms, event.end_ms)
        if event.kind is EventKind.FINAL:
            labels[key], texts[key] = event.speaker, event.text
        elif event.kind is EventKind.SPEAKER and key in labels:
            labels[key] = event.speaker
    by_voice: dict[int, set[str]] = {0: set(), 1: set()}
    for (start_ms, end_ms), label in labels.items():
        if texts[(start_ms, end_ms)].strip():
            by_voice[voice_at(truth, (start_ms + end_ms) / 2000)].add(label)
    after = {
        voice_at(truth, (s + e) / 2000)
        for s, e in labels
        if s / 1000 >= offset_s and texts[(s, e)].strip()
    }
    assert after == {0, 1}, "both voices spoke after the forced finish"
    # Each voice has one label over the whole session, and the two labels differ.
    assert len(by_voice[0]) == 1 and len(by_voice[1]) == 1, by_voice
    assert by_voice[0] != by_voice[1]


def test_deepgram_labels_continue_after_a_forced_finish(tmp_path: Path) -> None:
    key = "dg-continue-key"
    audio, spans = conversation_with_spans(
        [
            ("The weather was cold this morning.", 35, "en-us"),
            ("I walked to the office and made some tea.", 70, "en-us+f3"),
            ("The children played in the garden.", 35, "en-us"),
        ],
        tmp_path,
    )
    # In the pause before the second voice: the new stream hears it first and calls it 0.
    cut = (spans[0][1] + spans[1][0]) // 2
    with FakeDeepgramServer(key, WhisperWordDecoder(), send_interim_results=False) as server:
        engine = DeepgramTranscriber(lambda: key, DeepgramSettings(base_url=server.ws_base))
        events = _feed(engine, audio[:cut], 0)
        events += engine.finish()
        finished_at = engine.acknowledged_sample()
        events += _feed(engine, audio[cut:], cut)
        events += engine.finish()
        engine.close()
        streams = len(server.connections)

    assert finished_at == cut
    assert streams == 2, "audio fed after finish() went out on a new stream"
    # Each final is placed by the key words it holds; the fake's tiny.en may mishear one
    # ("walk to turn it off and made some tea"), so any of three decides.
    keys = {
        "weather": ("weather", "cold", "morning"),
        "office": ("office", "made", "tea"),
        "garden": ("children", "played", "garden"),
    }
    labels = {
        phrase: event.speaker
        for event in events
        if event.kind is EventKind.FINAL
        for phrase, words in keys.items()
        if any(word in event.text.lower() for word in words)
    }
    # The new stream numbers its speakers from zero again; the session's labels do not move.
    assert labels == {"weather": "Speaker 1", "office": "Speaker 2", "garden": "Speaker 1"}
