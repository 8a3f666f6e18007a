"""Shared fixtures of the transcription tests: one model load and one set of voices per run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tenor_desktop.transcription.models import WhisperModelCache
from tenor_desktop.transcription.protocol import Pcm
from tests.transcription.speech import dialogue


@pytest.fixture(scope="session")
def whisper_models() -> WhisperModelCache:
    """Models are verified and loaded once for the whole run."""
    return WhisperModelCache()


@pytest.fixture(scope="session")
def voices_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where espeak-ng writes its temporary wav files."""
    return tmp_path_factory.mktemp("voices")


@pytest.fixture(scope="session")
def two_voice_dialogue(voices_dir: Path) -> tuple[Pcm, list[tuple[float, float, int]]]:
    """Three sentences alternating between a low male and a higher female espeak voice."""
    return dialogue(voices_dir, 3)
