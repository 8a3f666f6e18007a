"""Tenor desktop: record, transcribe, redact and note therapy sessions, offline and encrypted."""

import os as _os

__version__ = "0.1.0"

# Privacy: onnxruntime (Silero VAD, used by faster-whisper) writes a telemetry store under
# ~/.cache/Microsoft/ as soon as it is imported and queues it for upload, unless this variable is
# set before that import. It must be set here, the first module of every entry point (app, CLI,
# bundle, tests), rather than in a function that might run too late.
_os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
