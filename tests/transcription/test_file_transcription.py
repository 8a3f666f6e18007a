"""Recordings are decoded into memory and transcribed whole, with speaker labels."""

from __future__ import annotations

import hashlib
from pathlib import Path

import av
import numpy as np
import pytest

from tenor_desktop.transcription.errors import AudioDecodeError
from tenor_desktop.transcription.file_audio import decode_audio_file
from tenor_desktop.transcription.file_transcription import split_into_turns, transcribe_pcm
from tenor_desktop.transcription.local_agreement import Word
from tenor_desktop.transcription.models import WhisperModelCache
from tenor_desktop.transcription.protocol import Pcm
from tests.transcription.speech import SENTENCES, speaker_word_accuracy, word_error_rate

# Measured with tiny.en on these espeak-ng voices: 0.0-0.09.
WER_BOUND = 0.2


def encode(path: Path, codec: str, tone: Pcm) -> None:
    """Write a stereo test file with PyAV (FFmpeg) in the given codec."""
    rate = 48_000 if codec == "libopus" else 44_100
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=rate, layout="stereo")
        assert isinstance(stream, av.AudioStream)
        source = av.AudioFrame.from_ndarray(np.stack([tone, tone]), format="fltp", layout="stereo")
        source.sample_rate = 44_100
        resampler = av.AudioResampler(
            format=stream.codec_context.format,
            layout="stereo",
            rate=rate,
            frame_size=stream.codec_context.frame_size or None,
        )
        for frame in [*resampler.resample(source), *resampler.resample(None)]:
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)


@pytest.mark.parametrize(
    ("suffix", "codec"),
    [
        (".wav", "pcm_s16le"),
        (".flac", "flac"),
        (".ogg", "libopus"),
        (".mp3", "mp3"),
        (".m4a", "aac"),
    ],
)
def test_formats_decode_to_16k_mono(tmp_path: Path, suffix: str, codec: str) -> None:
    tone = (0.3 * np.sin(np.arange(44_100) * 2 * np.pi * 440 / 44_100)).astype(np.float32)
    encoded = tmp_path / f"tone{suffix}"
    encode(encoded, codec, tone)
    before = hashlib.sha256(encoded.read_bytes()).hexdigest()
    pcm = decode_audio_file(encoded)
    assert pcm.dtype == np.float32
    assert abs(len(pcm) - 16_000) < 1_200  # one second, give or take codec padding
    assert 0.15 < float(np.abs(pcm).max()) < 0.45
    assert hashlib.sha256(encoded.read_bytes()).hexdigest() == before  # original untouched
    assert [p.name for p in tmp_path.iterdir()] == [encoded.name]  # no copies appeared


def test_unreadable_files_give_a_clear_error_without_the_file_name(tmp_path: Path) -> None:
    with pytest.raises(AudioDecodeError, match="audio file was not found") as missing:
        decode_audio_file(tmp_path / "Jane-Doe-session.wav")
    garbage = tmp_path / "Jane-Doe-notes.m4a"
    garbage.write_bytes(b"this is not audio at all" * 100)
    with pytest.raises(AudioDecodeError, match="could not be decoded as audio") as broken:
        decode_audio_file(garbage)
    # File names often carry a client's name: they never appear in a message.
    for error in (missing.value, broken.value):
        assert "Jane" not in str(error)
        assert error.__cause__ is None


def test_turns_split_at_sentence_ends_and_pauses() -> None:
    words = [
        Word(0.0, 0.3, " Hello."),
        Word(0.4, 0.7, " How"),
        Word(0.8, 1.0, " are"),
        Word(2.0, 2.3, " you"),
    ]
    turns = split_into_turns(words)
    assert [[w.text for w in t] for t in turns] == [[" Hello."], [" How", " are"], [" you"]]


def test_dialogue_file_is_transcribed_with_speakers(
    whisper_models: WhisperModelCache,
    two_voice_dialogue: tuple[Pcm, list[tuple[float, float, int]]],
) -> None:
    audio, truth = two_voice_dialogue
    transcript = transcribe_pcm(audio.copy(), models=whisper_models)
    text = " ".join(s.text for s in transcript.segments)
    assert word_error_rate(" ".join(SENTENCES[:3]), text) <= WER_BOUND
    assert transcript.engine == "offline"
    assert transcript.model == "tiny"
    assert transcript.audio_seconds == pytest.approx(len(audio) / 16_000)
    assert transcript.processing_seconds > 0
    segments = [
        (s.start_ms / 1000, s.end_ms / 1000, s.speaker, s.text) for s in transcript.segments
    ]
    assert speaker_word_accuracy(segments, truth) >= 0.9
    assert transcript.segments[0].speaker == "Speaker 1"
    assert {s.speaker for s in transcript.segments} == {"Speaker 1", "Speaker 2"}
