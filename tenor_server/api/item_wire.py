"""The wire form of stored items, built without re-validation.

Rows come from the database, so validating them again on the way out (FastAPI's response
model) only costs CPU: these helpers build the response models with ``model_construct`` and
let pydantic-core serialise them straight to JSON bytes (same format as the declared models).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Protocol

from fastapi.responses import Response
from pydantic import BaseModel

from tenor_server.api.schemas.items import ItemOut
from tenor_server.core.context import ServerContext
from tenor_server.core.times import as_utc


class StoredItem(Protocol):
    """An item row: the ORM ``Item`` or a Core row of the ``items`` table."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def ciphertext(self) -> bytes | None: ...
    @property
    def blob_key(self) -> str | None: ...
    @property
    def wrapped_item_key(self) -> bytes | None: ...
    @property
    def key_id(self) -> str | None: ...
    @property
    def version(self) -> int: ...
    @property
    def deleted(self) -> bool: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def size(self) -> int: ...


def item_out(context: ServerContext, row: StoredItem, *, metadata_only: bool = False) -> ItemOut:
    """The wire form of a row; large ciphertexts are left to the streaming route."""
    inline = row.ciphertext
    streamed = False
    if metadata_only:
        inline = None
    elif row.blob_key and not row.deleted:
        if row.size <= context.settings.max_inline_bytes:
            inline = context.blobs.read(row.blob_key)
        else:
            streamed = True
    return ItemOut.model_construct(
        id=row.id,
        kind=row.kind,
        ciphertext=None if row.deleted else inline,
        wrapped_item_key=None if metadata_only else row.wrapped_item_key,
        key_id=row.key_id,
        version=row.version,
        deleted=row.deleted,
        updated_at=as_utc(row.updated_at),
        size=row.size,
        streamed=streamed,
    )


def json_response(model: BaseModel, status_code: int = 200) -> Response:
    """``model`` serialised once by pydantic-core, sent as is."""
    return Response(model.model_dump_json(), status_code, media_type="application/json")


def raw_json_response(body: Any, status_code: int = 200) -> Response:
    """An already JSON-shaped body (a stored receipt) as a response."""
    return Response(
        json.dumps(body, separators=(",", ":")), status_code, media_type="application/json"
    )
