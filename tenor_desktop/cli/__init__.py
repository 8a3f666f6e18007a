"""The ``tenor`` command: opens the app with no arguments, otherwise runs a headless subcommand.

This package is a composition root (like ``app.py``) and the only place that prints. Each area
registers its subcommands from its own module so the parser stays small.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tenor_desktop import __version__
from tenor_desktop.cli import (
    account_commands,
    doctor_command,
    note_command,
    redact_command,
    transcribe_command,
    vault_commands,
)
from tenor_desktop.core.errors import TenorError


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    parser = argparse.ArgumentParser(prog="tenor", description="Tenor desktop for therapists.")
    parser.add_argument("--version", action="version", version=f"tenor {__version__}")
    parser.add_argument(
        "--vault", metavar="DIR", help="vault directory (default: per-user data dir)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        transcribe_command,
        redact_command,
        note_command,
        doctor_command,
        vault_commands,
        account_commands,
    ):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tenor`` console script."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from tenor_desktop.app import run_app

        return run_app(vault_dir=args.vault)
    try:
        code: int = args.handler(args)
    except TenorError as error:
        print(f"tenor: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tenor: interrupted", file=sys.stderr)
        return 130
    return code
