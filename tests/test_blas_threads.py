"""Importing Tenor before numpy keeps OpenBLAS to one thread per caller (tenor_desktop/__init__)."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = """
import ctypes, glob, os, sys
if sys.argv[1] == "tenor":
    import tenor_desktop
import numpy
libs = os.path.dirname(numpy.__file__) + ".libs"
lib = ctypes.CDLL(glob.glob(os.path.join(libs, "libscipy_openblas*"))[0])
print(lib.scipy_openblas_get_num_threads64_())
"""


def _openblas_threads(first_import: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, first_import],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return int(done.stdout.strip())


def test_tenor_import_limits_openblas_to_one_thread() -> None:
    assert _openblas_threads("tenor") == 1


def test_control_numpy_alone_uses_every_core() -> None:
    # Proves the test above can fail (on any machine with more than one core).
    assert _openblas_threads("bare") >= min(os.cpu_count() or 1, 2)
