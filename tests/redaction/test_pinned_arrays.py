"""Bundled numpy resources are verified and loaded from the same bytes."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.redaction.errors import ModelIntegrityError, RedactionConfigError
from tenor_desktop.redaction.pinned_arrays import load_pinned_arrays


def _archive(tmp_path: Path) -> tuple[Path, str]:
    buffer = io.BytesIO()
    np.savez(buffer, weights=np.arange(6, dtype=np.float32).reshape(2, 3), bar=np.float32(0.8))
    path = tmp_path / "model.npz"
    path.write_bytes(buffer.getvalue())
    return path, hashlib.sha256(buffer.getvalue()).hexdigest()


def test_a_pinned_archive_gives_every_array(tmp_path: Path) -> None:
    path, digest = _archive(tmp_path)
    arrays = load_pinned_arrays(path, digest, "test model")
    assert sorted(arrays) == ["bar", "weights"]
    assert arrays["weights"].shape == (2, 3)
    assert float(arrays["bar"]) == pytest.approx(0.8)


def test_a_changed_archive_raises_the_callers_checksum_error(tmp_path: Path) -> None:
    path, digest = _archive(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(RedactionConfigError, match="test model failed its checksum"):
        load_pinned_arrays(path, digest, "test model")
    with pytest.raises(ModelIntegrityError):
        load_pinned_arrays(path, digest, "test model", checksum_error=ModelIntegrityError)


def test_unpinned_damage_and_a_missing_file_are_configuration_errors(tmp_path: Path) -> None:
    path, _digest = _archive(tmp_path)
    path.write_bytes(path.read_bytes()[:40])
    with pytest.raises(RedactionConfigError, match="damaged"):
        load_pinned_arrays(path, None, "test model")
    with pytest.raises(RedactionConfigError, match="could not be read"):
        load_pinned_arrays(tmp_path / "absent.npz", None, "test model")
