"""Bundled numpy resources (``.npz``), checked against their pinned sha256 and loaded from the
very bytes that were checked: a file changed between the check and the load is never read."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from tenor_desktop.redaction.errors import RedactionConfigError, RedactionError


def load_pinned_arrays(
    source: Path,
    sha256: str | None,
    what: str,
    *,
    checksum_error: type[RedactionError] = RedactionConfigError,
) -> dict[str, npt.NDArray[Any]]:
    """Every array of ``source`` by name, read once and verified.

    ``sha256=None`` skips the check (build benches' folds only). An unreadable file and a
    damaged archive raise :class:`RedactionConfigError`, a checksum mismatch
    ``checksum_error``; each message names ``what`` ("the PHI tagger") and nothing of the file.
    """
    try:
        data = source.read_bytes()
    except OSError as error:
        raise RedactionConfigError(f"The {what} could not be read.") from error
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise checksum_error(f"The {what} failed its checksum check.")
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            return {name: arrays[name] for name in arrays.files}
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        raise RedactionConfigError(f"The {what} file is damaged.") from error
