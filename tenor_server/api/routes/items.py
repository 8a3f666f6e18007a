"""Routes: pull changes, read one item (inline or streamed), write, delete, batch push.

Every query filters by the caller's account id; another account's item id behaves exactly
like an id that does not exist (404), and a write to it creates the caller's own item.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response, StreamingResponse

from tenor_server.api.deps import CallerDep, ContextDep, SessionDep, SyncCallerDep
from tenor_server.api.item_wire import item_out, json_response, raw_json_response
from tenor_server.api.schemas.items import (
    ConflictResponse,
    ItemOut,
    ItemPut,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
)
from tenor_server.core.context import ServerContext
from tenor_server.core.device_sessions import SyncCaller
from tenor_server.core.items import Change
from tenor_server.core.receipts import find_receipt, store_receipt, store_receipt_json
from tenor_server.db.models import Item

router = APIRouter(tags=["items"])

# A no-change pull's whole body; the cursor is filled in per request.
_NO_CHANGE = '{"items":[],"cursor":%d,"has_more":false}'

ItemIdPath = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")]


@router.get("/items", response_model=PullResponse)
async def pull(
    caller: SyncCallerDep,
    context: ContextDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int | None, Query(ge=1, le=5000)] = None,
) -> Response:
    """Changes after ``cursor``; 410 when the cursor is stale and the device must resync.

    Authentication already read the account's change counters: a no-change pull is answered
    here on the event loop; otherwise one more query runs in a worker thread.
    """
    if cursor == caller.item_seq and (cursor == 0 or cursor >= caller.min_cursor):
        return Response(_NO_CHANGE % cursor, media_type="application/json")
    page = min(limit or context.settings.pull_page_size, context.settings.pull_page_size)
    return await run_in_threadpool(_pull, context, caller, cursor, page)


def _pull(context: ServerContext, caller: SyncCaller, cursor: int, page: int) -> Response:
    with context.read_engine.connect() as connection:  # one SELECT: its own snapshot
        found = context.items.pull(connection, caller, cursor, page)
        connection.rollback()
    if found is None:
        raise HTTPException(status.HTTP_410_GONE, detail="cursor_stale")
    rows, next_cursor, has_more = found
    return json_response(
        PullResponse.model_construct(
            items=[item_out(context, row) for row in rows], cursor=next_cursor, has_more=has_more
        )
    )


@router.get("/items/{item_id}")
def get_item(
    item_id: ItemIdPath, caller: CallerDep, db: SessionDep, context: ContextDep
) -> ItemOut:
    """One item of the caller's account."""
    response = item_out(context, _own_item(db, caller.account.id, item_id))
    db.rollback()
    return response


@router.get(
    "/items/{item_id}/content",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def get_content(
    item_id: ItemIdPath, caller: CallerDep, db: SessionDep, context: ContextDep
) -> StreamingResponse:
    """The ciphertext of a live item as a byte stream."""
    row = _own_item(db, caller.account.id, item_id)
    if row.deleted:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="not_found")
    db.rollback()
    chunks: Iterator[bytes]
    if row.blob_key:
        chunks = context.blobs.iter_chunks(row.blob_key)
    else:
        chunks = iter((row.ciphertext or b"",))
    return StreamingResponse(
        chunks,
        media_type="application/octet-stream",
        headers={"X-Item-Version": str(row.version)},
    )


@router.put(
    "/items/{item_id}", response_model=ItemOut, responses={409: {"model": ConflictResponse}}
)
def put_item(
    item_id: ItemIdPath, body: ItemPut, caller: CallerDep, db: SessionDep, context: ContextDep
) -> ItemOut | JSONResponse:
    """Create (base_version 0) or update; 409 with the server copy on a version mismatch."""
    change = Change(
        item_id=item_id,
        kind=body.kind,
        base_version=body.base_version,
        deleted=False,
        ciphertext=body.ciphertext,
        wrapped_item_key=body.wrapped_item_key,
        key_id=body.key_id,
    )
    return apply_single(db, context, caller.account.id, change, body.request_id)


