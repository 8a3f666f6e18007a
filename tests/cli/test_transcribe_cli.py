"""``tenor transcribe``: reads a recording into memory, prints text or the documented JSON."""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tenor_desktop.cli import main
from tests.transcription.speech import SENTENCES, word_error_rate

# Measured on this espeak-ng sentence with tiny.en: WER 0.0.
WER_BOUND = 0.2
API_KEY = "test-key-for-the-fake"


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One spoken sentence as a wav file, written by espeak-ng."""
    path = tmp_path_factory.mktemp("cli") / "session.wav"
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), SENTENCES[0]],
        check=True,
        capture_output=True,
    )
    return path


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine without a Deepgram key anywhere."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.delenv("TENOR_DEEPGRAM_API_KEY", raising=False)
    yield


def test_json_output_and_original_untouched(
    recording: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hashlib.sha256(recording.read_bytes()).hexdigest()
    assert main(["transcribe", str(recording), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"segments", "engine", "model", "audio_seconds", "processing_seconds"}
    assert result["engine"] == "offline"
    assert result["model"] == "tiny"
    assert 3.0 < result["audio_seconds"] < 6.0
    assert result["processing_seconds"] > 0
    for segment in result["segments"]:
        assert set(segment) == {"start", "end", "speaker", "text"}
        assert 0 <= segment["start"] < segment["end"] <= result["audio_seconds"] + 0.5
    text = " ".join(s["text"] for s in result["segments"])
    assert word_error_rate(SENTENCES[0], text) <= WER_BOUND
    assert hashlib.sha256(recording.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in recording.parent.iterdir()) == ["session.wav"]


def test_text_output_and_delete_original(
    recording: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "to-delete.wav"
    copy.write_bytes(recording.read_bytes())
    assert main(["transcribe", str(copy), "--delete-original"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[00:00.")
    assert "Speaker 1:" in out
    assert not copy.exists()


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transcribe", str(tmp_path / "nope.m4a")]) == 1
    err = capsys.readouterr().err
    assert "audio file was not found" in err
    assert "nope" not in err


def test_deepgram_without_a_key_says_so(
    recording: Path, no_keyring: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["transcribe", str(recording), "--engine", "deepgram"]) == 1
    assert "Deepgram needs an API key" in capsys.readouterr().err


@pytest.mark.filterwarnings("ignore:websockets.* is deprecated:DeprecationWarning")
def test_deepgram_engine_against_the_wire_compatible_fake(
    recording: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.fakes.deepgram_segmenter import WhisperWordDecoder
    from tests.fakes.deepgram_server import running_fake_deepgram

    with running_fake_deepgram(API_KEY, WhisperWordDecoder()) as server:
        monkeypatch.setenv("TENOR_DEEPGRAM_API_KEY", API_KEY)
        monkeypatch.setenv("TENOR_DEEPGRAM_URL", server.ws_base)
        assert main(["transcribe", str(recording), "--engine", "deepgram", "--json"]) == 0
        assert len(server.connections) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["engine"] == "deepgram"
    text = " ".join(s["text"] for s in result["segments"])
    assert word_error_rate(SENTENCES[0], text) <= WER_BOUND
