"""Offline speech-recognition benchmark; writes bench/results/asr.json.

Measures, for the offline engine (faster-whisper, int8 on CPU):

* WER of whole-file transcription on ``../shared/data/asr/dev-sentences.txt`` spoken by two
  espeak-ng voices, and on the LibriVox recordings of Debian's ``pocketsphinx-testdata``
  (real read speech with reference text) when that package is installed;
* real-time factor (processing time / audio time) on 1 and 2 CPU threads;
* the streaming engine over a long two-voice dialogue fed faster than real time: WER, the
  time ``finish()`` takes after stop, end-of-phrase to final-text latency, time to the first
  partial of each phrase;
* share of words carrying the right speaker label, whole-file and streaming.

Speech is synthesized into memory (``espeak-ng --stdout``); no audio file is written.
Usage: .venv/bin/python bench/asr_bench.py [--models tiny,base] [--repeat-session 2]
       [--skip-diarization]   (speaker-labelling runs are skipped; WER, RTF and streaming stay)
One core: taskset -c 0 .venv/bin/python bench/asr_bench.py --models tiny --out ...
WER over twelve espeak-ng voices, and variants of the engine: bench/asr_voices_bench.py.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tenor_desktop.transcription.file_transcription import transcribe_pcm  # noqa: E402
from tenor_desktop.transcription.models import WhisperModelCache  # noqa: E402
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber  # noqa: E402
from tenor_desktop.transcription.protocol import EventKind  # noqa: E402

Pcm = npt.NDArray[np.float32]
RATE = 16_000
SENTENCES_FILE = ROOT.parent / "shared" / "data" / "asr" / "dev-sentences.txt"
LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
VOICES = ("en-us+m3", "en-us+f4")
_NUMBERS = dict(enumerate("zero one two three four five six seven eight nine ten".split()))


def speak(text: str, voice: str) -> Pcm:
    """espeak-ng speech decoded in memory at 16 kHz."""
    from faster_whisper.audio import decode_audio

    wav = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", "150", "--stdout", text], check=True, capture_output=True
    ).stdout
    return np.asarray(decode_audio(io.BytesIO(wav), sampling_rate=RATE), dtype=np.float32)


def words(text: str) -> list[str]:
    """Normalised words: lower case, no punctuation, small numbers spelled out."""
    tokens = re.sub(r"[^\w' ]", " ", text.lower()).split()
    return [_NUMBERS.get(int(t), t) if t.isdigit() and int(t) <= 10 else t for t in tokens]


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Word-level Levenshtein distance."""
    row = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        previous, row[0] = row[:], i
        for j in range(1, len(hyp) + 1):
            cost = previous[j - 1] + (ref[i - 1] != hyp[j - 1])
            row[j] = min(previous[j] + 1, row[j - 1] + 1, cost)
    return row[len(hyp)]


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate."""
    ref = words(reference)
    return edit_distance(ref, words(hypothesis)) / max(1, len(ref))


def join_with_gaps(clips: list[Pcm], gap_s: float) -> tuple[Pcm, list[tuple[float, float]]]:
    """Concatenate clips with quiet gaps; return the audio and each clip's span in seconds."""
    rng = np.random.default_rng(0)
    parts: list[Pcm] = []
    spans: list[tuple[float, float]] = []
    position = 0
    for clip in clips:
        gap = rng.normal(0, 0.002, int(gap_s * RATE)).astype(np.float32)
        spans.append((position / RATE, (position + len(clip)) / RATE))
        parts += [clip, gap]
        position += len(clip) + len(gap)
    return np.concatenate(parts), spans


def speaker_accuracy(
    segments: list[tuple[float, float, str, str]],
    spans: list[tuple[float, float]],
    voices: list[int],
) -> float:
    """Share of words whose label maps to the true voice (majority map label -> voice)."""

    def voice_at(t: float) -> int:
        distances = [0.0 if a <= t <= b else min(abs(t - a), abs(t - b)) for a, b in spans]
        return voices[int(np.argmin(distances))]

    votes: dict[tuple[str, int], int] = {}
    for start, end, speaker, text in segments:
        key = (speaker, voice_at((start + end) / 2))
        votes[key] = votes.get(key, 0) + len(words(text))
    best: dict[str, tuple[int, int]] = {}
    for (speaker, voice), count in votes.items():
        if count > best.get(speaker, (-1, -1))[1]:
            best[speaker] = (voice, count)
    right = sum(count for (speaker, voice), count in votes.items() if best[speaker][0] == voice)
    return right / max(1, sum(votes.values()))


