"""A guard against a reference-count bug of the Qt bindings on Python 3.11.

PySide6 6.12.0 (the locked version) on Python 3.11 drops one reference to ``None`` on every call
of a binding method that returns nothing (``setText``, ``setEnabled``, ``update``,
``setPixel``… and the application's static ``processEvents()``), apparently written for
Python 3.12, where ``None`` is immortal and its count is never touched. On 3.11 the count falls
by one per such call and, when it reaches zero, the interpreter aborts with "Fatal Python error:
none_dealloc: deallocating None". After unlock the count is about 23,000; a recording's level
meter alone makes two such calls per update. That is a crash some hours into normal use (or at
once in a tight loop: the 2x QR code did it).

The guard gives ``None``, ``True`` and ``False`` a reserve of 2**40 references at start-up, the
same idea as Python 3.12's immortal objects, so the bug can never exhaust them. It is a no-op
on 3.12 and later. Remove it once the bindings are fixed (``tests/ui/test_binding_guard.py``
shows whether they still drop references).
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # lasts about 12 days even at a million dropped references a second
_guarded: list[bool] = []


def guard_singletons() -> bool:
    """Add the reserve once per process; True when it was added now."""
    if sys.version_info >= (3, 12) or _guarded:
        return False
    for singleton in (None, True, False):
        # CPython keeps ob_refcnt as the first field of every object (non-debug build).
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += RESERVE
    _guarded.append(True)
    return True
