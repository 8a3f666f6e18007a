"""Conversions between the engine's JSON-able change dicts and the API client's types.

Changes are kept as plain dicts because the unacknowledged batch is persisted as JSON (in the
bookkeeping file, ciphertext only) and resent verbatim after a crash or a lost response.
"""

from __future__ import annotations

import base64
from typing import Any

from tenor_desktop.sync.api_client import OutgoingChange, RemoteItem


def outgoing(change: dict[str, Any]) -> OutgoingChange:
    """The API client's form of a persisted change."""
    return OutgoingChange(
        item_id=change["item_id"],
        kind=change["kind"],
        base_version=change["base_version"],
        deleted=change["deleted"],
        ciphertext=unb64(change.get("ciphertext")),
        wrapped_item_key=unb64(change.get("wrapped_item_key")),
        key_id=change.get("key_id"),
    )


def item_to_json(item: RemoteItem) -> dict[str, Any]:
    """A pulled item as JSON (for the deferred table)."""
    return {
        "id": item.id,
        "kind": item.kind,
        "ciphertext": b64(item.ciphertext) if item.ciphertext is not None else None,
        "wrapped_item_key": b64(item.wrapped_item_key) if item.wrapped_item_key else None,
        "key_id": item.key_id,
        "version": item.version,
        "deleted": item.deleted,
        "streamed": item.streamed,
    }


def item_from_json(body: dict[str, Any]) -> RemoteItem:
    """The inverse of ``item_to_json``."""
    return RemoteItem.from_json(body)


def b64(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str | None) -> bytes | None:
    """Bytes from base64 text, None stays None."""
    return base64.b64decode(text) if text is not None else None