def file_run(
    audio: Pcm, reference: str, models: WhisperModelCache, model: str, threads: int
) -> dict[str, Any]:
    """Whole-file transcription: WER and real-time factor."""
    models.get(model, threads)  # load outside the timing
    result = transcribe_pcm(audio.copy(), model=model, cpu_threads=threads, models=models)
    text = " ".join(s.text for s in result.segments)
    return {
        "wer": round(wer(reference, text), 4),
        "audio_seconds": round(result.audio_seconds, 2),
        "processing_seconds": round(result.processing_seconds, 2),
        "rtf": round(result.processing_seconds / result.audio_seconds, 4),
        "segments": result.segments,
    }


def librivox() -> tuple[list[Pcm], list[str]] | None:
    """The LibriVox clips of pocketsphinx-testdata and their reference text, if installed."""
    from faster_whisper.audio import decode_audio

    transcription = LIBRIVOX / "transcription"
    if not transcription.is_file():
        return None
    clips, refs = [], []
    for line in transcription.read_text().splitlines():
        match = re.match(r"<s>(.*)</s>\s*\((.+)\)", line.strip())
        if match:
            clips.append(
                np.asarray(decode_audio(str(LIBRIVOX / f"{match.group(2)}.wav")), np.float32)
            )
            refs.append(match.group(1).strip())
    return clips, refs


def streaming_run(
    audio: Pcm,
    spans: list[tuple[float, float]],
    voices: list[int],
    reference: str,
    models: WhisperModelCache,
    model: str,
    stop_mid_phrase_s: float,
) -> dict[str, Any]:
    """Stream ``audio`` in 100 ms blocks as fast as possible; stop partway into the last phrase."""
    stop = int(stop_mid_phrase_s * RATE)
    engine = OfflineTranscriber(model, models=models, cpu_threads=2)
    finals: list[tuple[float, float, str, str]] = []
    final_latency: list[float] = []
    first_partial: list[float] = []
    partial_seen: set[int] = set()
    ends = [b for _a, b in spans]
    starts = [a for a, _b in spans]
    began = time.perf_counter()
    for offset in range(0, stop, 1_600):
        block = audio[offset : min(offset + 1_600, stop)]
        t0 = time.perf_counter()
        engine.feed(block, offset)
        events = engine.poll()
        compute = time.perf_counter() - t0
        fed_s = (offset + len(block)) / RATE
        for event in events:
            if event.kind is EventKind.FINAL:
                finals.append(
                    (event.start_ms / 1000, event.end_ms / 1000, event.speaker, event.text)
                )
                phrase_end = min(ends, key=lambda e: abs(e - event.end_ms / 1000))
                # Audio-time lag plus the compute of the call that produced it: what a live
                # session would see if the engine keeps up with real time.
                final_latency.append(max(0.0, fed_s - phrase_end) + compute)
            elif event.text:
                phrase = max((i for i, a in enumerate(starts) if a <= fed_s), default=0)
                if phrase not in partial_seen:
                    partial_seen.add(phrase)
                    first_partial.append(fed_s - starts[phrase] + compute)
    processing = time.perf_counter() - began
    t_stop = time.perf_counter()
    for event in engine.finish():
        if event.kind is EventKind.FINAL:
            finals.append((event.start_ms / 1000, event.end_ms / 1000, event.speaker, event.text))
    finish_seconds = time.perf_counter() - t_stop
    whisper_seconds = engine.decode_seconds
    engine.close()
    # WER over the complete phrases; the phrase cut by the stop is reported separately.
    text = " ".join(f[3] for f in finals if f[1] <= starts[-1])
    spoken_refs = reference
    return {
        "audio_seconds": round(stop / RATE, 1),
        "processing_seconds": round(processing + finish_seconds, 1),
        "streaming_rtf": round((processing + finish_seconds) / (stop / RATE), 3),
        "streaming_whisper_rtf": round(whisper_seconds / (stop / RATE), 3),
        "wer_complete_phrases": round(wer(spoken_refs, text), 4),
        "stop_to_final_seconds": round(finish_seconds, 2),
        "phrase_end_to_final_seconds_p50": round(statistics.median(final_latency), 2)
        if final_latency
        else None,
        "phrase_end_to_final_seconds_p95": round(float(np.percentile(final_latency, 95)), 2)
        if final_latency
        else None,
        "phrase_start_to_first_partial_seconds_p50": round(statistics.median(first_partial), 2)
        if first_partial
        else None,
        "cut_last_phrase_text_present": any(f[1] > starts[-1] for f in finals),
        "speaker_word_accuracy": round(speaker_accuracy(finals, spans, voices), 4),
        "final_segments": len(finals),
    }


