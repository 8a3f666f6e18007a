"""The cheap decodes behind live latency: partial text, trimmed encoder input, quick finals.

Positions are asserted in audio time (how much audio the engine had been fed), never in wall
time: the engine decodes on the caller's thread, so these hold on any machine.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tenor_desktop.transcription.diarization import SingleSpeaker
from tenor_desktop.transcription.models import WhisperModelCache
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber
from tenor_desktop.transcription.partial_decode import PartialDecoder
from tenor_desktop.transcription.protocol import EventKind, Pcm
from tenor_desktop.transcription.vad import VadSettings
from tenor_desktop.transcription.whisper_decode import decode_words, trimmed_encoder_model
from tests.transcription.speech import SENTENCES, noise, speak, word_error_rate

CHUNK = 1_600
RATE = 16_000


def speech_bounds(audio: Pcm) -> tuple[int, int]:
    loud = np.flatnonzero(np.abs(audio) > 0.02)
    return int(loud[0]), int(loud[-1]) + 1


def test_partial_decoder_reads_the_start_of_a_sentence_and_zeroes_its_copy(
    whisper_models: WhisperModelCache, voices_dir: Path
) -> None:
    decoder = PartialDecoder(whisper_models.get("tiny", 2))
    clip = speak(SENTENCES[0], "en-us+m3", voices_dir)
    partial = decoder.decode(clip[: 2 * RATE])
    assert partial.text.lower().startswith("i've been having")
    # The padded copy handed to the feature extractor is zeroed after every decode.
    assert decoder._padded.size >= 2 * RATE
    assert not decoder._padded.any()
    assert decoder.decode(noise(2.0, 0.002, seed=3)).text == ""


def test_trimmed_encoder_gives_the_words_of_the_full_decode(
    whisper_models: WhisperModelCache, voices_dir: Path
) -> None:
    full = whisper_models.get("tiny", 2)
    trimmed = trimmed_encoder_model(full)
    for sentence in SENTENCES[:2]:
        clip = speak(sentence, "en-us+m3", voices_dir)
        words = decode_words(trimmed, clip, offset_seconds=5.0, beam_size=5)
        text = "".join(w.text for w in words)
        assert word_error_rate(sentence, text) <= 0.1, text
        assert words[0].start >= 5.0
        assert words[-1].end <= 5.0 + len(clip) / RATE + 0.1
    # The trimmed copy shares the loaded model and leaves the original untouched.
    assert trimmed.untrimmed is full
    assert "encode" not in vars(full)


def test_trimmed_decode_falls_back_when_whisper_repeats_itself(
    whisper_models: WhisperModelCache, voices_dir: Path
) -> None:
    # Regression: 2.5 s into this sentence the trimmed decode closed a segment early and
    # repeated it over the padding; the repeat failed the compression filter, so the whole
    # decode came back empty and a long utterance was dropped as noise.
    clip = speak(SENTENCES[0], "en-us+m3", voices_dir)[: int(2.5 * RATE)]
    trimmed = trimmed_encoder_model(whisper_models.get("tiny", 2))
    words = decode_words(trimmed, clip, offset_seconds=0.0, beam_size=1)
    text = "".join(w.text for w in words).lower()
    assert "i've been having a really hard time" in text
    assert text.count("having") == 1


def test_partial_within_a_second_and_final_right_after_the_pause(
    whisper_models: WhisperModelCache, voices_dir: Path
) -> None:
    clip = speak(SENTENCES[1], "en-us+f4", voices_dir)
    lead = noise(1.0, 0.002, seed=1)
    audio = np.concatenate([lead, clip, noise(3.0, 0.002, seed=2)])
    onset, end = speech_bounds(clip)
    onset += len(lead)
    end += len(lead)
    engine = OfflineTranscriber(models=whisper_models, speakers=SingleSpeaker())
    first_partial_at = final_at = None
    for start in range(0, len(audio), CHUNK):
        engine.feed(audio[start : start + CHUNK], start)
        fed = start + CHUNK
        for event in engine.poll():
            if event.kind is EventKind.PARTIAL and event.text and first_partial_at is None:
                first_partial_at = fed
            if event.kind is EventKind.FINAL and final_at is None:
                final_at = fed
                final_text = event.text
    engine.close()
    assert first_partial_at is not None and final_at is not None
    # Partial text after at most a second of speech (decode time comes on top in wall time).
    assert first_partial_at - onset <= RATE
    # The final is committed once the VAD has heard min_silence_ms of quiet: no waiting for
    # another decode window or for the next utterance.
    quiet = VadSettings().min_silence_ms * RATE // 1000
    assert final_at - end <= quiet + CHUNK + 512 * 8  # VAD tail: a few 32 ms windows
    assert word_error_rate(SENTENCES[1], final_text) <= 0.2
    assert not engine._partials._padded.any()
