"""Model files are checked against pinned sha256 values before anything loads them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tenor_desktop.transcription.errors import ModelUnavailableError
from tenor_desktop.transcription.models import (
    ModelSpec,
    WhisperModelCache,
    installed_model_spec,
    read_verified_files,
)


def copy_of_tiny(tmp_path: Path) -> ModelSpec:
    """A spec pointing at a private copy of the installed tiny.en model files."""
    spec = installed_model_spec("tiny")
    parts: dict[str, tuple[Path, ...]] = {}
    for name, (source,) in spec.parts.items():
        target = tmp_path / name
        shutil.copyfile(source, target)
        parts[name] = (target,)
    return ModelSpec(spec.name, spec.whisper_name, parts, spec.sha256)


def test_installed_models_verify() -> None:
    tiny = read_verified_files(installed_model_spec("tiny"))
    assert set(tiny) == {"config.json", "model.bin", "tokenizer.json", "vocabulary.txt"}
    base_spec = installed_model_spec("base")
    assert len(base_spec.parts["model.bin"]) == 2  # joined in memory from two packages
    base = read_verified_files(base_spec)
    assert len(base["model.bin"]) > len(tiny["model.bin"])


def test_corrupted_model_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    spec = copy_of_tiny(tmp_path)
    model_bin = spec.parts["model.bin"][0]
    with model_bin.open("r+b") as handle:
        handle.seek(1_000_000)
        byte = handle.read(1)
        handle.seek(1_000_000)
        handle.write(bytes([byte[0] ^ 0xFF]))
    cache = WhisperModelCache(spec_for=lambda _name: spec)
    with pytest.raises(ModelUnavailableError, match=r"corrupt: model\.bin .*Reinstall"):
        cache.get("tiny")


def test_missing_model_file_is_refused(tmp_path: Path) -> None:
    spec = copy_of_tiny(tmp_path)
    spec.parts["tokenizer.json"][0].unlink()
    with pytest.raises(ModelUnavailableError, match=r"incomplete: tokenizer\.json"):
        read_verified_files(spec)


def test_unknown_model_name() -> None:
    with pytest.raises(ModelUnavailableError, match="Unknown model 'large'"):
        installed_model_spec("large")


def test_cache_loads_once(whisper_models: WhisperModelCache) -> None:
    assert whisper_models.get("tiny", 2) is whisper_models.get("tiny", 2)
