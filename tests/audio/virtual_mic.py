"""The PulseAudio virtual microphone for tests (fixture ``virtual_mic``).

`make test` starts it through scripts/pulse-mic.sh and exports PULSE_SERVER; when a developer
runs pytest directly, the fixture starts a private one the same way and stops it afterwards.
Speech comes from espeak-ng into the test's own temp directory (synthetic test fixtures; the
app itself never writes audio) and is played into the null sink with paplay.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tenor_desktop.audio.devices import refresh_devices

REPO = Path(__file__).resolve().parents[2]
PULSE_MIC = REPO / "scripts" / "pulse-mic.sh"


@dataclass(frozen=True)
class VirtualMic:
    """A running virtual microphone: play files into ``sink`` and they are captured."""

    server: str
    sink: str

    def environment(self) -> dict[str, str]:
        """Environment for pulse client tools."""
        return {**os.environ, "PULSE_SERVER": self.server}

    def play(self, wav: Path) -> None:
        """Play a wav file into the virtual microphone and wait until it has been played."""
        subprocess.run(
            ["paplay", f"--device={self.sink}", str(wav)],
            env=self.environment(),
            check=True,
            timeout=120,
        )

    def server_pid(self) -> int | None:
        """PID of the PulseAudio daemon when the socket path follows pulse-mic.sh's layout."""
        pid_file = Path(self.server.removeprefix("unix:")).with_name("pid")
        return int(pid_file.read_text().strip()) if pid_file.exists() else None


def speak(text: str, directory: Path, *, voice: str = "en-us", name: str = "speech.wav") -> Path:
    """Synthesise ``text`` with espeak-ng into ``directory`` (a test temp dir)."""
    target = directory / name
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", "150", "-w", str(target), text], check=True, timeout=60
    )
    return target


def start_private_mic(directory: Path) -> VirtualMic:
    """Start a PulseAudio server of our own under ``directory`` (stop with stop_private_mic)."""
    env = {**os.environ, "TENOR_TEST_SERVICES_DIR": str(directory)}
    subprocess.run([str(PULSE_MIC), "start"], env=env, check=True, timeout=60)
    exports = dict(
        line.removeprefix("export ").split("=", 1)
        for line in (directory / "env").read_text().splitlines()
        if line.startswith("export ")
    )
    return VirtualMic(exports["PULSE_SERVER"], exports["TENOR_TEST_PULSE_SINK"])


def stop_private_mic(directory: Path) -> None:
    """Stop a server started by :func:`start_private_mic`."""
    env = {**os.environ, "TENOR_TEST_SERVICES_DIR": str(directory)}
    subprocess.run([str(PULSE_MIC), "stop"], env=env, check=True, timeout=60)


@pytest.fixture(scope="session")
def virtual_mic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtualMic]:
    """The shared virtual microphone; PortAudio is re-scanned so it sees the server."""
    server = os.environ.get("PULSE_SERVER")
    if server and Path(server.removeprefix("unix:")).exists():
        mic = VirtualMic(server, os.environ.get("TENOR_TEST_PULSE_SINK", "vsink"))
        refresh_devices()
        yield mic
        return
    directory = tmp_path_factory.mktemp("pulse")
    mic = start_private_mic(directory)
    os.environ["PULSE_SERVER"] = mic.server
    os.environ["TENOR_TEST_PULSE_SINK"] = mic.sink
    refresh_devices()
    try:
        yield mic
    finally:
        stop_private_mic(directory)
        os.environ.pop("PULSE_SERVER", None)
        os.environ.pop("TENOR_TEST_PULSE_SINK", None)
        refresh_devices()
