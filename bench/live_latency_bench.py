"""Live latency through the PulseAudio virtual microphone; writes bench/results/live_latency.json.

espeak-ng phrases are played with ``paplay`` into the null sink ``vsink`` whose monitor is the
default source; the real ``MicrophoneCapture`` captures them into the session ring and the real
``RecordingService`` → ``TranscriptionWorker`` → ``OfflineTranscriber`` chain transcribes them.
Per phrase it measures:

* end of the spoken phrase → its final text stored (target p95 ≤ 2.5 s);
* speech onset → first partial text (target ≤ 1 s).

Both are timed from the moment the audio *arrived in the process* (a sampler thread notes when
the ring's write position passed each sample; onset and end are found from the energy of the
audio the engine is fed) and, as a cross-check, from ``paplay``'s launch plus the phrase's offset
inside the wav (this one also contains PulseAudio's own buffering).

The PulseAudio server is the one in ``PULSE_SERVER`` when set (``make test`` / run-tests.sh), else
a private one started with scripts/pulse-mic.sh and stopped afterwards (by its PIDs). The espeak
wavs are synthetic test phrases in a temporary directory, removed at the end; the app writes no
audio anywhere. Segments are kept in memory stores (no vault), so the numbers are the audio and
transcription path only.

Usage: .venv/bin/python bench/live_latency_bench.py [--phrases 15] [--cpu-threads 2]
       taskset -c 0 .venv/bin/python bench/live_latency_bench.py --cpu-threads 1 --out ...
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from bench.live_bench_support import (  # noqa: E402
    MemorySegments,
    MemorySessions,
    PulseServer,
    speech_span,
)
from tenor_desktop.audio.capture import MicrophoneCapture  # noqa: E402
from tenor_desktop.audio.devices import DeviceSelector, refresh_devices  # noqa: E402
from tenor_desktop.audio.ring_buffer import SecureRingBuffer  # noqa: E402
from tenor_desktop.services.recording_events import (  # noqa: E402
    PartialText,
    RecordingEvent,
    SpeakerRelabelled,
)
from tenor_desktop.services.recording_service import RecordingService  # noqa: E402
from tenor_desktop.transcription.diarization import SingleSpeaker  # noqa: E402
from tenor_desktop.transcription.models import WhisperModelCache  # noqa: E402
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber  # noqa: E402
from tenor_desktop.transcription.protocol import Pcm, TranscriptEvent  # noqa: E402

RATE = 16_000
SENTENCES_FILE = ROOT.parent / "shared" / "data" / "asr" / "dev-sentences.txt"
VOICES = ("en-us+m3", "en-us+f4")
_LOUD = 0.02  # peak level of speech in a 10 ms block (espeak output peaks near 0.5)
_QUIET_BLOCKS = 40  # 400 ms of quiet separates phrases


@dataclass
class Timeline:
    """Wall-clock arrival of ring samples, and what the engine reported when."""

    arrivals: list[tuple[int, float]] = field(default_factory=list)  # (written position, time)
    onsets: list[int] = field(default_factory=list)  # absolute sample of each phrase onset
    ends: list[int] = field(default_factory=list)  # absolute sample of each phrase end
    partials: list[tuple[float, int, str]] = field(default_factory=list)  # (time, end_ms, text)
    finals: list[tuple[float, int, int, str]] = field(default_factory=list)  # (t, start, end, text)
    fed: list[tuple[int, float, float]] = field(default_factory=list)  # (end sample, t in, t out)
    relabels: list[tuple[float, int, int]] = field(default_factory=list)  # (t, start, end)

    def fed_time(self, sample: int) -> float | None:
        """When the engine was handed ``sample`` (the start of that feed call)."""
        ends = [e for e, _a, _b in self.fed]
        index = bisect.bisect_left(ends, sample)
        return self.fed[index][1] if index < len(self.fed) else None

    def arrival_time(self, sample: int) -> float | None:
        """When the ring's write position first reached ``sample``."""
        positions = [p for p, _t in self.arrivals]
        index = bisect.bisect_left(positions, sample)
        return self.arrivals[index][1] if index < len(self.arrivals) else None


