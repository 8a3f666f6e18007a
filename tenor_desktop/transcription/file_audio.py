"""Read a recording (wav/flac/mp3/m4a/ogg) into memory as 16 kHz mono float32.

The file is decoded straight from where it is with PyAV (FFmpeg), through faster-whisper's
``decode_audio``; no copy, converted file or temporary file is ever written, and the original
is left untouched. Deleting it afterwards is the caller's explicit choice.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tenor_desktop.transcription.errors import AudioDecodeError
from tenor_desktop.transcription.protocol import SAMPLE_RATE, Pcm

SUPPORTED_SUFFIXES = (".wav", ".flac", ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".webm")


def decode_audio_file(path: Path) -> Pcm:
    """Decode ``path`` into memory; raise ``AudioDecodeError`` when it is not usable audio."""
    if not path.is_file():
        raise AudioDecodeError(f"Audio file not found: {path.name}")
    from faster_whisper.audio import decode_audio  # imports PyAV only when needed

    try:
        samples = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as error:  # PyAV raises many error types for unreadable media
        raise AudioDecodeError(
            f"Could not decode {path.name} as audio ({type(error).__name__})."
        ) from error
    pcm = np.ascontiguousarray(samples, dtype=np.float32)
    if pcm.size == 0:
        raise AudioDecodeError(f"{path.name} contains no audio.")
    return pcm
