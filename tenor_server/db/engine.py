"""Engine and session factory; built by ``create_app``, never at import time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def build_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        # SQLite has one writer at a time and every transaction here takes the write lock, so
        # one pooled connection is the honest size: requests then queue in the pool's FIFO
        # instead of spinning in SQLite's busy handler (which gave multi-second tail latency
        # with 50 devices). Several worker processes need PostgreSQL.
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=1,
            max_overflow=0,
            pool_timeout=120,
        )
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Take over transaction control: pysqlite's deferred BEGIN lets two writers both read and
    # then fail to upgrade their lock (SQLITE_BUSY without waiting). BEGIN IMMEDIATE queues them.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def build_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that do not expire objects on commit (responses read them afterwards)."""
    return sessionmaker(bind=engine, expire_on_commit=False)
