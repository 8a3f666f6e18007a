"""Tenor desktop: record, transcribe, redact and note therapy sessions, offline and encrypted."""

import os as _os

__version__ = "0.1.0"

# Privacy: onnxruntime (Silero VAD, used by faster-whisper) writes a telemetry store under
# ~/.cache/Microsoft/ as soon as it is imported and queues it for upload, unless this variable is
# set before that import. It must be set here, the first module of every entry point (app, CLI,
# bundle, tests), rather than in a function that might run too late.
_os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

# Speed: numpy's OpenBLAS starts one thread per core for every matrix product. Tenor runs several
# numpy users at once (the voice encoder, MiniLM, the offline drafter) next to the transcriber; on a
# loaded two-core laptop the extra BLAS threads made the voice encoder 10-14x slower (measured in
# bench/diarization_bench.py). One BLAS thread per caller is the better trade; an administrator can
# still override it in the environment. Like the variable above, it only works before numpy loads.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
