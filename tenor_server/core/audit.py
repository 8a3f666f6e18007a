"""The server audit log: auth and deletion events with ids and action names, never content."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from tenor_server.db.models import AuditEvent


def record_audit(
    db: Session,
    action: str,
    *,
    account_id: str | None,
    now: datetime,
    object_id: str | None = None,
    ip: str | None = None,
) -> None:
    """Add one event to the current transaction."""
    db.add(AuditEvent(account_id=account_id, action=action, object_id=object_id, ip=ip, at=now))
