"""Imported first by the redaction and topic benches: one BLAS thread, the repository importable.

Thread counts are read when numpy and onnxruntime load, so this module must be imported before
them; the benches' figures are per core. The bench folder and the repository root go on
``sys.path`` so a bench runs as ``.venv/bin/python bench/<name>.py`` from anywhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for _path in (str(BENCH), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)
