"""Identifiers: random, URL-safe, sortable by creation time."""

from __future__ import annotations

import secrets
import time


def new_id(prefix: str) -> str:
    """Return ``prefix_`` + 12 hex chars of milliseconds + 16 random hex chars."""
    millis = int(time.time() * 1000)
    return f"{prefix}_{millis:012x}{secrets.token_hex(8)}"
