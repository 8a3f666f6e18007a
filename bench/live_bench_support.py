"""Helpers of the live latency benchmark: the virtual microphone and in-memory stores."""

from __future__ import annotations

import os
import subprocess
import wave
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import numpy as np

from tenor_desktop.core.models import RedactionMark, Segment, Session, SessionStatus

ROOT = Path(__file__).resolve().parent.parent
PULSE_MIC = ROOT / "scripts" / "pulse-mic.sh"


@dataclass(frozen=True)
class PulseServer:
    """A PulseAudio server whose default source is the monitor of ``sink``."""

    server: str
    sink: str

    @classmethod
    @contextmanager
    def running(cls, directory: Path) -> Iterator[PulseServer]:
        """The server in ``PULSE_SERVER`` if it is up, else a private one for the block."""
        existing = os.environ.get("PULSE_SERVER", "")
        if existing and Path(existing.removeprefix("unix:")).exists():
            yield cls(existing, os.environ.get("TENOR_TEST_PULSE_SINK", "vsink"))
            return
        directory.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "TENOR_TEST_SERVICES_DIR": str(directory)}
        subprocess.run([str(PULSE_MIC), "start"], env=env, check=True, timeout=60)
        try:
            exports = dict(
                line.removeprefix("export ").split("=", 1)
                for line in (directory / "env").read_text().splitlines()
                if line.startswith("export ")
            )
            os.environ["PULSE_SERVER"] = exports["PULSE_SERVER"]
            yield cls(exports["PULSE_SERVER"], exports["TENOR_TEST_PULSE_SINK"])
        finally:
            os.environ.pop("PULSE_SERVER", None)
            subprocess.run([str(PULSE_MIC), "stop"], env=env, check=True, timeout=60)

    def synthesize(self, text: str, voice: str, target: Path) -> Path:
        """An espeak-ng phrase as a wav in the benchmark's temporary directory."""
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", "150", "-w", str(target), text],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return target

    def play(self, wav: Path) -> None:
        """Play into the virtual microphone; returns when playback has drained."""
        subprocess.run(
            ["paplay", f"--device={self.sink}", str(wav)],
            env={**os.environ, "PULSE_SERVER": self.server},
            check=True,
            timeout=120,
        )


def speech_span(wav: Path, level: float = 0.02) -> tuple[float, float]:
    """Seconds from the start of ``wav`` to its first and after its last loud sample."""
    with wave.open(str(wav), "rb") as reader:
        rate = reader.getframerate()
        samples = np.frombuffer(reader.readframes(reader.getnframes()), dtype="<i2")
    loud = np.flatnonzero(np.abs(samples.astype(np.float32)) > level * 32768)
    if len(loud) == 0:
        return 0.0, 0.0
    return float(loud[0]) / rate, float(loud[-1] + 1) / rate


class MemorySessions:
    """SessionStore kept in memory."""

    def __init__(self) -> None:
        self.sessions: dict[str, Session] = {}

    def create(
        self, client_id: str, *, started_at: datetime, consent_at: datetime | None = None
    ) -> Session:
        session = Session(
            f"s{len(self.sessions) + 1}", client_id, started_at, consent_at=consent_at
        )
        self.sessions[session.id] = session
        return session

    def set_status(
        self,
        session_id: str,
        status: SessionStatus,
        *,
        ended_at: datetime | None = None,
        duration_ms: int | None = None,
    ) -> None:
        session = self.sessions[session_id]
        self.sessions[session_id] = replace(
            session,
            status=status,
            ended_at=ended_at or session.ended_at,
            duration_ms=session.duration_ms if duration_ms is None else duration_ms,
        )


class MemorySegments:
    """SegmentStore kept in memory; ``on_append`` sees each segment as it is stored."""

    def __init__(self, on_append: Callable[[Segment], None] = lambda _segment: None) -> None:
        self.segments: list[Segment] = []
        self._on_append = on_append

    def append(
        self,
        session_id: str,
        *,
        start_ms: int,
        end_ms: int,
        speaker: str,
        text: str,
        confidence: float | None = None,
        redactions: Sequence[RedactionMark] = (),
    ) -> Segment:
        segment = Segment(
            len(self.segments) + 1,
            session_id,
            len(self.segments),
            start_ms,
            end_ms,
            speaker,
            text,
            confidence,
            tuple(redactions),
        )
        self.segments.append(segment)
        self._on_append(segment)
        return segment
