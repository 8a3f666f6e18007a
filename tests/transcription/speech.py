"""Test speech: espeak-ng voices rendered to temporary wav files, and word error rate."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np

from tenor_desktop.transcription.file_audio import decode_audio_file
from tenor_desktop.transcription.protocol import Pcm

SENTENCES = (
    "I've been having a really hard time sleeping since we last talked.",
    "It sounds like you're carrying a lot of responsibility for everyone else right now.",
    "When he raised his voice, I just shut down and couldn't say anything at all.",
    "That makes a lot of sense given everything you've been through this year.",
)
VOICES = ("en-us+m3", "en-us+f4")

_NUMBERS = {
    str(n): w for n, w in enumerate("zero one two three four five six seven eight nine ten".split())
}


def speak(text: str, voice: str, folder: Path) -> Pcm:
    """Synthesize ``text`` with espeak-ng into a temporary wav, decoded at 16 kHz."""
    folder.mkdir(parents=True, exist_ok=True)
    wav = folder / f"{abs(hash((text, voice)))}.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", "150", "-w", str(wav), text],
        check=True,
        capture_output=True,
    )
    return decode_audio_file(wav)  # resamples espeak's 22.05 kHz to 16 kHz


def noise(seconds: float, level: float, seed: int) -> Pcm:
    """Low white noise, like a quiet room."""
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, level, int(seconds * 16_000)).astype(np.float32)


def words(text: str) -> list[str]:
    """Lower-case words without punctuation, digits spelled out."""
    tokens = re.sub(r"[^\w' ]", " ", text.lower()).split()
    return [_NUMBERS.get(t, t) for t in tokens]


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Levenshtein distance over words divided by the reference length."""
    ref, hyp = words(reference), words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        previous, row[0] = row[:], i
        for j in range(1, len(hyp) + 1):
            row[j] = min(
                previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ref[i - 1] != hyp[j - 1])
            )
    return row[len(hyp)] / max(1, len(ref))


def dialogue(
    folder: Path, count: int, gap_seconds: float = 1.0
) -> tuple[Pcm, list[tuple[float, float, int]]]:
    """``count`` sentences in alternating voices separated by quiet gaps.

    Returns the audio and, per sentence, (start s, end s, voice index).
    """
    parts: list[Pcm] = []
    truth: list[tuple[float, float, int]] = []
    position = 0
    for index in range(count):
        clip = speak(SENTENCES[index % len(SENTENCES)], VOICES[index % 2], folder)
        gap = noise(gap_seconds, 0.002, seed=index)
        truth.append((position / 16_000, (position + len(clip)) / 16_000, index % 2))
        parts.extend([clip, gap])
        position += len(clip) + len(gap)
    return np.concatenate(parts), truth


def voice_at(truth: list[tuple[float, float, int]], seconds: float) -> int:
    """Voice index of the sentence nearest to a time."""
    return min(
        truth,
        key=lambda t: (
            0 if t[0] <= seconds <= t[1] else min(abs(seconds - t[0]), abs(seconds - t[1]))
        ),
    )[2]


def speaker_word_accuracy(
    segments: list[tuple[float, float, str, str]], truth: list[tuple[float, float, int]]
) -> float:
    """Share of words whose speaker label matches the true voice (best label-to-voice map)."""
    votes: dict[tuple[str, int], int] = {}
    total = 0
    for start, end, speaker, text in segments:
        count = len(words(text))
        voice = voice_at(truth, (start + end) / 2)
        votes[(speaker, voice)] = votes.get((speaker, voice), 0) + count
        total += count
    best: dict[str, int] = {}
    for (speaker, voice), count in votes.items():
        if count > votes.get((speaker, best.get(speaker, -1)), -1):
            best[speaker] = voice
    right = sum(c for (s, v), c in votes.items() if best[s] == v)
    return right / max(1, total)
