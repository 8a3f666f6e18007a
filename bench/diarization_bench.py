"""Offline speaker-label benchmark; writes bench/results/diarization.json.

Each scenario is transcribed once with the real pipeline (``transcribe_pcm``: faster-whisper
tiny.en, turns cut at sentence ends and pauses, labelled by ``cluster_segments``), then the
same turns are labelled again: whole-recording and live (``OnlineSpeakerClustering`` fed the
turns in order, whole or capped to what the live labeller embeds) policies, each with the
voice encoder and with the MFCC fallback, which is the baseline measured in the same run.

Scenarios: two espeak-ng voices (target: >= 95 % of words with the right speaker), four
espeak-ng voices, one espeak-ng voice (must stay one speaker), and when Debian's
``pocketsphinx-testdata`` is installed, real speech: the LibriVox reader alone (must stay one
speaker, also cut into 1.5 s and 2.5 s turns), and the reader alternating with CMU's test
recordings ("cards" and the ``*.raw`` clips; assumed to be other people, being different
corpora, which is not verified).

Word-level speaker accuracy maps labels to true voices one-to-one (the best mapping), so a
voice split over two labels costs the words of the smaller part. Encoder cost is reported as
seconds of compute per second of audio, and as a ratio to the MFCC embedding. Speech is
synthesized in memory; no audio file is written.

BLAS runs on one thread (set before numpy loads): the encoder's small per-step matrix products
lose badly to thread hand-offs when other work shares the two cores (measured about ten times
slower with OpenBLAS's default two threads under load).

Usage: .venv/bin/python bench/diarization_bench.py [--sentences 15]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402
import numpy.typing as npt  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.asr_bench import join_with_gaps, speak  # noqa: E402
from tenor_desktop.transcription.diarization import (  # noqa: E402
    OnlineSpeakerClustering,
    cluster_segments,
)
from tenor_desktop.transcription.file_transcription import transcribe_pcm  # noqa: E402
from tenor_desktop.transcription.models import WhisperModelCache  # noqa: E402
from tenor_desktop.transcription.speaker_features import (  # noqa: E402
    MFCC_SPACE,
    VoiceSpace,
    encoder_space,
)
from tenor_desktop.transcription.speaker_labeller import (  # noqa: E402
    MAX_EMBED_SECONDS,
    spread_excerpt,
)

Pcm = npt.NDArray[np.float32]
RATE = 16_000
SENTENCES_FILE = ROOT.parent / "shared" / "data" / "asr" / "dev-sentences.txt"
TESTDATA = Path("/usr/share/pocketsphinx/test/data")
Segment = tuple[float, float, str, int]  # start s, end s, label, word count


def decode(path: Path) -> Pcm:
    """A test recording (wav, or headerless 16 kHz 16-bit ``.raw``) as float32."""
    if path.suffix == ".raw":
        return np.frombuffer(path.read_bytes(), dtype="<i2").astype(np.float32) / 32768.0
    from faster_whisper.audio import decode_audio

    return np.asarray(decode_audio(str(path), sampling_rate=RATE), dtype=np.float32)


def accuracy(segments: list[Segment], spans: list[tuple[float, float]], voices: list[int]) -> float:
    """Share of words whose label maps to the true voice under the best one-to-one mapping."""

    def voice_at(t: float) -> int:
        gaps = [0.0 if a <= t <= b else min(abs(t - a), abs(t - b)) for a, b in spans]
        return voices[int(np.argmin(gaps))]

    votes: dict[tuple[str, int], int] = {}
    for start, end, label, words in segments:
        key = (label, voice_at((start + end) / 2))
        votes[key] = votes.get(key, 0) + words
    labels = sorted({label for label, _ in votes})
    truth = sorted(set(voices))
    best = 0
    for chosen in itertools.permutations(truth, min(len(labels), len(truth))):
        for assigned in itertools.permutations(labels, len(chosen)):
            right = sum(votes.get((a, v), 0) for a, v in zip(assigned, chosen, strict=True))
            best = max(best, right)
    return best / max(1, sum(votes.values()))


POLICIES = ("whole_file", "live", "live_then_final", "live_capped", "live_capped_then_final")


def relabel(clips: list[Pcm], space: VoiceSpace, policy: str) -> tuple[list[str], float]:
    """Labels for the turns from one policy and embedding, and the seconds it took.

    ``live`` is what the transcript shows during a session; ``live_then_final`` what it shows
    after ``final_labels()`` at the end of the session. ``live_capped*`` embed what the live
    engine's speaker labeller embeds: at most ``MAX_EMBED_SECONDS`` of each turn, in pieces
    spread over it (``spread_excerpt``).
    """
    began = time.perf_counter()
    if policy == "whole_file":
        labels = cluster_segments(clips, space=space)
    else:
        tracker = OnlineSpeakerClustering(space=space)
        labels = []
        for clip in clips:
            excerpt = spread_excerpt(clip) if policy.startswith("live_capped") else clip
            labels.append(tracker.label(excerpt))
            if excerpt is not clip:
                excerpt.fill(0.0)
        if policy.endswith("then_final"):
            labels = tracker.final_labels()
    return labels, time.perf_counter() - began


def scenario(
    name: str,
    clips: list[Pcm],
    voices: list[int],
    models: WhisperModelCache,
    spaces: dict[str, VoiceSpace],
) -> dict[str, Any]:
    """Transcribe once, then score every policy x embedding on the same turns."""
    audio, spans = join_with_gaps(clips, 0.8)
    result = transcribe_pcm(audio.copy(), model="tiny", cpu_threads=2, models=models)
    turns = [audio[s.start_ms * RATE // 1000 : s.end_ms * RATE // 1000] for s in result.segments]
    out: dict[str, Any] = {
        "audio_seconds": round(len(audio) / RATE, 1),
        "true_speakers": len(set(voices)),
        "turns": len(turns),
        "turns_longer_than_embed_cap": sum(len(t) > MAX_EMBED_SECONDS * RATE for t in turns),
        "words": sum(len(s.text.split()) for s in result.segments),
    }
    for (space_name, space), policy in itertools.product(spaces.items(), POLICIES):
        labels, seconds = relabel(turns, space, policy)
        segments = [
            (s.start_ms / 1000, s.end_ms / 1000, label, len(s.text.split()))
            for s, label in zip(result.segments, labels, strict=True)
        ]
        key = f"{space_name}/{policy}"
        out[key] = {
            "speaker_word_accuracy": round(accuracy(segments, spans, voices), 4),
            "speakers_found": len(set(labels)),
            "label_seconds": round(seconds, 2),
        }
    print(name, json.dumps(out), flush=True)
    return out


def turns_only(
    recordings: list[Pcm], seconds: float, spaces: dict[str, VoiceSpace]
) -> dict[str, Any]:
    """One real reader cut into fixed turns (no ASR): how many speakers are invented?"""
    size = int(seconds * RATE)
    turns = [r[i : i + size] for r in recordings for i in range(0, len(r) - size // 2, size)]
    out: dict[str, Any] = {"turns": len(turns)}
    for (space_name, space), policy in itertools.product(spaces.items(), POLICIES):
        labels, _ = relabel(turns, space, policy)
        out[f"{space_name}/{policy}_speakers"] = len(set(labels))
    return out


def embedding_cost(clips: list[Pcm], spaces: dict[str, VoiceSpace]) -> dict[str, Any]:
    """Compute seconds per second of audio for each embedding over the same clips."""
    audio_seconds = sum(len(c) for c in clips) / RATE
    cost: dict[str, Any] = {}
    for name, space in spaces.items():
        embed: Callable[[Pcm], Any] = space.embed
        embed(clips[0])  # warm-up (model load, caches)
        began = time.perf_counter()
        for clip in clips:
            embed(clip)
        cost[f"{name}_seconds_per_audio_second"] = round(
            (time.perf_counter() - began) / audio_seconds, 4
        )
    cost["encoder_vs_mfcc_ratio"] = round(
        cost["encoder_seconds_per_audio_second"] / cost["mfcc_seconds_per_audio_second"], 1
    )
    cost["audio_seconds"] = round(audio_seconds, 1)
    return cost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=15, help="sentences per dialogue")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "diarization.json")
    args = parser.parse_args()
    sentences = SENTENCES_FILE.read_text().splitlines()[: args.sentences]
    models = WhisperModelCache()
    models.get("tiny", 2)
    spaces = {"encoder": encoder_space(), "mfcc": MFCC_SPACE}
    results: dict[str, Any] = {
        "benchmark": "diarization",
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"platform": platform.platform(), "python": platform.python_version()},
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "blas_threads": os.environ["OPENBLAS_NUM_THREADS"],
        "targets": {"two_voices_speaker_word_accuracy": 0.95, "one_voice_speakers": 1},
        "scenarios": {},
    }
    n = len(sentences)
    two = ["en-us+m3", "en-us+f4"]
    order = [i % 2 for i in range(n)]
    two_clips = [speak(s, two[v]) for s, v in zip(sentences, order, strict=True)]
    results["scenarios"]["two_voices"] = scenario("two voices", two_clips, order, models, spaces)
    four = ["en-us+m3", "en-us+f4", "en-us+m7", "en-us+f2"]
    order = [int(v) for v in np.random.default_rng(7).permutation([i % 4 for i in range(n + 1)])]
    clips = [speak(sentences[i % n], four[v]) for i, v in enumerate(order)]
    results["scenarios"]["four_voices"] = scenario("four voices", clips, order, models, spaces)
    clips = [speak(s, "en-us+f4") for s in sentences[:10]]
    results["scenarios"]["one_voice"] = scenario("one voice", clips, [0] * 10, models, spaces)
    reader_files = sorted((TESTDATA / "librivox").glob("*.wav"))
    if reader_files:
        reader = [decode(p) for p in reader_files]
        results["scenarios"]["real_one_reader"] = scenario(
            "real reader", reader, [0] * len(reader), models, spaces
        )
        for seconds in (1.5, 2.5):
            results["scenarios"][f"real_one_reader_{seconds}s_turns"] = turns_only(
                reader, seconds, spaces
            )
        others = [decode(p) for p in sorted((TESTDATA / "cards").glob("*.wav"))]
        raws = [decode(p) for p in sorted(TESTDATA.glob("*.raw"))]
        mixed, voices = [], []
        for k in range(max(len(reader), len(others), len(raws))):
            for voice, pool in enumerate((reader, others, raws)):
                if k < len(pool):
                    mixed.append(pool[k])
                    voices.append(voice)
        results["scenarios"]["real_reader_cards_raw"] = scenario(
            "real mix", mixed, voices, models, spaces
        )
    else:
        results["scenarios"]["real"] = "pocketsphinx-testdata not installed"
    results["embedding_cost"] = embedding_cost(two_clips, spaces)
    print("cost", results["embedding_cost"], flush=True)
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
