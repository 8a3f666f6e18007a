"""``tenor-server``: migrate the database and serve the API with uvicorn (optionally TLS)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from tenor_server.app import configure_logging, create_app
from tenor_server.core.config import Settings
from tenor_server.db.engine import build_engine
from tenor_server.db.migrate import upgrade_to_head


def build_parser() -> argparse.ArgumentParser:
    """Command-line options; everything else comes from TENOR_SERVER_* variables."""
    parser = argparse.ArgumentParser(prog="tenor-server", description="Tenor sync server.")
    parser.add_argument("--database", default=None, help="SQLAlchemy URL (default: SQLite file)")
    parser.add_argument("--blob-dir", type=Path, default=None, help="directory for large blobs")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8700)
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="uvicorn worker processes (stateless; use PostgreSQL for more than one or two)",
    )
    parser.add_argument("--ssl-certfile", default=None, help="PEM certificate chain (TLS)")
    parser.add_argument("--ssl-keyfile", default=None, help="PEM private key (TLS)")
    parser.add_argument(
        "--proxy-headers",
        action="store_true",
        help="behind a trusted load balancer: honour X-Forwarded-For/Proto",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options and serve until interrupted."""
    args = build_parser().parse_args(argv)
    overrides: dict[str, object] = {}
    if args.database:
        overrides["database_url"] = args.database
    if args.blob_dir:
        overrides["blob_dir"] = args.blob_dir
    if args.proxy_headers:
        overrides["trust_forwarded_for"] = True
    settings = Settings(**overrides)  # type: ignore[arg-type]
    if (args.ssl_certfile is None) != (args.ssl_keyfile is None):
        raise SystemExit("tenor-server: give both --ssl-certfile and --ssl-keyfile")
    if args.host not in ("127.0.0.1", "::1", "localhost") and args.ssl_certfile is None:
        print("tenor-server: warning: serving without TLS on a non-loopback address")
    configure_logging()
    options: dict[str, object] = {
        "host": args.host,
        "port": args.port,
        "ssl_certfile": args.ssl_certfile,
        "ssl_keyfile": args.ssl_keyfile,
        # Our middleware logs route templates only; uvicorn's access log would log raw paths.
        "access_log": False,
        "proxy_headers": args.proxy_headers,
        "server_header": False,
    }
    if args.workers <= 1:
        uvicorn.run(create_app(settings), **options)  # type: ignore[arg-type]
        return 0
    # Worker processes build their own app from the environment, so the command-line
    # overrides travel as TENOR_SERVER_* variables. Migrate once here, before they start.
    for name, value in overrides.items():
        os.environ[f"TENOR_SERVER_{name.upper()}"] = str(value)
    migrate_database(settings.database_url)
    uvicorn.run(
        "tenor_server.app:create_app_from_environment",
        factory=True,
        workers=args.workers,
        **options,  # type: ignore[arg-type]
    )
    return 0


def migrate_database(database_url: str) -> None:
    """Bring the schema up to date once, before worker processes start."""
    engine = build_engine(database_url)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
