"""CLI: transcribe_command (registered by ``tenor_desktop.cli``)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands; each sets ``handler`` to a function(args) -> exit code."""
