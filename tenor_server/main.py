"""``tenor-server``: run the API with uvicorn."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="tenor-server")
    parser.add_argument("--database", default=None, help="SQLAlchemy URL (default: SQLite file)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8700)
    parser.parse_args(argv)
    raise SystemExit("tenor-server: not implemented yet (see the sync issue)")
