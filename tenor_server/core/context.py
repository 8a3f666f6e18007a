"""Everything a request handler needs, built once per application by ``create_app``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tenor_server.core.clock import ServerClock
from tenor_server.core.config import Settings
from tenor_server.core.device_sessions import DeviceSessions
from tenor_server.core.items import ItemRules
from tenor_server.core.throttle import LoginThrottle
from tenor_server.storage.blobs import BlobStore


@dataclass(frozen=True)
class ServerContext:
    """Shared, stateless services (state lives in the database and the blob store)."""

    settings: Settings
    engine: Engine
    # For single reads that need no transaction (the sync routes' token check): autocommit
    # on PostgreSQL, which saves a BEGIN and a COMMIT round trip per request.
    read_engine: Engine
    session_factory: sessionmaker[Session]
    clock: ServerClock
    blobs: BlobStore
    throttle: LoginThrottle
    device_sessions: DeviceSessions
    items: ItemRules
