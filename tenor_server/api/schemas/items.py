"""Request and response bodies of the item and sync routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from tenor_server.api.schemas.base64_field import B64Bytes

ItemId = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")]
Kind = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[a-z][a-z0-9_]*$")]
KeyId = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")]
MAX_VERSION = 2**62  # fits a signed 64-bit column with room to grow
RequestId = Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class ItemOut(BaseModel):
    """An item as stored; a tombstone has ``deleted`` and no ciphertext or keys.

    ``streamed`` items are too large to inline: fetch ``GET /items/{id}/content``.
    """

    id: str
    kind: str
    ciphertext: B64Bytes | None
    wrapped_item_key: B64Bytes | None
    key_id: str | None
    version: int
    deleted: bool
    updated_at: datetime
    size: int
    streamed: bool = False


class ItemPut(BaseModel):
    """Create (base_version 0) or update an item."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    ciphertext: B64Bytes
    wrapped_item_key: B64Bytes
    key_id: KeyId
    base_version: int = Field(ge=0, le=MAX_VERSION)
    request_id: RequestId


class PushChange(BaseModel):
    """One change in a batch push; a deletion carries no content."""

    model_config = ConfigDict(extra="forbid")

    item_id: ItemId
    kind: Kind
    base_version: int = Field(ge=0, le=MAX_VERSION)
    deleted: bool = False
    ciphertext: B64Bytes | None = None
    wrapped_item_key: B64Bytes | None = None
    key_id: KeyId | None = None


class PushRequest(BaseModel):
    """A batch of changes; ``request_id`` makes a retry return the first answer."""

    model_config = ConfigDict(extra="forbid")

    request_id: RequestId
    changes: list[PushChange] = Field(max_length=500)


class PushResult(BaseModel):
    """The outcome of one change: applied, or a conflict carrying the server copy."""

    item_id: str
    status: Literal["applied", "conflict", "invalid"]
    item: ItemOut | None


class PushResponse(BaseModel):
    """Per-change outcomes in request order."""

    results: list[PushResult]


class PullResponse(BaseModel):
    """Changes after the cursor, oldest first."""

    items: list[ItemOut]
    cursor: int
    has_more: bool


class ConflictResponse(BaseModel):
    """Body of a 409: the server's copy of the item."""

    detail: Literal["conflict"] = "conflict"
    item: ItemOut
