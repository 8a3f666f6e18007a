"""What every note provider client offers, and the small shared pieces."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import Protocol

import httpx

from tenor_desktop.notes.note_prompt import NotePrompt

SecretGetter = Callable[[str], str | None]
"""Returns a stored secret by name (``openai_api_key``, ``anthropic_api_key``,
``local_api_key``) or None; in the app the keyring-backed SecretStore, in the CLI the env."""

DeltaCallback = Callable[[str], None]
"""Receives streamed output text as it arrives (called on the provider's worker thread)."""


class NoteModelClient(Protocol):
    """A language model that turns a NotePrompt into the raw text of its JSON answer."""

    name: str

    @property
    def is_cloud(self) -> bool:
        """True when the request leaves this computer."""
        ...

    def complete(self, prompt: NotePrompt, on_delta: DeltaCallback | None = None) -> str:
        """The model's full answer text; streams through ``on_delta`` when given."""
        ...


def is_loopback_url(url: str) -> bool:
    """True when ``url`` points at this computer (localhost, 127.0.0.0/8, ::1)."""
    host = httpx.URL(url).host
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def join_url(base_url: str, path: str) -> str:
    """``base_url`` + ``path`` with exactly one slash between them."""
    return base_url.rstrip("/") + "/" + path.lstrip("/")
