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
        raise AudioDecodeError("The audio file was not found.")
    from faster_whisper.audio import decode_audio  # imports PyAV only when needed

    try:
        samples = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as error:  # PyAV raises many error types for unreadable media
        # File names often carry a client's name: never echo the name or PyAV's message (path).
        raise AudioDecodeError(
            f"The file could not be decoded as audio ({type(error).__name__})."
        ) from None
    pcm = np.ascontiguousarray(samples, dtype=np.float32)
    if pcm.size == 0:
        raise AudioDecodeError("The audio file contains no audio.")
    return pcm
