"""Importing Tenor before onnxruntime stops onnxruntime's telemetry store from being written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _files_written_by(code: str, home: Path) -> list[Path]:
    # onnxruntime also stays quiet when it sees CI=true; a clinician's laptop has neither.
    env = {k: v for k, v in os.environ.items() if k not in ("ORT_DISABLE_TELEMETRY", "CI")}
    env["HOME"] = str(home)
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
    return [p for p in home.rglob("*") if p.is_file()]


def test_tenor_import_disables_onnxruntime_telemetry(tmp_path: Path) -> None:
    assert _files_written_by("import tenor_desktop, onnxruntime", tmp_path / "tenor") == []


def test_control_onnxruntime_alone_writes_its_telemetry_store(tmp_path: Path) -> None:
    # Proves the test above can fail: without the guard the store appears.
    written = _files_written_by("import onnxruntime", tmp_path / "bare")
    assert any("onnxruntime" in str(p) for p in written)
