"""Desktop UI benchmark → bench/results/ui.json.

Measures, offscreen:
- start-up to an interactive unlock screen: a fresh ``python`` process builds the context and
  the window; the parent times from spawn to the child's first paint of the unlock screen;
- unlock → main window on the bench caseload (bench/vault_caseload.py, scale 1 = 6,000
  sessions; a copy, so the shared cache is never written): the passphrase KDF, then opening,
  listing the clients and showing the workspace, separately;
- main-thread event-loop stall while recording: a 5 ms QTimer's lateness while a LiveRecording
  runs the real offline Whisper engine on a looping test source at real time;
- memory at idle (RSS) after unlock;
- main-thread event-loop stall while background sync runs (bench/ui_sync_measure.py): the first
  round uploading the caseload and then no-change rounds, against an idle baseline of the same
  run; and how long lock takes with a round requested.

Usage: .venv/bin/python bench/ui_bench.py [--scale 1] [--record-seconds 20] [--sync-seconds 20]
(offscreen by default; --sync-seconds 0 skips the sync measurement)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

STARTUP_CHILD = """
import time, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from tenor_desktop.app import build_ui_context
from tenor_desktop.ui.shell import TenorWindow
from tenor_desktop.ui.theme import apply_theme
app = QApplication(sys.argv)
apply_theme(app)
window = TenorWindow(build_ui_context(Path(sys.argv[1])))
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window.unlock_screen.passphrase:
            print("painted", flush=True)
            app.exit(0)
        return False
