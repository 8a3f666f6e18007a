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
  ``initial_prompt=KEY`` takes its text from ``asr_variants.PROMPTS``;
* ``stream.`` + streaming settings, ``name=value`` joined by ``+``
  (``stream.prompt_chars=800``): only the streaming engine runs, with
  ``StreamingSettings`` changed that way (the whole-file engine is unchanged by these).

Also reports the real-time factor of each variant on 1 and 2 threads (the en-us+m3 file) and,
with ``--streaming``, the streaming engine's WER (finals) on en-us+m3, en-us+f4 and LibriVox
(and en-us+m3, en-us+f4 of each further sentence set).

Speech is synthesized into memory; no audio file is written.
Usage: .venv/bin/python bench/asr_voices_bench.py [--voices en-us+f4,en-gb]
       [--variants engine,pre_emphasis_0.97,beam_size=8] [--sets dev,fresh] [--streaming]
Keys of an existing ``--out`` file that a run does not write (notes on earlier variants, the
conclusion) are kept.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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
from asr_variants import VariantModels, decoding_options  # noqa: E402

from tenor_desktop.transcription.diarization import SingleSpeaker  # noqa: E402
from tenor_desktop.transcription.file_transcription import transcribe_pcm  # noqa: E402
from tenor_desktop.transcription.models import WhisperModelCache  # noqa: E402
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber  # noqa: E402
from tenor_desktop.transcription.protocol import EventKind  # noqa: E402
from tenor_desktop.transcription.streaming_settings import StreamingSettings  # noqa: E402

WIDE_VOICES = tuple(
    [f"en-us+m{i}" for i in (1, 2, 3, 4, 5, 7)] + [f"en-us+f{i}" for i in range(1, 6)] + ["en-gb"]
)
STREAMING_VOICES = ("en-us+m3", "en-us+f4")
FRESH_SENTENCES_FILE = ROOT / "bench" / "data" / "asr_fresh_sentences.txt"
SENTENCE_SETS = {"dev": SENTENCES_FILE, "fresh": FRESH_SENTENCES_FILE}


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


def streaming_errors(
    audio: Pcm,
    reference: str,
    models: WhisperModelCache,
    settings: StreamingSettings | None = None,
) -> tuple[int, int]:
    """The streaming engine over ``audio`` in 100 ms blocks: word errors of its finals."""
    engine = OfflineTranscriber(
        "tiny", models=models, cpu_threads=2, speakers=SingleSpeaker(), settings=settings
    )
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


Spoken = dict[str, dict[str, Pcm]]  # sentence set -> voice -> audio
Real = tuple[Pcm, str] | None  # LibriVox audio and its reference text


def file_entry(
    variant: str, spoken: Spoken, scripts: dict[str, list[str]], real: Real, models: Any
) -> dict[str, Any]:
    """Whole-file WER per set and voice (the first set's at the top level), LibriVox, RTF."""
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
    if real is not None:
        entry["librivox_wer"] = round(errors_rate(file_errors(real[0], real[1], models)[:2]), 4)
        print(variant, "librivox", entry["librivox_wer"], flush=True)
    first = next(iter(spoken))
    synthetic = spoken[first]
    rtf_audio = synthetic.get("en-us+m3", next(iter(synthetic.values())))
    reference = " ".join(scripts[first])
    entry["rtf"] = {
        f"{threads}_threads": round(file_errors(rtf_audio, reference, models, threads)[2], 4)
        for threads in (1, 2)
    }
    return entry


def streaming_entry(
    spoken: Spoken,
    scripts: dict[str, list[str]],
    real: Real,
    models: Any,
    settings: StreamingSettings | None = None,
) -> dict[str, Any]:
    """Streaming finals' WER on ``STREAMING_VOICES`` and LibriVox (the first sentence set's
    voices with LibriVox under ``streaming``, each other set's as ``streaming_NAME``)."""
    entry: dict[str, Any] = {}
    for index, (name, synthetic) in enumerate(spoken.items()):
        reference = " ".join(scripts[name])
        streams = {v: synthetic[v] for v in STREAMING_VOICES if v in synthetic}
        per_stream = {
            v: streaming_errors(a, reference, models, settings) for v, a in streams.items()
        }
        if index == 0 and real is not None:
            per_stream["librivox"] = streaming_errors(real[0], real[1], models, settings)
        entry["streaming" if index == 0 else f"streaming_{name}"] = summary(per_stream)
    return entry


def errors_rate(counts: tuple[int, int]) -> float:
    return counts[0] / max(1, counts[1])


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
    clips = librivox()
    real: Real = None
    if clips is not None:
        real = (join_with_gaps(clips[0], 0.5)[0], " ".join(clips[1]))
    shared = WhisperModelCache()
    for variant in args.variants.split(","):
        if variant.startswith("stream."):
            settings = dataclasses.replace(StreamingSettings(), **decoding_options(variant))
            entry = streaming_entry(spoken, scripts, real, shared, settings)
        else:
            models = VariantModels(shared, variant)
            entry = file_entry(variant, spoken, scripts, real, models)
            if args.streaming:
                entry.update(streaming_entry(spoken, scripts, real, models))
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
