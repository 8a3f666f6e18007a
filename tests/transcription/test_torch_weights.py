"""The torch-free checkpoint reader: exact tensors back, and nothing but tensors allowed in."""

from __future__ import annotations

import io
import pickle
import sys
import types
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tenor_desktop.transcription.errors import ModelUnavailableError
from tenor_desktop.transcription.torch_weights import UnsafeCheckpointError, load_legacy_checkpoint
from tenor_desktop.transcription.voice_encoder import (
    installed_weights_path,
    read_verified_weights,
)

MAGIC = 0x1950A86A20F9469CFC6C


class _Storage:
    """What a real storage pickles as: a persistent id naming the key and element count."""

    def __init__(self, key: str, data: np.ndarray) -> None:
        self.key = key
        self.data = data.astype("<f4").ravel()


class _Tensor:
    def __init__(
        self, storage: _Storage, offset: int, shape: tuple[int, ...], stride: tuple[int, ...]
    ):
        self.args = (storage, offset, shape, stride, False, OrderedDict())


def _fake_torch(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """Modules named like torch's, so the pickler writes the same globals torch.save does."""
    torch = types.ModuleType("torch")
    utils = types.ModuleType("torch._utils")

    class FloatStorage:
        pass

    def _rebuild_tensor_v2(*args: object) -> None:
        raise AssertionError("never called while writing")

    FloatStorage.__module__, FloatStorage.__qualname__ = "torch", "FloatStorage"
    _rebuild_tensor_v2.__module__ = "torch._utils"
    _rebuild_tensor_v2.__qualname__ = "_rebuild_tensor_v2"
    torch.FloatStorage = FloatStorage  # type: ignore[attr-defined]
    utils._rebuild_tensor_v2 = _rebuild_tensor_v2  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "torch", torch)
    monkeypatch.setitem(sys.modules, "torch._utils", utils)
    return FloatStorage, _rebuild_tensor_v2


def legacy_checkpoint(
    obj: object, monkeypatch: pytest.MonkeyPatch, build_state: dict[str, object] | None = None
) -> bytes:
    """Bytes laid out exactly like torch's legacy ``torch.save`` (pickle protocol 2)."""
    storage_type, rebuild = _fake_torch(monkeypatch)
    storages: dict[str, _Storage] = {}

    class Writer(pickle.Pickler):
        def persistent_id(self, value: object) -> object:
            if isinstance(value, _Storage):
                storages[value.key] = value
                return ("storage", storage_type, value.key, "cpu", value.data.size, None)
            return None

        def reducer_override(self, value: object) -> object:
            if isinstance(value, _Tensor):
                if build_state is not None:  # REDUCE, then BUILD on the rebuilt tensor
                    return rebuild, value.args, build_state
                return rebuild, value.args
            return NotImplemented

    out = io.BytesIO()
    for header in (MAGIC, 1001, {"protocol_version": 1001, "little_endian": True}):
        pickle.dump(header, out, protocol=2)
    Writer(out, protocol=2).dump(obj)
    keys = sorted(storages)
    pickle.dump(keys, out, protocol=2)
    for key in keys:
        out.write(storages[key].data.size.to_bytes(8, "little"))
        out.write(storages[key].data.tobytes())
    return out.getvalue()


def test_tensors_come_back_with_offsets_and_strides(monkeypatch: pytest.MonkeyPatch) -> None:
    shared = _Storage("1", np.arange(12, dtype=np.float32))
    other = _Storage("2", np.array([1.5, -2.0], dtype=np.float32))
    state = OrderedDict(
        [
            ("matrix", _Tensor(shared, 0, (3, 4), (4, 1))),
            ("transposed", _Tensor(shared, 0, (4, 3), (1, 4))),
            ("tail", _Tensor(shared, 8, (4,), (1,))),
            ("vector", _Tensor(other, 0, (2,), (1,))),
        ]
    )
    loaded = load_legacy_checkpoint(
        legacy_checkpoint({"step": 7, "model_state": state}, monkeypatch)
    )
    assert loaded["step"] == 7
    model = loaded["model_state"]
    assert list(model) == ["matrix", "transposed", "tail", "vector"]
    np.testing.assert_array_equal(model["matrix"], np.arange(12).reshape(3, 4))
    np.testing.assert_array_equal(model["transposed"], np.arange(12).reshape(3, 4).T)
    np.testing.assert_array_equal(model["tail"], [8, 9, 10, 11])
    np.testing.assert_array_equal(model["vector"], [1.5, -2.0])
    assert model["matrix"].dtype == np.float32