class EnergyWatchingTranscriber:
    """Passes audio to the real engine and notes phrase onsets/ends from its energy.

    Only a per-10 ms peak level is computed; no audio is kept.
    """

    def __init__(self, engine: OfflineTranscriber, timeline: Timeline) -> None:
        self.engine = engine
        self._timeline = timeline
        self._quiet_run = _QUIET_BLOCKS
        self._last_loud = -1

    @property
    def name(self) -> str:
        return self.engine.name

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        block = RATE // 100
        for offset in range(0, len(pcm) - block + 1, block):
            loud = float(np.max(np.abs(pcm[offset : offset + block]))) > _LOUD
            position = start_sample + offset
            if loud:
                if self._quiet_run >= _QUIET_BLOCKS:
                    self._timeline.onsets.append(position)
                self._quiet_run = 0
                self._last_loud = position + block
            else:
                self._quiet_run += 1
                if self._quiet_run == _QUIET_BLOCKS and self._last_loud >= 0:
                    self._timeline.ends.append(self._last_loud)
        began = time.monotonic()
        self.engine.feed(pcm, start_sample)
        self._timeline.fed.append((start_sample + len(pcm), began, time.monotonic()))

    def poll(self) -> list[TranscriptEvent]:
        return self.engine.poll()

    def acknowledged_sample(self) -> int:
        return self.engine.acknowledged_sample()

    def finish(self) -> list[TranscriptEvent]:
        return self.engine.finish()

    def close(self) -> None:
        self.engine.close()


def percentile(values: list[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 3) if values else None


def summarize(values: list[float]) -> dict[str, Any]:
    return {
        "n": len(values),
        "p50": round(statistics.median(values), 3) if values else None,
        "p95": percentile(values, 95),
        "max": round(max(values), 3) if values else None,
    }


def run(args: argparse.Namespace, pulse: PulseServer, workdir: Path) -> dict[str, Any]:
    sentences = SENTENCES_FILE.read_text().splitlines()
    phrases = [(sentences[i % len(sentences)], VOICES[i % 2]) for i in range(args.phrases)]
    wavs = [
        pulse.synthesize(text, voice, workdir / f"phrase{i}.wav")
        for i, (text, voice) in enumerate(phrases)
    ]
    models = WhisperModelCache()
    models.get(args.model, args.cpu_threads)  # load outside the measurement
    timeline = Timeline()
    engines: list[OfflineTranscriber] = []

    def make_transcriber() -> EnergyWatchingTranscriber:
        speakers = SingleSpeaker() if args.speakers == "single" else None
        engines.append(
            OfflineTranscriber(
                args.model, models=models, cpu_threads=args.cpu_threads, speakers=speakers
            )
        )
        return EnergyWatchingTranscriber(engines[-1], timeline)

    rings: list[SecureRingBuffer] = []
    selector = DeviceSelector(lambda: None, lambda _name: None)

    def make_capture(ring: SecureRingBuffer, emit: Any) -> MicrophoneCapture:
        rings.append(ring)
        return MicrophoneCapture(ring, selector.choose(), emit)

    def on_event(event: RecordingEvent) -> None:
        if isinstance(event, PartialText) and event.text:
            timeline.partials.append((time.monotonic(), event.end_ms, event.text))
        elif isinstance(event, SpeakerRelabelled):
            segment = event.segment
            timeline.relabels.append((time.monotonic(), segment.start_ms, segment.end_ms))

    segments = MemorySegments(
        on_append=lambda seg: timeline.finals.append(
            (time.monotonic(), seg.start_ms, seg.end_ms, seg.text)
        )
    )
    service = RecordingService(
        MemorySessions(),
        segments,
        transcriber_factory=make_transcriber,
        capture_factory=make_capture,
        discard_transcript=lambda _sid: None,
        on_event=on_event,
    )
    stop_sampler = threading.Event()

    def sample_ring() -> None:
        while not stop_sampler.wait(0.002):
            if rings and not rings[-1].closed:
                position = rings[-1].written_position
                if not timeline.arrivals or timeline.arrivals[-1][0] != position:
                    timeline.arrivals.append((position, time.monotonic()))

    load_before = os.getloadavg()
    usage_before = resource.getrusage(resource.RUSAGE_SELF)
    wall_before = time.monotonic()
    service.start("bench-client", datetime.now(UTC))
    sampler = threading.Thread(target=sample_ring, daemon=True)
    sampler.start()
    time.sleep(1.5)  # the virtual microphone is running and the VAD has settled on silence
    launches: list[tuple[float, float, float]] = []  # (launch time, onset s, end s in the wav)
    for wav in wavs:
        onset_s, end_s = speech_span(wav)
        launched = time.monotonic()
        pulse.play(wav)
        launches.append((launched, onset_s, end_s))
        time.sleep(args.gap_seconds)
    stop_began = time.monotonic()
    result = service.stop()
    stop_seconds = time.monotonic() - stop_began
    stop_sampler.set()
    sampler.join()
    wall = time.monotonic() - wall_before
    usage_after = resource.getrusage(resource.RUSAGE_SELF)
    load_after = os.getloadavg()
    cpu = (usage_after.ru_utime + usage_after.ru_stime) - (
        usage_before.ru_utime + usage_before.ru_stime
    )
    return analyse(
        args,
        timeline,
        launches,
        {
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in load_after],
            "session_seconds": round(wall, 1),
            "process_cpu_seconds": round(cpu, 1),
            "process_cpu_per_session_second": round(cpu / wall, 3),
            "whisper_seconds": round(sum(e.decode_seconds for e in engines), 1),
            "stop_seconds": round(stop_seconds, 2),
            "segments": result.segment_count,
        },
    )


