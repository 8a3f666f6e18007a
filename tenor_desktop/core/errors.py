"""The root of every Tenor exception.

Hierarchy (each package adds its own subclasses)::

    TenorError                      message is safe to show to the user
     ├── core.errors.ValidationError  bad input from the user or a file
     ├── vault.errors.VaultError      vault open/unlock/schema/storage problems
     ├── audio.errors.AudioError      capture devices, buffer
     ├── transcription.errors.TranscriptionError
     ├── redaction.errors.RedactionError
     ├── notes.errors.NoteError
     ├── sync.errors.SyncError
     └── security.errors.SecurityError

Security rule: a message never contains transcript text, pseudonyms, passphrases or audio;
only ids, counts and error kinds. Tests check this for the messages they trigger.
"""

from __future__ import annotations


class TenorError(Exception):
    """Base class; ``str(error)`` is the sentence the user reads."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(TenorError):
    """Input that cannot be accepted (a bad argument, a malformed file)."""
