"""Offline WER over many voices and LibriVox, for the engine and variants of it (asr_voices.json).

A robustness check for changes to the offline engine (tiny.en int8, ``transcribe_pcm``): the
dev sentences of ``asr_bench`` spoken by twelve espeak-ng English variants, plus the LibriVox
clips of Debian's ``pocketsphinx-testdata`` (real read speech with reference text). A change
that only fits one voice shows up here as losses on the others. With ``--sets dev,fresh``
(the default) the twelve voices also speak ``bench/data/asr_fresh_sentences.txt``: twenty
sentences written before any variant was tried, sharing only function words with the dev
sentences, so a change tuned to the fifteen dev sentences shows up as a loss there.

Variants are applied from outside the engine, through the model cache it is given, so the
same run compares them with the engine as it is:

* ``engine``: ``transcribe_pcm`` unchanged;
* ``pre_emphasis_K``: Whisper's log-Mel input is pre-emphasised, ``y[n] = x[n] - K x[n-1]``
  (the VAD and the speaker clustering still see the audio as recorded);
* decoding options, ``name=value`` joined by ``+`` (``beam_size=8+patience=2``): every
  ``transcribe`` call of the model gets these keyword arguments instead of the engine's own;
  ``initial_prompt=KEY`` takes its text from ``PROMPTS``.

Also reports the real-time factor of each variant on 1 and 2 threads (the en-us+m3 file) and,
with ``--streaming``, the streaming engine's WER (finals) on en-us+m3, en-us+f4 and LibriVox.

Speech is synthesized into memory; no audio file is written.
Usage: .venv/bin/python bench/asr_voices_bench.py [--voices en-us+f4,en-gb]
       [--variants engine,pre_emphasis_0.97,beam_size=8] [--sets dev,fresh] [--streaming]
Keys of an existing ``--out`` file that a run does not write (notes on earlier variants, the
conclusion) are kept.
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
FRESH_SENTENCES_FILE = ROOT / "bench" / "data" / "asr_fresh_sentences.txt"
SENTENCE_SETS = {"dev": SENTENCES_FILE, "fresh": FRESH_SENTENCES_FILE}
# Setting descriptions for ``initial_prompt=KEY`` variants, written without looking at either
# sentence set's wording.
PROMPTS = {
    "counselling": "A counselling session between a therapist and a client.",
    "transcript": (
        "Transcript of a psychotherapy session. The therapist and the client speak in plain, "
        "everyday English."
    ),
}


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


def decoding_options(variant: str) -> dict[str, Any]:
    """``beam_size=8+initial_prompt=counselling`` -> keyword arguments for ``transcribe``."""
    options: dict[str, Any] = {}
    for item in variant.split("+"):
        key, _, raw = item.partition("=")
        value: Any = raw
        if key == "initial_prompt":
            value = PROMPTS[raw]
        elif raw in ("None", "True", "False"):
            value = {"None": None, "True": True, "False": False}[raw]
        elif raw.lstrip("-").isdigit():
            value = int(raw)
        else:
            try:
                value = float(raw)
            except ValueError:
                value = raw
        options[key] = value
    return options


def with_decoding_options(model: Any, options: dict[str, Any]) -> Any:
    """A shallow copy of ``model`` whose ``transcribe`` always uses ``options``.

    The copy gets a subclass rather than an instance attribute, so copies made of it later
    (the streaming engine's trimmed-encoder model) keep the options.
    """
    base = type(model)

    class WithOptions(base):  # type: ignore[misc, valid-type]
        def transcribe(self, audio: Any, *args: Any, **kwargs: Any) -> Any:
            return base.transcribe(self, audio, *args, **{**kwargs, **options})

    altered = copy.copy(model)
    altered.__class__ = WithOptions
    return altered


class VariantModels(WhisperModelCache):
    """The shared model cache, handing out models altered for one variant."""

    def __init__(self, base: WhisperModelCache, variant: str) -> None:
        super().__init__()
        self._base = base
        self._variant = variant

    def get(self, name: str, cpu_threads: int = 2) -> Any:
        model = self._base.get(name, cpu_threads)
        if "=" in self._variant:
            return with_decoding_options(model, decoding_options(self._variant))
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
    parser.add_argument("--sets", default="dev,fresh", help="sentence sets: dev, fresh")
    parser.add_argument("--streaming", action="store_true", help="also the streaming engine")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "asr_voices.json")
    args = parser.parse_args()
    sets = args.sets.split(",")
    scripts = {name: SENTENCE_SETS[name].read_text().splitlines() for name in sets}
    voices = args.voices.split(",")
    results: dict[str, Any] = {
        "engine": "tiny.en int8, transcribe_pcm (beam 5, VAD, previous-text conditioning)",
        "uptime_before": uptime(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
        "target_wer": 0.05,
        "sentence_sets": {name: str(SENTENCE_SETS[name].relative_to(ROOT.parent)) for name in sets},
        "variants": {},
    }
    began = time.perf_counter()
    spoken = {
        name: {v: join_with_gaps([speak(s, v) for s in lines], 1.0)[0] for v in voices}
        for name, lines in scripts.items()
    }
    real = librivox()
    real_audio = join_with_gaps(real[0], 0.5)[0] if real is not None else None
    shared = WhisperModelCache()
    for variant in args.variants.split(","):
        models = VariantModels(shared, variant)
        entry: dict[str, Any] = {}
        for name, synthetic in spoken.items():
            reference = " ".join(scripts[name])
            per_voice: dict[str, tuple[int, int]] = {}
            for voice, audio in synthetic.items():
                per_voice[voice] = file_errors(audio, reference, models)[:2]
                rate = round(per_voice[voice][0] / per_voice[voice][1], 4)
                print(variant, name, voice, rate, flush=True)
            # The dev set's numbers stay at the top level, as in earlier runs of this bench.
            if name == "dev":
                entry.update(summary(per_voice))
            else:
                entry[name] = summary(per_voice)
        synthetic = spoken[sets[0]]
        reference = " ".join(scripts[sets[0]])
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
    earlier = json.loads(args.out.read_text()) if args.out.is_file() else {}
    kept = {key: value for key, value in earlier.items() if key not in results}
    args.out.write_text(json.dumps({**results, **kept}, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
