"""Engine and session factory; built by ``create_app``, never at import time."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, make_url
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.orm import Session, sessionmaker


class ImmediateSQLiteDialect(SQLiteDialect_pysqlite):
    """pysqlite whose transactions start with ``BEGIN IMMEDIATE`` (see ``_configure_sqlite``).

    The dialect issues it rather than a "begin" engine event: any connection event listener
    makes SQLAlchemy dispatch (empty) events around every statement, about a tenth of a sync
    request's CPU.
    """

    supports_statement_cache = True

    def do_begin(self, dbapi_connection: Any) -> None:
        """Take the write lock at the start of the transaction."""
        cursor = dbapi_connection.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        cursor.close()


registry.register("sqlite.tenor_immediate", __name__, "ImmediateSQLiteDialect")


def build_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout."""
    if make_url(url).drivername in ("sqlite", "sqlite+pysqlite"):
        url = make_url(url).set(drivername="sqlite+tenor_immediate").render_as_string(False)
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
        return engine
    engine = create_engine(url, pool_size=10, max_overflow=20)
    event.listen(engine, "checkin", _mark_checkin)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


def autocommit_reads(engine: Engine) -> Engine:
    """``engine`` for single-statement reads: autocommit where that saves round trips.

    SQLite keeps its transactions: the dialect's every BEGIN is IMMEDIATE, and a local file
    has no round trips to save.
    """
    if engine.dialect.name == "sqlite":
        return engine
    return engine.execution_options(isolation_level="AUTOCOMMIT")


# A connection that sat idle may have been dropped (failover, a firewall's idle timeout):
# test it before use. SQLAlchemy's pool_pre_ping would test every checkout, a round trip on
# each of a sync request's one or two checkouts; busy connections are left alone here.
_IDLE_BEFORE_PING_S = 10.0


def _mark_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["checked_in_at"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    idle = time.monotonic() - record.info.get("checked_in_at", time.monotonic())
    if idle < _IDLE_BEFORE_PING_S:
        return
    try:
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT 1")
        cursor.close()
        dbapi_connection.rollback()
    except Exception as error:
        # The pool discards this connection and checks out (or opens) another.
        raise exc.DisconnectionError() from error


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Take over transaction control: pysqlite's deferred BEGIN lets two writers both read and
    # then fail to upgrade their lock (SQLITE_BUSY without waiting). BEGIN IMMEDIATE queues them.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def build_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that do not expire objects on commit (responses read them afterwards)."""
    return sessionmaker(bind=engine, expire_on_commit=False)
