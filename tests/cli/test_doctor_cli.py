"""`tenor doctor`: the environment report and the offline self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _doctor(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, "-m", "tenor_desktop", "--vault", str(tmp_path / "v"), "doctor", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_doctor_reports_every_area(tmp_path: Path) -> None:
    result = _doctor(tmp_path, "--json")
    assert result.returncode == 0, result.stderr
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert {"policy", "audio devices", "secrets", "models", "vault", "sync server"} <= set(checks)
    assert checks["models"]["ok"] and "sha256 ok" in checks["models"]["detail"]
    assert "not created yet" in checks["vault"]["detail"]
    assert checks["secrets"]["detail"].startswith(("OS keyring", "encrypted vault"))


@pytest.mark.slow
def test_self_test_runs_every_offline_stage(tmp_path: Path) -> None:
    result = _doctor(tmp_path, "--self-test", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    stages = [c for c in json.loads(result.stdout)["checks"] if c["name"].startswith("self-test")]
    assert [s["name"] for s in stages] == [
        "self-test: transcription",
        "self-test: redaction",
        "self-test: note draft",
        "self-test: vault",
    ]
    assert all(s["ok"] for s in stages), stages
    assert list(tmp_path.glob("**/*.wav")) == []