watcher = Painted()
window.unlock_screen.passphrase.installEventFilter(watcher)
window.show()
app.exec()
"""


def stage(text: str) -> None:
    """Progress on stderr."""
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def rss_mib() -> float:
    """Resident memory of this process."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure_startup(vault_dir: Path, runs: int = 3) -> list[float]:
    """Seconds from spawning a process to the unlock screen's first paint."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        output = subprocess.run(
            [sys.executable, "-c", STARTUP_CHILD, str(vault_dir)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            check=True,
        ).stdout
        if "painted" not in output:
            raise RuntimeError("the unlock screen was never painted")
        times.append(time.perf_counter() - started)
    return times


SPEECH = (
    "Last week you mentioned the nights were hard. How has sleep been since then? "
    "Still rough. I wake around three and my mind starts racing about work and the review."
)


def synthetic_speech() -> np.ndarray:
    """English speech from espeak-ng, resampled to 16 kHz mono float32 (kept in memory)."""
    import io

    import soundfile

    wav = subprocess.run(
        ["espeak-ng", "--stdout", "-s", "150", SPEECH],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    audio, rate = soundfile.read(io.BytesIO(wav), dtype="float32")
    positions = np.arange(0, len(audio), rate / 16_000)
    resampled: np.ndarray = np.interp(positions, np.arange(len(audio)), audio)
    return resampled.astype(np.float32)


class LoopingSource:
    """Loops ``audio`` into the ring at real time until stopped (a stand-in microphone)."""

    def __init__(self, ring: Any, audio: np.ndarray) -> None:
        self.ring = ring
        self.audio = audio
        self.position = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def pause(self) -> None:
        """Not used by the benchmark."""

    def resume(self) -> None:
        """Not used by the benchmark."""

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join()

    def _run(self) -> None:
        next_at = time.perf_counter()
        block = 1600
        while not self.stopping.is_set():
            if self.position + block > len(self.audio):
                self.position = 0
            if self.ring.free_space() >= block:
                self.ring.write(self.audio[self.position : self.position + block])
                self.position += block
            next_at += block / 16_000
            time.sleep(max(0.0, next_at - time.perf_counter()))


def main() -> int:
    """Run every measurement and write bench/results/ui.json."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--record-seconds", type=float, default=20.0)
    parser.add_argument("--sync-seconds", type=float, default=20.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "ui.json")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from bench.ui_sync_measure import lateness_while, pump_events, summary
    from bench.vault_caseload import PASSPHRASE, build_caseload
    from tenor_desktop.app import build_recorder_factory, build_ui_context
    from tenor_desktop.core.models import ProcessingMode
    from tenor_desktop.services.redaction_models_cache import RedactionModelsCache
    from tenor_desktop.ui.shell import TenorWindow

    load_at_start = [round(v, 2) for v in os.getloadavg()]
    caseload = build_caseload(ROOT / "bench" / ".cache", args.scale)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp_name:
        vault_dir = Path(tmp_name) / "vault"
        shutil.copytree(ROOT / caseload.vault_dir, vault_dir)
        stage("copied the caseload")
        startup = measure_startup(vault_dir)
        stage(f"start-up {startup}")

        context = build_ui_context(vault_dir)
        window = TenorWindow(context)
        window.show()
        pump_events()
        started = time.perf_counter()
        vault = context.vault_service.unlock(PASSPHRASE)
        kdf_seconds = time.perf_counter() - started
        started = time.perf_counter()
        window._opened(context.make_workspace(vault))
        pump_events()
        open_seconds = time.perf_counter() - started
        clients = window.workspace.sidebar.list.count()
        for _ in range(20):
            pump_events()
            time.sleep(0.05)
        idle_rss = rss_mib()
        stage(f"unlocked: kdf {kdf_seconds:.2f}s, open {open_seconds:.2f}s")

        # Recording with the real offline engine while a 5 ms timer measures lateness.
        service = window.workspace_service
        assert service is not None
        client = service.add_client("Bench client", processing_mode=ProcessingMode.LOCAL_ONLY)
        models = RedactionModelsCache()
        speech = synthetic_speech()
        factory = build_recorder_factory(
            context.clock,
            context.policy,
            models,
            capture_factory=lambda ring, _emit: LoopingSource(ring, speech),
        )
        recording = factory(vault, "", lambda _event: None)
        recording.start(client.id, context.clock.now())
        stage("recording")
        deadline = time.perf_counter() + args.record_seconds
        lateness = lateness_while(app, lambda: time.perf_counter() < deadline)
        stop_started = time.perf_counter()
        stage("stopping")
        result = recording.stop()
        stop_seconds = time.perf_counter() - stop_started
        sync: dict[str, Any] | None = None
        if args.sync_seconds > 0:
            from bench.sync_bench import server_process
            from bench.ui_sync_measure import measure_background_sync

            stage("background sync")
            sync = measure_background_sync(
                app, window, no_change_seconds=args.sync_seconds, server=server_process
            )
            stage(f"background sync {sync}")
        window.lock()
        window.runner.wait()

    report = {
        "caseload": {"scale": args.scale, "clients": caseload.clients,
                     "sessions": caseload.sessions},
        "startup_to_unlock_screen_s": {"runs": [round(t, 3) for t in startup],
                                       "median": round(sorted(startup)[len(startup) // 2], 3),
                                       "target": 1.5},
        "unlock_kdf_s": round(kdf_seconds, 3),
        "unlock_to_main_window_s": {"after_kdf": round(open_seconds, 3),
                                    "including_kdf": round(kdf_seconds + open_seconds, 3),
                                    "target": 1.0, "clients_listed": clients},
        "event_loop_stall_ms_while_recording": {
            "engine": "offline whisper tiny", "audio": "espeak-ng speech, looped",
            "seconds": args.record_seconds,
            **summary(lateness),
            "target_p99": 50, "segments_stored": result.segment_count,
            "stop_seconds": round(stop_seconds, 2),
        },
        "idle_rss_mib": round(idle_rss, 1),
        "event_loop_stall_during_background_sync": sync,
        "cpu_count": os.cpu_count(),
        "load_average_at_start": load_at_start,
        "load_average_at_end": [round(v, 2) for v in os.getloadavg()],
    }  # fmt: skip
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