@router.delete("/items/{item_id}", response_model=ItemOut)
def delete_item(
    item_id: ItemIdPath,
    request_id: Annotated[str, Query(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")],
    caller: CallerDep,
    db: SessionDep,
    context: ContextDep,
) -> ItemOut | JSONResponse:
    """Replace an item by a content-free tombstone; deletion wins over any version."""
    row = _own_item(db, caller.account.id, item_id)
    change = Change(item_id=item_id, kind=row.kind, base_version=row.version, deleted=True)
    return apply_single(db, context, caller.account.id, change, request_id)


@router.post("/sync/push", response_model=PushResponse)
def push(body: PushRequest, caller: SyncCallerDep, context: ContextDep) -> Response:
    """Apply a batch of changes atomically; each reports applied, conflict or invalid."""
    if len(body.changes) > context.settings.max_push_changes:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, detail="too_many_changes")
    return _push(context, caller, body)


def _push(context: ServerContext, caller: SyncCaller, body: PushRequest) -> Response:
    with context.session_factory() as db:
        account = context.items.lock_account(db, caller.account_id)
        receipt_key = "push:" + body.request_id
        earlier = find_receipt(db, account.id, receipt_key)
        if earlier is not None:
            db.rollback()
            return raw_json_response(earlier[1])
        now = context.clock.now()
        results: list[PushResult] = []
        stale: list[str] = []
        known = context.items.prefetch(db, account.id, [change.item_id for change in body.changes])
        for change in body.changes:
            outcome = context.items.apply(
                db,
                account,
                Change(
                    item_id=change.item_id,
                    kind=change.kind,
                    base_version=change.base_version,
                    deleted=change.deleted,
                    ciphertext=change.ciphertext,
                    wrapped_item_key=change.wrapped_item_key,
                    key_id=change.key_id,
                ),
                now,
                known,
            )
            stale.extend(outcome.stale_blobs)
            item = None
            if outcome.item is not None:
                # An applied change is answered with metadata only: the device has the content.
                item = item_out(context, outcome.item, metadata_only=outcome.status == "applied")
            results.append(
                PushResult.model_construct(item_id=change.item_id, status=outcome.status, item=item)
            )
        context.items.save_counter(db, account)
        body_json = PushResponse.model_construct(results=results).model_dump_json()
        store_receipt_json(db, account, receipt_key, 200, body_json, now)
        db.commit()
    context.items.remove_blobs(stale)
    return Response(body_json, media_type="application/json")


def apply_single(
    db: SessionDep, context: ServerContext, account_id: str, change: Change, request_id: str
) -> ItemOut | JSONResponse:
    # Receipts are namespaced per operation and item: a request id reused elsewhere never
    # replays an answer of a different shape.
    request_id = f"{'del' if change.deleted else 'put'}:{request_id}"
    account = context.items.lock_account(db, account_id)
    earlier = find_receipt(db, account.id, request_id)
    if earlier is not None:
        db.rollback()
        return _answer(*earlier)
    now = context.clock.now()
    outcome = context.items.apply(db, account, change, now)
    if outcome.status == "invalid":
        db.rollback()
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="invalid_change")
    context.items.save_counter(db, account)
    db.flush()
    assert outcome.item is not None  # noqa: S101 - applied/conflict always carry the row
    item = item_out(context, outcome.item).model_dump(mode="json")
    if outcome.status == "conflict":
        code, body = 409, {"detail": "conflict", "item": item}
    else:
        code, body = 200, item
    store_receipt(db, account, request_id, code, body, now)
    db.commit()
    context.items.remove_blobs(outcome.stale_blobs)
    return _answer(code, body)


def _answer(code: int, body: Any) -> ItemOut | JSONResponse:
    if code == 200:
        return ItemOut.model_validate(body)
    return JSONResponse(status_code=code, content=body)


def _own_item(db: SessionDep, account_id: str, item_id: str) -> Item:
    row = db.get(Item, (account_id, item_id))
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="not_found")
    return row
