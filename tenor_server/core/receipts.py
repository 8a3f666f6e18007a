"""Push receipts: the first answer to a request id is stored and replayed for retries."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from tenor_server.db.models import PushReceipt

RECEIPT_LIFETIME = timedelta(days=7)


def find_receipt(db: Session, account_id: str, request_id: str) -> tuple[int, Any] | None:
    """``(status_code, body)`` of an earlier answer to the same request id, if any."""
    row = db.get(PushReceipt, (account_id, request_id), populate_existing=True)
    if row is None:
        return None
    stored = json.loads(row.response)
    return int(stored["status"]), stored["body"]


def store_receipt(
    db: Session, account_id: str, request_id: str, status_code: int, body: Any, now: datetime
) -> None:
    """Remember an answer (in the same transaction as the change) and prune old receipts."""
    db.execute(
        delete(PushReceipt).where(
            PushReceipt.account_id == account_id, PushReceipt.created_at < now - RECEIPT_LIFETIME
        )
    )
    db.add(
        PushReceipt(
            account_id=account_id,
            request_id=request_id,
            response=json.dumps({"status": status_code, "body": body}),
            created_at=now,
        )
    )
