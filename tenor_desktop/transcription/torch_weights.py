"""Read tensors from a PyTorch checkpoint (legacy, pre-1.6 format) with numpy, without torch.

A legacy ``torch.save`` file is a run of pickles followed by raw tensor storages::

    pickle(magic number) pickle(protocol 1001) pickle(sys info)
    pickle(the saved object; tensors refer to storages by key through persistent ids)
    pickle(sorted list of storage keys)
    for each key in that order: int64 element count, then the elements' bytes (little-endian)

Security rule: a pickle can run arbitrary code, and a checkpoint is untrusted input even after
its checksum matched. The unpickler below resolves exactly three kinds of global (the tensor
rebuild function, ``collections.OrderedDict`` and a few storage types), each to an inert local
stand-in, and refuses every other global. Tensor offsets, shapes and strides are checked
against their storage before any array view is made.
"""

from __future__ import annotations

import collections
import io
import pickle
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.errors import ModelUnavailableError

_MAGIC = 0x1950A86A20F9469CFC6C
_PROTOCOL = 1001
_STORAGE_DTYPES: dict[str, np.dtype[Any]] = {
    "FloatStorage": np.dtype("<f4"),
    "DoubleStorage": np.dtype("<f8"),
    "HalfStorage": np.dtype("<f2"),
    "LongStorage": np.dtype("<i8"),
    "IntStorage": np.dtype("<i4"),
}
_ZIP_MAGIC = b"PK\x03\x04"


class UnsafeCheckpointError(ModelUnavailableError):
    """A checkpoint asks for something a weights file has no business asking for."""


class _StorageType:
    """Stand-in for ``torch.FloatStorage`` and friends: only knows its dtype."""

    __slots__ = ("dtype",)

    def __init__(self, dtype: np.dtype[Any]) -> None:
        self.dtype = dtype

    def __setstate__(self, state: object) -> None:
        # A pickle's BUILD opcode would otherwise rewrite the dtype (e.g. to "object", making
        # numpy read pointers from the file's bytes).
        raise UnsafeCheckpointError("Checkpoint tries to modify a storage type.")


def _refuse_state(_self: object, _state: object) -> None:
    raise UnsafeCheckpointError("Checkpoint tries to modify a tensor description.")


@dataclass(frozen=True)
class _StorageRef:
    key: str
    dtype: np.dtype[Any]
    numel: int

    # BUILD would write straight into __dict__ (frozen or not) after the bounds were checked.
    __setstate__ = _refuse_state


@dataclass(frozen=True)
class _TensorRef:
    storage: _StorageRef
    offset: int
    shape: tuple[int, ...]
    stride: tuple[int, ...]

    __setstate__ = _refuse_state


def _int_tuple(value: object) -> tuple[int, ...]:
    if not isinstance(value, tuple) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value
    ):
        raise UnsafeCheckpointError("Checkpoint tensor has a malformed shape or stride.")
    return value


def _rebuild_tensor(
    storage: object, offset: object, shape: object, stride: object, *_rest: object
) -> _TensorRef:
    """Stand-in for ``torch._utils._rebuild_tensor_v2``: records where the tensor lives."""
    if not isinstance(storage, _StorageRef) or not isinstance(offset, int) or offset < 0:
        raise UnsafeCheckpointError("Checkpoint tensor does not point into a storage.")
    sizes, strides = _int_tuple(shape), _int_tuple(stride)
    if len(sizes) != len(strides):
        raise UnsafeCheckpointError("Checkpoint tensor has a malformed shape or stride.")
    if all(sizes):
        last = offset + sum((n - 1) * s for n, s in zip(sizes, strides, strict=True))
        if last >= storage.numel:
            raise UnsafeCheckpointError("Checkpoint tensor reaches past the end of its storage.")
    return _TensorRef(storage, offset, sizes, strides)


