"""Capture benchmark: PortAudio callback cost and dropped blocks, idle and under CPU load.

Runs MicrophoneCapture on the PulseAudio virtual microphone (starting a private one through
scripts/pulse-mic.sh when PULSE_SERVER is not set) with a consumer that acknowledges audio as
a transcriber would. Phase "idle" runs alone; phase "loaded" adds one busy-looping process per
CPU core plus one more, so the audio threads compete for every core. Reports callback cost
percentiles (µs), callbacks, dropped frames (target 0), PortAudio input overflows and how much
audio arrived versus wall time. Writes bench/results/capture.json.

Usage: .venv/bin/python bench/capture_bench.py [--seconds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from tenor_desktop.audio.capture import MicrophoneCapture  # noqa: E402
from tenor_desktop.audio.capture_events import CaptureEvent, DeviceLost  # noqa: E402
from tenor_desktop.audio.devices import DeviceSelector, refresh_devices  # noqa: E402
from tenor_desktop.audio.ring_buffer import SecureRingBuffer  # noqa: E402

PULSE_MIC = ROOT.parent / "scripts" / "pulse-mic.sh"
BUSY_LOOP = "import time\nend = time.time() + {seconds}\nwhile time.time() < end: pass\n"


def ensure_virtual_mic(directory: Path) -> bool:
    """Start a private virtual microphone unless one is configured; True if we started it."""
    server = os.environ.get("PULSE_SERVER", "")
    if server and Path(server.removeprefix("unix:")).exists():
        return False
    env = {**os.environ, "TENOR_TEST_SERVICES_DIR": str(directory)}
    subprocess.run([str(PULSE_MIC), "start"], env=env, check=True, timeout=60)
    for line in (directory / "env").read_text().splitlines():
        name, _, value = line.removeprefix("export ").partition("=")
        os.environ[name] = value
    refresh_devices()
    return True


def run_phase(seconds: float, load_processes: int) -> dict[str, Any]:
    """Capture for ``seconds`` with ``load_processes`` busy loops running."""
    load = [
        subprocess.Popen([sys.executable, "-c", BUSY_LOOP.format(seconds=seconds + 5)])
        for _ in range(load_processes)
    ]
    ring = SecureRingBuffer(16_000 * 60)
    events: list[CaptureEvent] = []
    choice = DeviceSelector(lambda: None, lambda _n: None).choose()
    capture = MicrophoneCapture(ring, choice, events.append)
    done = threading.Event()

    def hog_the_gil() -> None:  # a pure-Python worker in our process, as a busy engine would be
        total = 0
        while not done.is_set():
            for number in range(10_000):
                total += number * number

    hog = threading.Thread(target=hog_the_gil, daemon=True)

    def consume() -> None:  # acknowledges like a transcriber that keeps up
        while not done.wait(0.05):
            ring.read(ring.available())
            ring.acknowledge(ring.read_position)

    consumer = threading.Thread(target=consume, daemon=True)
    try:
        capture.start()
        capture.wait_for_audio(10)
        consumer.start()
        if load_processes:
            hog.start()
        load_average = os.getloadavg()[0]
        started_position = ring.written_position
        started = time.monotonic()
        time.sleep(seconds)
        wall = time.monotonic() - started
        captured = (ring.written_position - started_position) / 16_000
        capture.stop()
    finally:
        done.set()
        for process in load:
            process.kill()
            process.wait()
    costs = capture.callback_costs_ns() / 1_000.0
    return {
        "seconds": round(wall, 2),
        "load_processes": load_processes,
        "python_thread_holding_gil": bool(load_processes),
        "load_average_1min_at_start": round(load_average, 2),
        "samplerate": capture.samplerate,
        "block_frames": round(capture.samplerate * 0.02),
        "callbacks": capture.callbacks,
        "callback_cost_us": {
            "p50": round(float(np.percentile(costs, 50)), 1),
            "p95": round(float(np.percentile(costs, 95)), 1),
            "p99": round(float(np.percentile(costs, 99)), 1),
            "max": round(float(costs.max()), 1),
            "mean": round(float(costs.mean()), 1),
        },
        "block_budget_us": 20_000,
        "dropped_frames": capture.dropped_frames,
        "dropped_blocks": -(-capture.dropped_frames // round(capture.samplerate * 0.02)),
        "input_overflows": capture.input_overflows,
        "device_lost": any(isinstance(event, DeviceLost) for event in events),
        "captured_seconds": round(captured, 2),
        "captured_vs_wall": round(captured / wall, 3),
        "memory_locked": ring.memory_lock.locked,
    }


def main() -> None:
    """Run the idle and loaded phases and write the JSON result."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--output", type=Path, default=ROOT / "results" / "capture.json")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="tenor-capture-bench-") as directory:
        started_mic = ensure_virtual_mic(Path(directory))
        try:
            idle = run_phase(args.seconds, 0)
            loaded = run_phase(args.seconds, cores + 1)
        finally:
            if started_mic:
                env = {**os.environ, "TENOR_TEST_SERVICES_DIR": directory}
                subprocess.run([str(PULSE_MIC), "stop"], env=env, check=False, timeout=60)
    result = {
        "benchmark": "capture",
        "machine": {
            "cpus": cores,
            "python": platform.python_version(),
            "system": platform.system(),
        },
        "source": "PulseAudio null-sink monitor via ALSA pulse plugin (virtual microphone)",
        "targets": {"dropped_blocks": 0},
        "idle": idle,
        "loaded": loaded,
        "meets_target": idle["dropped_blocks"] == 0 and loaded["dropped_blocks"] == 0,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
