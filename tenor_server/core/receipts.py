"""Push receipts: the first answer to a request id is stored and replayed for retries.

Core statements on the session's connection (same transaction as the change), compiled once:
receipts are read and written on every push, and ORM objects would only add overhead.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.orm import Session

from tenor_server.core.items import LockedAccount
from tenor_server.db.models import PushReceipt

RECEIPT_LIFETIME = timedelta(days=7)
# Old receipts are pruned once every this many changes of an account, not on every push: a
# DELETE per push was one more database round trip on the hottest route.
PRUNE_EVERY_CHANGES = 32

_FIND = select(PushReceipt.response).where(
    PushReceipt.account_id == bindparam("account_id"),
    PushReceipt.request_id == bindparam("request_id"),
)
_PRUNE = delete(PushReceipt).where(
    PushReceipt.account_id == bindparam("account_id"),
    PushReceipt.created_at < bindparam("cutoff"),
)
_STORE = insert(PushReceipt)


def find_receipt(db: Session, account_id: str, request_id: str) -> tuple[int, Any] | None:
    """``(status_code, body)`` of an earlier answer to the same request id, if any."""
    response = db.connection().scalar(_FIND, {"account_id": account_id, "request_id": request_id})
    if response is None:
        return None
    stored = json.loads(response)
    return int(stored["status"]), stored["body"]


def store_receipt(
    db: Session,
    account: LockedAccount,
    request_id: str,
    status_code: int,
    body: Any,
    now: datetime,
) -> None:
    """Remember an answer (in the same transaction as the change) and prune old receipts."""
    store_receipt_json(db, account, request_id, status_code, json.dumps(body), now)


def store_receipt_json(
    db: Session,
    account: LockedAccount,
    request_id: str,
    status_code: int,
    body_json: str,
    now: datetime,
) -> None:
    """``store_receipt`` for a body that is already JSON text (the bytes sent to the device).

    Week-old receipts of the account are pruned when this transaction's changes passed a
    multiple of ``PRUNE_EVERY_CHANGES`` on its counter.
    """
    connection = db.connection()
    if account.counter_crossed(PRUNE_EVERY_CHANGES):
        connection.execute(_PRUNE, {"account_id": account.id, "cutoff": now - RECEIPT_LIFETIME})
    connection.execute(
        _STORE,
        {
            "account_id": account.id,
            "request_id": request_id,
            "response": f'{{"status": {int(status_code)}, "body": {body_json}}}',
            "created_at": now,
        },
    )
