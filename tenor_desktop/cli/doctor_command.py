"""CLI: ``tenor doctor [--self-test] [--json] [--server URL]``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``doctor``."""
    parser = subparsers.add_parser(
        "doctor", help="report policy, audio devices, secrets, models, vault and server"
    )
    parser.add_argument("--self-test", action="store_true", help="also run every offline stage")
    parser.add_argument("--server", metavar="URL", help="sync server to check")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=_doctor)


def _redactor() -> Callable[[str], str]:
    from tenor_desktop.redaction.redactor import RedactionModels, Redactor
    from tenor_desktop.redaction.settings import RedactionSettings

    redactor = Redactor(RedactionSettings(), RedactionModels.load(with_encoder=False))
    return lambda text: str(redactor.redact(text).text)


def _doctor(args: argparse.Namespace) -> int:
    from tenor_desktop.app import default_vault_dir
    from tenor_desktop.services.doctor_service import run_checks, run_self_test

    vault_dir = Path(args.vault) if args.vault else default_vault_dir()
    results = run_checks(vault_dir, args.server)
    if args.self_test:
        results += run_self_test(_redactor)
    if args.json:
        print(json.dumps({"checks": [asdict(r) for r in results]}, indent=2))
    else:
        for result in results:
            mark = "ok  " if result.ok else "FAIL"
            print(f"[{mark}] {result.name}: {result.detail}")
    # Only the self-test decides the exit code: a missing microphone on a server is a fact.
    failed = [r for r in results if r.name.startswith("self-test") and not r.ok]
    return 1 if failed else 0
