"""The sync wire types (items pulled, changes pushed, outcomes) and their JSON conversions.

Changes are kept as plain dicts because the unacknowledged batch is persisted as JSON (in the
bookkeeping file, ciphertext only) and resent verbatim after a crash or a lost response.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RemoteItem:
    """An item as the server returns it."""

    id: str
    kind: str
    ciphertext: bytes | None
    wrapped_item_key: bytes | None
    key_id: str | None
    version: int
    deleted: bool
    streamed: bool = False

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> RemoteItem:
        """Parse the wire form."""
        return cls(
            id=body["id"],
            kind=body["kind"],
            ciphertext=unb64(body.get("ciphertext")),
            wrapped_item_key=unb64(body.get("wrapped_item_key")),
            key_id=body.get("key_id"),
            version=int(body["version"]),
            deleted=bool(body["deleted"]),
            streamed=bool(body.get("streamed", False)),
        )


@dataclass(frozen=True)
class OutgoingChange:
    """One change to push; deletions carry no content."""

    item_id: str
    kind: str
    base_version: int
    deleted: bool
    ciphertext: bytes | None = None
    wrapped_item_key: bytes | None = None
    key_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The wire form."""
        body: dict[str, Any] = {
            "item_id": self.item_id,
            "kind": self.kind,
            "base_version": self.base_version,
            "deleted": self.deleted,
        }
        if not self.deleted:
            body["ciphertext"] = b64(self.ciphertext or b"")
            body["wrapped_item_key"] = b64(self.wrapped_item_key or b"")
            body["key_id"] = self.key_id
        return body


@dataclass(frozen=True)
class PushOutcome:
    """The server's answer for one change."""

    item_id: str
    status: str
    item: RemoteItem | None


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
