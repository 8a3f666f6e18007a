"""Route: stream a large ciphertext straight into blob storage (``PUT /items/{id}/content``).

The body is the raw ciphertext (``application/octet-stream``), never buffered whole in memory;
the item's metadata travels in headers. Versioning, conflicts, tombstones and request-id
idempotency are exactly those of ``PUT /items/{id}``.
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from tenor_server.api.deps import CallerDep, ContextDep, SessionDep
from tenor_server.api.routes.items import ItemIdPath, apply_single
from tenor_server.api.schemas.items import ConflictResponse, ItemOut
from tenor_server.core.items import Change
from tenor_server.db.models import Item

router = APIRouter(tags=["items"])

_ID = r"^[A-Za-z0-9_.:-]+$"
_BINARY_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@router.put(
    "/items/{item_id}/content",
    response_model=ItemOut,
    responses={409: {"model": ConflictResponse}},
    openapi_extra=_BINARY_BODY,
)
async def upload_content(
    item_id: ItemIdPath,
    request: Request,
    caller: CallerDep,
    db: SessionDep,
    context: ContextDep,
    x_item_kind: Annotated[str, Header(max_length=32, pattern=r"^[a-z][a-z0-9_]*$")],
    x_key_id: Annotated[str, Header(min_length=1, max_length=128, pattern=_ID)],
    x_wrapped_item_key: Annotated[str, Header(min_length=4, max_length=2048)],
    x_base_version: Annotated[int, Header(ge=0, le=2**62)],
    x_request_id: Annotated[str, Header(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")],
) -> ItemOut | JSONResponse:
    """Create or update an item whose ciphertext is the request body."""
    try:
        wrapped = base64.b64decode(x_wrapped_item_key, validate=True)
    except binascii.Error:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="bad_wrapped_key") from None
    account_id = caller.account.id
    key = context.blobs.upload_key(account_id)
    path = context.blobs.path_of(key)
    size = 0
    try:
        with path.open("wb") as file:
            async for chunk in request.stream():
                size += len(chunk)
                if size > context.settings.max_item_bytes:
                    raise HTTPException(
                        status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, detail="item_too_large"
                    )
                file.write(chunk)
        change = Change(
            item_id=item_id,
            kind=x_item_kind,
            base_version=x_base_version,
            deleted=False,
            wrapped_item_key=wrapped,
            key_id=x_key_id,
            uploaded_blob=(key, size),
        )
        answer = await run_in_threadpool(
            apply_single, db, context, account_id, change, x_request_id
        )
        kept = await run_in_threadpool(_blob_in_use, db, account_id, item_id, key)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if not kept:
        # A conflict, or a retry answered from its receipt: this upload is not referenced.
        path.unlink(missing_ok=True)
    return answer


def _blob_in_use(db: SessionDep, account_id: str, item_id: str, key: str) -> bool:
    row = db.get(Item, (account_id, item_id), populate_existing=True)
    in_use = row is not None and row.blob_key == key
    db.rollback()
    return in_use
