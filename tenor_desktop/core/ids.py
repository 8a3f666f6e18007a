"""Identifiers: random, URL-safe, sortable by creation time."""

from __future__ import annotations

import secrets
import time


def new_id(prefix: str) -> str:
    """Return ``prefix_`` + 12 hex chars of milliseconds + 16 random hex chars."""
    millis = int(time.time() * 1000)
    return f"{prefix}_{millis:012x}{secrets.token_hex(8)}"


def new_segment_id() -> int:
    """A transcript segment id that stays the same on every device the segment syncs to.

    Milliseconds since 1970 shifted left by 20 bits, plus 20 random bits: unique across
    devices without coordination, below 2**63, and increasing with time, which the search
    index relies on (it lists newer segments first by id).
    """
    return (int(time.time() * 1000) << 20) | secrets.randbits(20)
