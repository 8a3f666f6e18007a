"""Test speech for the Deepgram tests: espeak-ng phrases at 16 kHz, joined by silences.

The wav files espeak-ng and sox need live in a pytest tmp directory and are read back at once;
only tests do this (the app never writes audio to disk).
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf

from tenor_desktop.transcription.protocol import EventKind, Transcriber, TranscriptEvent
from tests.fakes.deepgram_segmenter import RATE, Audio


def speak(text: str, workdir: Path, *, voice: str = "en-us", pitch: int = 50) -> Audio:
    """Synthesize ``text`` with espeak-ng and return it as 16 kHz mono float32."""
    index = len(list(workdir.glob("phrase-*.wav")))
    raw = workdir / f"phrase-{index}.wav"
    resampled = workdir / f"phrase-{index}-16k.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", "160", "-w", str(raw), text],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        ["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(resampled)],
        check=True,
        capture_output=True,
    )
    audio, rate = sf.read(resampled, dtype="float32")
    assert rate == RATE
    return np.asarray(audio, dtype=np.float32)


def silence(seconds: float) -> Audio:
    """Digital silence."""
    return np.zeros(int(seconds * RATE), dtype=np.float32)


def conversation(parts: list[tuple[str, int]], workdir: Path, *, gap_s: float = 0.9) -> Audio:
    """Phrases (text, espeak pitch) separated by ``gap_s`` of silence, with silence at both ends."""
    return conversation_with_spans(parts, workdir, gap_s=gap_s)[0]


def conversation_with_spans(
    parts: list[tuple[str, int]] | list[tuple[str, int, str]], workdir: Path, *, gap_s: float = 0.9
) -> tuple[Audio, list[tuple[int, int]]]:
    """Like ``conversation``, plus the (start, end) sample span of every phrase.

    A part may name an espeak-ng voice as a third item (default ``en-us``).
    """
    pieces = [silence(0.5)]
    spans: list[tuple[int, int]] = []
    position = len(pieces[0])
    for part in parts:
        voice = part[2] if len(part) == 3 else "en-us"
        phrase = speak(part[0], workdir, voice=voice, pitch=part[1])
        spans.append((position, position + len(phrase)))
        pieces += [phrase, silence(gap_s)]
        position += len(phrase) + len(pieces[-1])
    pieces.append(silence(0.6))
    return np.concatenate(pieces).astype(np.float32), spans


@dataclass
class StreamRun:
    """What streaming one recording through a transcriber produced."""

    events: list[TranscriptEvent] = field(default_factory=list)
    acks: list[int] = field(default_factory=list)

    def finals(self) -> list[TranscriptEvent]:
        """Final events in order."""
        return [event for event in self.events if event.kind is EventKind.FINAL]

    def final_text(self) -> str:
        """All final text joined by spaces."""
        return " ".join(event.text for event in self.finals())


def stream_through(
    transcriber: Transcriber,
    audio: Audio,
    *,
    chunk: int = 1600,
    pause_s: float = 0.02,
    on_chunk: Callable[[int], None] | None = None,
) -> StreamRun:
    """Feed ``audio`` in ``chunk``-sample pieces (faster than real time), then finish."""
    run = StreamRun()
    for start in range(0, len(audio), chunk):
        if on_chunk is not None:
            on_chunk(start)
        transcriber.feed(audio[start : start + chunk], start)
        run.events += transcriber.poll()
        run.acks.append(transcriber.acknowledged_sample())
        time.sleep(pause_s)
    run.events += transcriber.finish()
    run.acks.append(transcriber.acknowledged_sample())
    return run
