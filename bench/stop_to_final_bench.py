"""Stop → final transcript for a long session; writes bench/results/stop_to_final.json.

A 50-minute session (by default) runs through the real ``RecordingService``: a source thread
writes espeak-ng phrases separated by quiet room noise into the session's ring, faster than real
time but never more than ``--backlog-seconds`` ahead of the transcription worker (as in a live
session where the engine keeps up), so the ring wraps around several times. The session ends in
the middle of a long monologue without pauses, the worst case for the flush: the engine holds up
to ``max_window_seconds`` of unfinished speech. Then ``stop()`` is timed: draining the backlog,
``finish()`` (final pass over the open utterance), storing the last segments, zeroizing and
verifying the ring.

Speech is synthesized into memory (``espeak-ng --stdout``); segments go to in-memory stores (no
vault), so the time is the audio and transcription path.

Usage: .venv/bin/python bench/stop_to_final_bench.py [--minutes 50] [--speech-share 0.25]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from bench.asr_bench import RATE, SENTENCES_FILE, VOICES, speak  # noqa: E402
from bench.live_bench_support import MemorySegments, MemorySessions  # noqa: E402
from tenor_desktop.audio.capture_events import CaptureEvent  # noqa: E402
from tenor_desktop.audio.ring_buffer import SecureRingBuffer  # noqa: E402
from tenor_desktop.services.recording_service import RecordingService  # noqa: E402
from tenor_desktop.transcription.diarization import SingleSpeaker  # noqa: E402
from tenor_desktop.transcription.models import WhisperModelCache  # noqa: E402
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber  # noqa: E402

Pcm = npt.NDArray[np.float32]
_BLOCK = RATE // 10


class SessionAudio:
    """Generates the session block by block: phrases, quiet gaps, a final monologue."""

    def __init__(self, minutes: float, speech_share: float, monologue_seconds: float) -> None:
        sentences = SENTENCES_FILE.read_text().splitlines()
        self.clips = [speak(s, VOICES[i % 2]) for i, s in enumerate(sentences)]
        mean_clip = float(np.mean([len(c) for c in self.clips])) / RATE
        self.gap_seconds = mean_clip * (1 - speech_share) / speech_share
        monologue = [speak(s, VOICES[0]) for s in sentences[:6]]
        self.monologue = np.concatenate(monologue)[: int(monologue_seconds * RATE)]
        self.total = int(minutes * 60 * RATE)
        self._rng = np.random.default_rng(0)

    def blocks(self) -> Any:
        """Yield float32 blocks until ``total`` samples, ending with the monologue."""
        body = self.total - len(self.monologue)
        position, index = 0, 0
        while position < body:
            clip = self.clips[index % len(self.clips)]
            gap = self._rng.normal(0, 0.002, int(self.gap_seconds * RATE)).astype(np.float32)
            piece = np.concatenate([clip, gap])[: body - position]
            for offset in range(0, len(piece), _BLOCK):
                yield piece[offset : offset + _BLOCK]
            position += len(piece)
            index += 1
        for offset in range(0, len(self.monologue), _BLOCK):
            yield self.monologue[offset : offset + _BLOCK]


class FastSource:
    """An AudioSource that writes the session into the ring as fast as transcription allows."""

    def __init__(self, ring: SecureRingBuffer, audio: SessionAudio, backlog_seconds: float):
        self._ring = ring
        self._audio = audio
        self._backlog = int(backlog_seconds * RATE)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.done = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def pause(self) -> None:
        raise NotImplementedError

    def resume(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        self._thread.join()

    def _run(self) -> None:
        for block in self._audio.blocks():
            while self._ring.available() > self._backlog:
                time.sleep(0.005)
            self._ring.write(block)
        self.done.set()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=50.0)
    parser.add_argument("--speech-share", type=float, default=0.25)
    parser.add_argument("--monologue-seconds", type=float, default=18.0)
    parser.add_argument("--backlog-seconds", type=float, default=1.0)
    parser.add_argument("--cpu-threads", type=int, default=2)
    parser.add_argument(
        "--speakers",
        choices=("default", "single"),
        default="default",
        help="single: no speaker labelling (isolates the cost of the speaker tracker)",
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "stop_to_final.json"
    )
    args = parser.parse_args()
    audio = SessionAudio(args.minutes, args.speech_share, args.monologue_seconds)
    models = WhisperModelCache()
    models.get("tiny", args.cpu_threads)
    engines: list[OfflineTranscriber] = []
    sources: list[FastSource] = []

    def make_transcriber() -> OfflineTranscriber:
        speakers = SingleSpeaker() if args.speakers == "single" else None
        engines.append(
            OfflineTranscriber(
                "tiny", models=models, cpu_threads=args.cpu_threads, speakers=speakers
            )
        )
        return engines[-1]

    def make_source(ring: SecureRingBuffer, _emit: Callable[[CaptureEvent], None]) -> FastSource:
        sources.append(FastSource(ring, audio, args.backlog_seconds))
        return sources[-1]

    segments = MemorySegments()
    service = RecordingService(
        MemorySessions(),
        segments,
        transcriber_factory=make_transcriber,
        capture_factory=make_source,
        discard_transcript=lambda _sid: None,
    )
    load_before = os.getloadavg()
    began = time.monotonic()
    service.start("bench-client", datetime.now(UTC))
    sources[0].done.wait()
    streamed_seconds = time.monotonic() - began
    stored_before_stop = len(segments.segments)
    stop_began = time.monotonic()
    result = service.stop()
    stop_seconds = time.monotonic() - stop_began
    results = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "target_stop_to_final_seconds": 5.0,
        "session_minutes": round(audio.total / RATE / 60, 1),
        "speech_share": args.speech_share,
        "speakers": args.speakers,
        "open_monologue_seconds_at_stop": round(len(audio.monologue) / RATE, 1),
        "stop_to_final_seconds": round(stop_seconds, 2),
        "segments_before_stop": stored_before_stop,
        "segments_stored_by_stop": result.segment_count - stored_before_stop,
        "audio_cleared": result.audio_cleared,
        "engines_used": len(engines),
        "streaming_wall_seconds": round(streamed_seconds, 1),
        "whisper_seconds": round(sum(e.decode_seconds for e in engines), 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "last_segments": [s.text for s in segments.segments[-3:]],
    }
    print(json.dumps(results, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
