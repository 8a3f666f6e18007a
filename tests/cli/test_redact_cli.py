"""``tenor redact`` end to end through the real CLI entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TEXT = "Client: My wife Erin said to call 412-555-0198. I want to kill myself.\n"


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tenor_desktop", "redact", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_json_output_has_input_offsets(tmp_path: Path) -> None:
    source = tmp_path / "t.txt"
    source.write_text(TEXT, encoding="utf-8")
    done = _run(str(source), "--json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert {(TEXT[s["start"] : s["end"]], s["label"]) for s in payload["spans"]} == {
        ("Erin", "NAME"),
        ("412-555-0198", "PHONE"),
    }
    assert payload["topics"][0]["category"] == "SELF_HARM"
    assert "Erin" not in payload["text"] and "[Redacted: self-harm]" in payload["text"]


def test_jsonl_batch_and_topic_selection(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    done = _run("--jsonl", str(batch), "--topics", "none")
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    item = json.loads(line)
    assert item["id"] == "a" and item["topics"] == []
    assert "kill myself" in item["text"] and "Erin" not in item["text"]


def test_no_phi_from_stdin_and_bad_topic_fails() -> None:
    done = _run("-", "--no-phi", "--topics", "SELF_HARM", stdin=TEXT)
    assert done.returncode == 0, done.stderr
    assert "Erin" in done.stdout and "[Redacted: self-harm]" in done.stdout
    bad = _run("-", "--topics", "ASTROLOGY", stdin=TEXT)
    assert bad.returncode == 1 and "ASTROLOGY" in bad.stderr
