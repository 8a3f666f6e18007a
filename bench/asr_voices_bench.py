"""Offline WER over many voices and LibriVox, for the engine and variants of it (asr_voices.json).

A robustness check for changes to the offline engine (tiny.en int8, ``transcribe_pcm``): the
dev sentences of ``asr_bench`` spoken by twelve espeak-ng English variants, plus the LibriVox
clips of Debian's ``pocketsphinx-testdata`` (real read speech with reference text). A change
that only fits one voice shows up here as losses on the others.

Variants are applied from outside the engine, through the model cache it is given, so the
same run compares them with the engine as it is:

* ``engine``: ``transcribe_pcm`` unchanged;
* ``pre_emphasis_K``: Whisper's log-Mel input is pre-emphasised, ``y[n] = x[n] - K x[n-1]``
  (the VAD and the speaker clustering still see the audio as recorded).

Also reports the real-time factor of each variant on 1 and 2 threads (the en-us+m3 file) and,
with ``--streaming``, the streaming engine's WER (finals) on en-us+m3, en-us+f4 and LibriVox.

Speech is synthesized into memory; no audio file is written.
Usage: .venv/bin/python bench/asr_voices_bench.py [--voices en-us+f4,en-gb]
       [--variants engine,pre_emphasis_0.97] [--streaming]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from asr_bench import (  # noqa: E402
    SENTENCES_FILE,
    Pcm,
    edit_distance,
    join_with_gaps,
    librivox,
    speak,
    words,
)

from tenor_desktop.transcription.diarization import SingleSpeaker  # noqa: E402
from tenor_desktop.transcription.file_transcription import transcribe_pcm  # noqa: E402
from tenor_desktop.transcription.models import WhisperModelCache  # noqa: E402
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber  # noqa: E402
from tenor_desktop.transcription.protocol import EventKind  # noqa: E402

WIDE_VOICES = tuple(
    [f"en-us+m{i}" for i in (1, 2, 3, 4, 5, 7)] + [f"en-us+f{i}" for i in range(1, 6)] + ["en-gb"]
)
STREAMING_VOICES = ("en-us+m3", "en-us+f4")


class _EmphasisingFeatures:
    """Stands in for faster-whisper's feature extractor; pre-emphasises its input first."""

    def __init__(self, extractor: Any, coefficient: float) -> None:
        self._extractor = extractor
        self._coefficient = np.float32(coefficient)

    def __call__(self, waveform: Any, *args: Any, **kwargs: Any) -> Any:
        x = np.asarray(waveform, dtype=np.float32).reshape(-1)
        filtered = x.copy()
        filtered[1:] -= self._coefficient * x[:-1]
        try:
            return self._extractor(filtered, *args, **kwargs)
        finally:
            filtered.fill(0.0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._extractor, name)


class VariantModels(WhisperModelCache):
    """The shared model cache, handing out models altered for one variant."""

    def __init__(self, base: WhisperModelCache, variant: str) -> None:
        super().__init__()
        self._base = base
        self._variant = variant

    def get(self, name: str, cpu_threads: int = 2) -> Any:
        model = self._base.get(name, cpu_threads)
        if not self._variant.startswith("pre_emphasis_"):
            return model
        altered = copy.copy(model)
        coefficient = float(self._variant.removeprefix("pre_emphasis_"))
        altered.feature_extractor = _EmphasisingFeatures(model.feature_extractor, coefficient)
        return altered


def errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """Word errors and reference words."""
    ref = words(reference)
    return edit_distance(ref, words(hypothesis)), len(ref)


def file_errors(
    audio: Pcm, reference: str, models: WhisperModelCache, threads: int = 2
) -> tuple[int, int, float]:
    """Whole-file transcription: word errors, reference words, real-time factor."""
    models.get("tiny", threads)  # load outside the timing
    result = transcribe_pcm(audio.copy(), model="tiny", cpu_threads=threads, models=models)
    wrong, total = errors(reference, " ".join(s.text for s in result.segments))
    return wrong, total, result.processing_seconds / result.audio_seconds


def streaming_errors(audio: Pcm, reference: str, models: WhisperModelCache) -> tuple[int, int]:
    """The streaming engine over ``audio`` in 100 ms blocks: word errors of its finals."""
    engine = OfflineTranscriber("tiny", models=models, cpu_threads=2, speakers=SingleSpeaker())
    finals: list[str] = []
    for offset in range(0, len(audio), 1_600):
        engine.feed(audio[offset : offset + 1_600], offset)
        finals += [e.text for e in engine.poll() if e.kind is EventKind.FINAL]
    finals += [e.text for e in engine.finish() if e.kind is EventKind.FINAL]
    engine.close()
    return errors(reference, " ".join(finals))


def summary(per_voice: dict[str, tuple[int, int]]) -> dict[str, Any]:
    """Per-voice WER and the pooled WER over all of them."""
    wrong = sum(w for w, _ in per_voice.values())
    total = sum(t for _, t in per_voice.values())
    return {
        "wer": {v: round(w / t, 4) for v, (w, t) in per_voice.items()},
        "errors": wrong,
        "words": total,
        "pooled_wer": round(wrong / max(1, total), 4),
    }


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", default=",".join(WIDE_VOICES))
    parser.add_argument("--variants", default="engine,pre_emphasis_0.97")
    parser.add_argument("--streaming", action="store_true", help="also the streaming engine")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "asr_voices.json")
    args = parser.parse_args()
    sentences = SENTENCES_FILE.read_text().splitlines()
    reference = " ".join(sentences)
    voices = args.voices.split(",")
    results: dict[str, Any] = {
        "engine": "tiny.en int8, transcribe_pcm (beam 5, VAD, previous-text conditioning)",
        "uptime_before": uptime(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
        "target_wer": 0.05,
        "variants": {},
    }
    began = time.perf_counter()
    synthetic = {v: join_with_gaps([speak(s, v) for s in sentences], 1.0)[0] for v in voices}
    real = librivox()
    real_audio = join_with_gaps(real[0], 0.5)[0] if real is not None else None
    shared = WhisperModelCache()
    for variant in args.variants.split(","):
        models = VariantModels(shared, variant)
        per_voice: dict[str, tuple[int, int]] = {}
        for voice, audio in synthetic.items():
            per_voice[voice] = file_errors(audio, reference, models)[:2]
            print(variant, voice, round(per_voice[voice][0] / per_voice[voice][1], 4), flush=True)
        entry = summary(per_voice)
        if real is not None and real_audio is not None:
            wrong, total, _rtf = file_errors(real_audio, " ".join(real[1]), models)
            entry["librivox_wer"] = round(wrong / total, 4)
            print(variant, "librivox", entry["librivox_wer"], flush=True)
        rtf_audio = synthetic.get("en-us+m3", next(iter(synthetic.values())))
        entry["rtf"] = {
            f"{threads}_threads": round(file_errors(rtf_audio, reference, models, threads)[2], 4)
            for threads in (1, 2)
        }
        if args.streaming:
            streams = {v: synthetic[v] for v in STREAMING_VOICES if v in synthetic}
            per_stream = {v: streaming_errors(a, reference, models) for v, a in streams.items()}
            if real is not None and real_audio is not None:
                per_stream["librivox"] = streaming_errors(real_audio, " ".join(real[1]), models)
            entry["streaming"] = summary(per_stream)
        results["variants"][variant] = entry
        print(variant, json.dumps(entry), flush=True)
    results["seconds"] = round(time.perf_counter() - began, 1)
    results["uptime_after"] = uptime()
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
