"""Exceptions of the transcription layer.

Hierarchy::

    TenorError
     └── TranscriptionError          any transcription failure; message safe to show
          ├── ModelUnavailableError   a model's files are missing, corrupt or will not load
          └── AudioDecodeError        an audio file cannot be read or decoded

Security rule: messages carry model names, file names chosen by the user and error kinds,
never transcript text or audio.
"""

from __future__ import annotations

from tenor_desktop.core.errors import TenorError


class TranscriptionError(TenorError):
    """A transcription engine or input problem."""


class ModelUnavailableError(TranscriptionError):
    """A speech model is missing, fails its checksum or cannot be loaded."""


class AudioDecodeError(TranscriptionError):
    """An audio file cannot be opened or decoded."""