class _RestrictedUnpickler(pickle.Unpickler):
    """Unpickler that knows tensors and ordered dicts and refuses everything else."""

    def __init__(self, stream: io.BytesIO, storages: dict[str, _StorageRef]) -> None:
        super().__init__(stream)
        self._storages = storages

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
            return _rebuild_tensor
        if (module, name) == ("collections", "OrderedDict"):
            return collections.OrderedDict
        if module == "torch" and name in _STORAGE_DTYPES:
            return _StorageType(_STORAGE_DTYPES[name])
        raise UnsafeCheckpointError(
            f"Checkpoint refers to {module}.{name}, which a weights file may not use."
        )

    def persistent_load(self, pid: Any) -> _StorageRef:
        if not (isinstance(pid, tuple) and len(pid) == 6 and pid[0] == "storage"):
            raise UnsafeCheckpointError("Checkpoint has an unknown persistent reference.")
        _tag, kind, key, _location, numel, view = pid
        valid = (
            isinstance(kind, _StorageType)
            and any(kind.dtype is known for known in _STORAGE_DTYPES.values())
            and isinstance(key, str)
            and isinstance(numel, int)
        )
        if not valid or numel < 0 or view is not None:
            raise UnsafeCheckpointError("Checkpoint has a malformed storage reference.")
        known = self._storages.setdefault(key, _StorageRef(key, kind.dtype, numel))
        if known != _StorageRef(key, kind.dtype, numel):
            raise UnsafeCheckpointError("Checkpoint describes one storage in two ways.")
        return known


def _materialise(value: Any, arrays: dict[str, npt.NDArray[Any]]) -> Any:
    """Replace tensor references by numpy arrays, recursively through dicts/lists/tuples."""
    if isinstance(value, _TensorRef):
        # Checked again right before the view: as_strided trusts its arguments completely.
        _rebuild_tensor(value.storage, value.offset, value.shape, value.stride)
        base = arrays[value.storage.key]
        if base.size != value.storage.numel:
            raise UnsafeCheckpointError("Checkpoint storage does not match its description.")
        size = base.dtype.itemsize
        view = np.lib.stride_tricks.as_strided(
            base[value.offset :],
            shape=value.shape,
            strides=tuple(s * size for s in value.stride),
            writeable=False,
        )
        return np.array(view)  # an owned, contiguous copy
    if isinstance(value, dict):
        return type(value)((k, _materialise(v, arrays)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return type(value)(_materialise(v, arrays) for v in value)
    return value


def load_legacy_checkpoint(data: bytes) -> Any:
    """The object saved in a legacy-format ``torch.save`` file, tensors as numpy arrays.

    Raises:
        UnsafeCheckpointError: the file asks for a global outside the allow-list.
        ModelUnavailableError: the file is not a readable legacy checkpoint.
    """
    if data.startswith(_ZIP_MAGIC):
        raise ModelUnavailableError("Zip-format PyTorch checkpoints are not supported.")
    stream = io.BytesIO(data)
    storages: dict[str, _StorageRef] = {}
    try:
        if _RestrictedUnpickler(stream, storages).load() != _MAGIC:
            raise ModelUnavailableError("Not a PyTorch checkpoint (wrong magic number).")
        if _RestrictedUnpickler(stream, storages).load() != _PROTOCOL:
            raise ModelUnavailableError("Unsupported PyTorch checkpoint version.")
        info = _RestrictedUnpickler(stream, storages).load()
        if not isinstance(info, dict) or info.get("little_endian") is not True:
            raise ModelUnavailableError("Checkpoint was not written on a little-endian machine.")
        saved = _RestrictedUnpickler(stream, storages).load()
        keys = _RestrictedUnpickler(stream, storages).load()
    except (
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        TypeError,
        ValueError,
        RecursionError,
        MemoryError,
    ) as error:
        raise ModelUnavailableError(
            f"Checkpoint cannot be read ({type(error).__name__})."
        ) from error
    if not isinstance(keys, list) or sorted(storages) != sorted(keys):
        raise ModelUnavailableError("Checkpoint storage list does not match its tensors.")
    arrays: dict[str, npt.NDArray[Any]] = {}
    position = stream.tell()
    for key in keys:
        ref = storages[key]
        header = data[position : position + 8]
        count = int.from_bytes(header, "little") if len(header) == 8 else -1
        end = position + 8 + ref.numel * ref.dtype.itemsize
        if count != ref.numel or end > len(data):
            raise ModelUnavailableError("Checkpoint storage is truncated or mislabelled.")
        arrays[key] = np.frombuffer(data, dtype=ref.dtype, count=ref.numel, offset=position + 8)
        position = end
    if position != len(data):
        raise ModelUnavailableError("Checkpoint has unexpected trailing bytes.")
    try:
        return _materialise(saved, arrays)
    except RecursionError as error:
        raise ModelUnavailableError("Checkpoint is nested too deeply.") from error
