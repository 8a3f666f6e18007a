"""Errors of the notes package.

Hierarchy::

    TenorError
     └── NoteError                  anything that stops a note from being drafted
          ├── TemplateError         a template file is missing or malformed
          ├── ProviderRefused       policy forbids this provider (local-only client, no key)
          ├── ProviderUnavailable   network failure, timeout, 429/5xx after every retry
          ├── ContextTooSmall       a local model's context window cannot hold the prompt, or
          │                         the server reports it read only part of it
          └── MalformedNoteOutput   the model's answer is not a valid note (bad JSON, truncated,
                                    wrong shape, leaked instructions)

Messages carry error kinds, status codes and ids only, never transcript text (security rule of
``core.errors``). After any of these the transcript is untouched; the caller may retry or fall
back to the offline drafter.
"""

from __future__ import annotations

from tenor_desktop.core.errors import TenorError


class NoteError(TenorError):
    """A note could not be drafted; the transcript is kept and the clinician can retry."""


class TemplateError(NoteError):
    """A note template cannot be found or read."""


class ProviderRefused(NoteError):
    """The chosen provider is not allowed for this client or is not configured."""


class ProviderUnavailable(NoteError):
    """The provider could not be reached or kept failing after retries."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ContextTooSmall(NoteError):
    """The model's context window is too small: refused rather than losing transcript."""


class MalformedNoteOutput(NoteError):
    """The provider answered, but not with a note that passes validation."""