def analyse(
    args: argparse.Namespace,
    timeline: Timeline,
    launches: list[tuple[float, float, float]],
    totals: dict[str, Any],
) -> dict[str, Any]:
    end_to_final: list[float] = []
    end_to_final_from_launch: list[float] = []
    onset_to_partial: list[float] = []
    onset_to_partial_from_launch: list[float] = []
    missing_final = 0
    details: list[dict[str, Any]] = []
    phrases = min(len(timeline.onsets), len(timeline.ends), len(launches))
    for index in range(phrases):
        onset, end = timeline.onsets[index], timeline.ends[index]
        onset_t, end_t = timeline.arrival_time(onset), timeline.arrival_time(end)
        next_onset = timeline.onsets[index + 1] if index + 1 < len(timeline.onsets) else None
        # The phrase's final text: the last final segment ending inside this phrase.
        own = [
            f
            for f in timeline.finals
            if f[2] * RATE // 1000 > onset
            and (next_onset is None or f[2] * RATE // 1000 < next_onset)
        ]
        launched, wav_onset, wav_end = launches[index]
        fed_t = timeline.fed_time(end)
        if own and end_t is not None:
            end_to_final.append(own[-1][0] - end_t)
            details.append(
                {
                    "end_arrival_to_engine": round(fed_t - end_t, 3) if fed_t else None,
                    "engine_to_final": round(own[-1][0] - fed_t, 3) if fed_t else None,
                    "end_to_final": round(own[-1][0] - end_t, 3),
                    "finals": len(own),
                }
            )
            end_to_final_from_launch.append(own[-1][0] - (launched + wav_end))
        else:
            missing_final += 1
        first = [
            p
            for p in timeline.partials
            if onset_t is not None and p[0] >= onset_t and p[1] * RATE // 1000 > onset
        ]
        if first and onset_t is not None:
            onset_to_partial.append(first[0][0] - onset_t)
            onset_to_partial_from_launch.append(first[0][0] - (launched + wav_onset))
    stored_at = {(f[1], f[2]): f[0] for f in timeline.finals}
    relabel_delay = [t - stored_at[(a, b)] for t, a, b in timeline.relabels if (a, b) in stored_at]
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "affinity": sorted(os.sched_getaffinity(0)),
        },
        "model": args.model,
        "cpu_threads": args.cpu_threads,
        "speakers": args.speakers,
        "phrases_played": len(launches),
        "phrases_detected": phrases,
        "phrases_without_final": missing_final,
        "targets": {"end_to_final_p95_seconds": 2.5, "onset_to_first_partial_seconds": 1.0},
        "end_to_final_seconds": summarize(end_to_final),
        "end_to_final_seconds_from_paplay": summarize(end_to_final_from_launch),
        "onset_to_first_partial_seconds": summarize(onset_to_partial),
        "onset_to_first_partial_seconds_from_paplay": summarize(onset_to_partial_from_launch),
        # Speakers are placed after the final is stored: late label updates (segments whose
        # provisional label changed, live or at stop) and their delay after the final.
        "speaker_relabels": len(timeline.relabels),
        "final_to_speaker_relabel_seconds": summarize(relabel_delay),
        **totals,
        "per_phrase": details,
        "text": " ".join(f[3] for f in timeline.finals),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phrases", type=int, default=15)
    parser.add_argument("--gap-seconds", type=float, default=3.0)
    parser.add_argument("--model", default="tiny")
    parser.add_argument("--cpu-threads", type=int, default=2)
    parser.add_argument(
        "--speakers",
        choices=("default", "single"),
        default="default",
        help="single: no speaker labelling (isolates the cost of the speaker tracker)",
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "live_latency.json"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tenor-live-bench-") as folder:
        workdir = Path(folder)
        with PulseServer.running(workdir / "pulse") as pulse:
            refresh_devices()
            results = run(args, pulse, workdir)
    print(json.dumps({k: v for k, v in results.items() if k != "text"}, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
