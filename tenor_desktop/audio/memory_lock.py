"""Pin audio memory in RAM (``mlock``) so the kernel never writes it to swap.

Locking is best effort: an unprivileged process is limited by ``RLIMIT_MEMLOCK`` (often 8 MiB,
less than ten minutes of audio), and Windows is not handled here. The result says why locking
failed so the UI and ``tenor doctor`` can tell the clinician; audio is still zeroed either way.
"""

from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True)
class MemoryLockResult:
    """Whether an array is pinned in RAM, and the reason when it is not."""

    locked: bool
    reason: str = ""


def _libc() -> ctypes.CDLL | None:
    if sys.platform == "win32":
        return None
    # CDLL(None) is the process's own symbol table, which includes libc. (find_library would
    # spawn ldconfig/gcc on every call, which the audit test rightly flags.)
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _memlock_limit_text() -> str:
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_MEMLOCK)
    except (ImportError, AttributeError, OSError):
        return "unknown"
    return "unlimited" if soft == resource.RLIM_INFINITY else f"{soft} bytes"


def lock_array(array: npt.NDArray[np.generic]) -> MemoryLockResult:
    """Try to ``mlock`` the memory behind ``array``."""
    libc = _libc()
    if libc is None:
        return MemoryLockResult(False, f"memory locking is not supported on {sys.platform}")
    address = ctypes.c_void_p(array.ctypes.data)
    status = libc.mlock(address, ctypes.c_size_t(array.nbytes))
    if status == 0:
        return MemoryLockResult(True)
    errno = ctypes.get_errno()
    reason = f"mlock failed: {os.strerror(errno)}"
    if errno in (1, 12):  # EPERM / ENOMEM: over RLIMIT_MEMLOCK for this user
        reason += f" (RLIMIT_MEMLOCK {_memlock_limit_text()}, needed {array.nbytes} bytes)"
    return MemoryLockResult(False, reason)


def unlock_array(array: npt.NDArray[np.generic]) -> None:
    """Undo :func:`lock_array`; harmless when the array was never locked."""
    libc = _libc()
    if libc is not None:
        libc.munlock(ctypes.c_void_p(array.ctypes.data), ctypes.c_size_t(array.nbytes))
