"""Transcribe a whole recording held in memory (the ``import`` and ``transcribe`` commands).

With the whole recording available there is no need for streaming: faster-whisper runs once
over the speech regions that Silero VAD finds (so silence is skipped), with word timestamps.
Segments are cut at sentence ends and at pauses, then labelled by clustering the speakers'
voices over the whole recording. Any streaming engine can also be driven over a file with
``transcribe_with_engine`` (used for Deepgram).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from tenor_desktop.transcription.diarization import MAX_SPEAKERS, cluster_segments
from tenor_desktop.transcription.local_agreement import Word, join_words
from tenor_desktop.transcription.models import MODEL_NAMES, WhisperModelCache
from tenor_desktop.transcription.protocol import (
    SAMPLE_RATE,
    EventKind,
    Pcm,
    Transcriber,
    TranscriptEvent,
)
from tenor_desktop.transcription.whisper_decode import segment_words, usable_segment

# A pause this long inside a Whisper segment is a likely turn change: cut there too.
_PAUSE_SPLIT_S = 0.6
_STREAM_CHUNK = SAMPLE_RATE  # 1 s blocks when driving a streaming engine


@dataclass(frozen=True)
class FileSegment:
    """One final segment of a transcribed file (times in milliseconds)."""

    start_ms: int
    end_ms: int
    speaker: str
    text: str
    confidence: float | None = None


@dataclass(frozen=True)
class FileTranscript:
    """Result of transcribing a recording."""

    segments: tuple[FileSegment, ...]
    engine: str
    model: str
    audio_seconds: float
    processing_seconds: float


def split_into_turns(words: list[Word]) -> list[list[Word]]:
    """Cut a word sequence at sentence ends and at pauses longer than ``_PAUSE_SPLIT_S``."""
    turns: list[list[Word]] = []
    current: list[Word] = []
    for word in words:
        if current and word.start - current[-1].end > _PAUSE_SPLIT_S:
            turns.append(current)
            current = []
        current.append(word)
        if word.ends_sentence:
            turns.append(current)
            current = []
    if current:
        turns.append(current)
    return turns


def transcribe_pcm(
    audio: Pcm,
    *,
    model: str = "tiny",
    cpu_threads: int = 2,
    models: WhisperModelCache | None = None,
    max_speakers: int = MAX_SPEAKERS,
    beam_size: int = 5,
) -> FileTranscript:
    """Transcribe a complete recording with the offline engine."""
    from faster_whisper.vad import VadOptions

    if model not in MODEL_NAMES:
        from tenor_desktop.transcription.errors import TranscriptionError

        raise TranscriptionError(f"Unknown model '{model}'; choose tiny or base.")
    whisper = (models or WhisperModelCache()).get(model, cpu_threads)
    began = time.perf_counter()
    segments, _info = whisper.transcribe(
        audio,
        language="en",
        beam_size=beam_size,
        word_timestamps=True,
        # Whisper's default: each 30 s window is decoded with the previous window's text as
        # context. Measured on bench/asr_bench.py (tiny.en, beam 5): espeak f4 WER 9.7% -> 7.4%,
        # m3 2.8% -> 1.8%, LibriVox unchanged at 2.8%. Loops that context can cause are caught
        # by faster-whisper's temperature fallback (which also resets the context) and by
        # ``usable_segment``.
        condition_on_previous_text=True,
        vad_filter=True,
        vad_parameters=VadOptions(min_silence_duration_ms=700, speech_pad_ms=300),
    )
    words = [
        w for segment in segments if usable_segment(segment) for w in segment_words(segment, 0.0)
    ]
    turns = [t for t in split_into_turns(words) if join_words(t)]
    clips = [audio[int(t[0].start * SAMPLE_RATE) : int(t[-1].end * SAMPLE_RATE)] for t in turns]
    speakers = cluster_segments(clips, max_speakers=max_speakers)
    result = tuple(
        FileSegment(
            start_ms=int(turn[0].start * 1000),
            end_ms=int(turn[-1].end * 1000),
            speaker=speaker,
            text=join_words(turn),
            confidence=sum(w.probability for w in turn) / len(turn),
        )
        for turn, speaker in zip(turns, speakers, strict=True)
    )
    return FileTranscript(
        segments=result,
        engine="offline",
        model=model,
        audio_seconds=len(audio) / SAMPLE_RATE,
        processing_seconds=time.perf_counter() - began,
    )


def transcribe_with_engine(audio: Pcm, engine: Transcriber, model: str) -> FileTranscript:
    """Drive any streaming engine over a recording, 1 s at a time, and collect its finals."""
    began = time.perf_counter()
    events: list[TranscriptEvent] = []
    for start in range(0, len(audio), _STREAM_CHUNK):
        engine.feed(audio[start : start + _STREAM_CHUNK], start)
        events.extend(engine.poll())
    events.extend(engine.finish())
    finals = [e for e in events if e.kind is EventKind.FINAL and e.text]
    # Late speaker labels (SPEAKER events) replace the provisional label of their final.
    late = {(e.start_ms, e.end_ms): e.speaker for e in events if e.kind is EventKind.SPEAKER}
    segments = tuple(
        FileSegment(
            e.start_ms, e.end_ms, late.get((e.start_ms, e.end_ms), e.speaker), e.text, e.confidence
        )
        for e in finals
    )
    return FileTranscript(
        segments=segments,
        engine=engine.name,
        model=model,
        audio_seconds=len(audio) / SAMPLE_RATE,
        processing_seconds=time.perf_counter() - began,
    )
