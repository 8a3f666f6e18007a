"""Row <-> value conversions shared by the repositories (timestamps, JSON, id checks)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from tenor_desktop.core.errors import ValidationError

_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")


def to_text(moment: datetime | None) -> str | None:
    """Store a datetime as ISO 8601 in UTC (naive datetimes are taken as UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def from_text(text: str | None) -> datetime | None:
    """Parse what ``to_text`` stored."""
    return None if text is None else datetime.fromisoformat(text)


def require_datetime(text: str) -> datetime:
    """Parse a NOT NULL timestamp column."""
    return datetime.fromisoformat(text)


def dump(value: Any) -> str:
    """Compact JSON for a TEXT column."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def load(text: str) -> Any:
    """Parse a JSON column."""
    return json.loads(text)


def check_id(value: str, what: str) -> str:
    """Refuse anything that is not id-shaped (keeps content out of ids and the audit log)."""
    if not isinstance(value, str) or not _ID.match(value):
        raise ValidationError(f"Not a valid {what} id.")
    return value