def test_a_tensor_reaching_past_its_storage_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    storage = _Storage("1", np.zeros(6, dtype=np.float32))
    data = legacy_checkpoint({"w": _Tensor(storage, 2, (2, 3), (3, 1))}, monkeypatch)
    with pytest.raises(UnsafeCheckpointError):
        load_legacy_checkpoint(data)


def test_truncated_storage_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    storage = _Storage("1", np.zeros(6, dtype=np.float32))
    data = legacy_checkpoint({"w": _Tensor(storage, 0, (6,), (1,))}, monkeypatch)
    with pytest.raises(ModelUnavailableError):
        load_legacy_checkpoint(data[:-4])
    with pytest.raises(ModelUnavailableError):
        load_legacy_checkpoint(data + b"\0")


class _Exploit:
    """Pickles as a call to ``os.system``: what a hostile checkpoint would contain."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        import os

        return os.system, (f"touch {self.target}",)


def test_any_other_global_is_refused_before_it_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    out = io.BytesIO()
    for header in (MAGIC, 1001, {"little_endian": True}):
        pickle.dump(header, out, protocol=2)
    pickle.dump({"model_state": _Exploit(marker)}, out, protocol=2)
    with pytest.raises(UnsafeCheckpointError, match="system"):
        load_legacy_checkpoint(out.getvalue())
    assert not marker.exists()


def test_a_checked_tensor_cannot_be_reshaped_afterwards(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rebuilt within bounds, then a BUILD opcode asks for a far larger shape.
    tensor = _Tensor(_Storage("1", np.zeros(4, dtype=np.float32)), 0, (4,), (1,))
    data = legacy_checkpoint({"w": tensor}, monkeypatch, build_state={"shape": (1 << 30,)})
    with pytest.raises(UnsafeCheckpointError, match="modify"):
        load_legacy_checkpoint(data)


def test_a_storage_type_cannot_be_rewritten_by_the_pickle() -> None:
    # GLOBAL torch.FloatStorage, then BUILD with {"dtype": "O"}: object arrays from raw bytes
    # would dereference attacker-chosen pointers.
    build = b"\x80\x02ctorch\nFloatStorage\n}X\x05\x00\x00\x00dtypeX\x01\x00\x00\x00Osb."
    out = io.BytesIO()
    for header in (MAGIC, 1001, {"little_endian": True}):
        pickle.dump(header, out, protocol=2)
    with pytest.raises(UnsafeCheckpointError, match="modify"):
        load_legacy_checkpoint(out.getvalue() + build)


def test_zip_checkpoints_and_garbage_are_clear_errors() -> None:
    with pytest.raises(ModelUnavailableError, match="Zip"):
        load_legacy_checkpoint(b"PK\x03\x04rest")
    with pytest.raises(ModelUnavailableError):
        load_legacy_checkpoint(pickle.dumps(12345, protocol=2))
    with pytest.raises(ModelUnavailableError):
        load_legacy_checkpoint(b"")


def test_installed_resemblyzer_weights_load() -> None:
    checkpoint = load_legacy_checkpoint(read_verified_weights(installed_weights_path()))
    state = checkpoint["model_state"]
    assert state["lstm.weight_ih_l0"].shape == (1024, 40)
    assert state["lstm.weight_hh_l2"].shape == (1024, 256)
    assert state["linear.weight"].shape == (256, 256)
    # GE2E's learned similarity scale, a known value of this checkpoint.
    assert state["similarity_weight"][0] == pytest.approx(70.8929, abs=1e-3)
    assert all(np.isfinite(v).all() for v in state.values())


def test_weights_with_another_checksum_are_refused(tmp_path: Path) -> None:
    original = installed_weights_path().read_bytes()
    tampered = tmp_path / "pretrained.pt"
    tampered.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))
    with pytest.raises(ModelUnavailableError, match="checksum"):
        read_verified_weights(tampered)
    with pytest.raises(ModelUnavailableError, match="cannot be read"):
        read_verified_weights(tmp_path / "missing.pt")