def four_voices(sentences: list[str], models: WhisperModelCache) -> dict[str, Any]:
    """A family session: four espeak-ng voices (two male, two female variants) taking turns."""
    voices = ["en-us+m3", "en-us+f4", "en-us+m7", "en-us+f2"]
    order = [i % 4 for i in range(12)]
    clips = [speak(sentences[i], voices[v]) for i, v in enumerate(order)]
    audio, spans = join_with_gaps(clips, 0.8)
    script = " ".join(sentences[:12])
    run = file_run(audio, script, models, "tiny", 2)
    segments = [
        (s.start_ms / 1000, s.end_ms / 1000, s.speaker, s.text) for s in run.pop("segments")
    ]
    return {
        "voices": voices,
        "speaker_word_accuracy": round(speaker_accuracy(segments, spans, order), 4),
        "speakers_found": len({s[2] for s in segments}),
    }


def one_real_speaker(clips: list[Pcm]) -> dict[str, Any]:
    """One LibriVox reader cut into 2.5 s turns: how many speakers does clustering invent?"""
    from tenor_desktop.transcription.diarization import OnlineSpeakerClustering, cluster_segments

    turns = [c[i : i + 40_000] for c in clips for i in range(0, len(c) - RATE, 40_000)]
    online = OnlineSpeakerClustering()
    return {
        "turns": len(turns),
        "labels_whole_file": len(set(cluster_segments(turns))),
        "labels_streaming": len({online.label(t) for t in turns}),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="tiny,base")
    parser.add_argument(
        "--repeat-session", type=int, default=2, help="dialogue repeats for the long session"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "asr.json")
    parser.add_argument("--skip-diarization", action="store_true")
    args = parser.parse_args()
    sentences = SENTENCES_FILE.read_text().splitlines()
    models = WhisperModelCache()
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "processor": platform.machine(),
            "cpus": os.cpu_count(),
            "affinity": sorted(os.sched_getaffinity(0)),
        },
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
        "targets": {
            "wer": 0.05,
            "rtf": 0.15,
            "stop_to_final_seconds": 5.0,
            "speaker_word_accuracy": 0.95,
        },
        "espeak": {},
        "librivox": {},
        "rtf": {},
    }
    per_voice = {v: join_with_gaps([speak(s, v) for s in sentences], 1.0) for v in VOICES}
    reference = " ".join(sentences)
    real = librivox()
    for model in args.models.split(","):
        for voice, (audio, _spans) in per_voice.items():
            run = file_run(audio, reference, models, model, 2)
            run.pop("segments")
            results["espeak"][f"{model}/{voice}"] = run
            print(model, voice, run, flush=True)
        if real is not None:
            audio, spans = join_with_gaps(real[0], 0.5)
            run = file_run(audio, " ".join(real[1]), models, model, 2)
            run.pop("segments")
            results["librivox"][model] = run
            print(model, "librivox", run, flush=True)
        else:
            results["librivox"][model] = "pocketsphinx-testdata not installed"
        audio, _spans = per_voice[VOICES[0]]
        for threads in (1, 2):
            run = file_run(audio, reference, models, model, threads)
            results["rtf"][f"{model}/{threads}_threads"] = run["rtf"]
            print(model, threads, "threads rtf", run["rtf"], flush=True)
    # Two-voice dialogue: alternating voices, 0.8 s turn gaps.
    order = list(range(len(sentences))) * args.repeat_session
    voices = [i % 2 for i in range(len(order))]
    clips = [speak(sentences[s], VOICES[v]) for s, v in zip(order, voices, strict=True)]
    dialogue, spans = join_with_gaps(clips, 0.8)
    script = " ".join(sentences[s] for s in order)
    if not args.skip_diarization:
        run = file_run(dialogue, script, models, "tiny", 2)
        segments = [
            (s.start_ms / 1000, s.end_ms / 1000, s.speaker, s.text) for s in run.pop("segments")
        ]
        results["diarization_file"] = {
            "speaker_word_accuracy": round(speaker_accuracy(segments, spans, voices), 4),
            "speakers_found": len({s[2] for s in segments}),
            **run,
        }
        print("diarization file", results["diarization_file"], flush=True)
        results["diarization_four_voices"] = four_voices(sentences, models)
        print("four voices", results["diarization_four_voices"], flush=True)
        if real is not None:
            results["diarization_one_real_speaker"] = one_real_speaker(real[0])
            print("one real speaker", results["diarization_one_real_speaker"], flush=True)
    # Stop 60 % into the last sentence: finish() must decode an unfinished utterance.
    last_start, last_end = spans[-1]
    stop_s = last_start + 0.6 * (last_end - last_start)
    cut_script = " ".join(sentences[s] for s in order[:-1])
    streaming = streaming_run(dialogue, spans, voices, cut_script, models, "tiny", stop_s)
    results["streaming_tiny"] = streaming
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print("streaming", streaming, flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
