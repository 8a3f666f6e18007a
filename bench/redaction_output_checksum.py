"""Checksums of the Redactor's outputs on every scorable set: proof that a speed change is exact.

Usage: ``.venv/bin/python bench/redaction_output_checksum.py [--tree TREE] [--sets a,b]``

Each set's texts are redacted with identifiers and topics (every built-in category), once as
one session's segments (context from the segment before, as the live path and the speed bench
do) and once as standalone texts (``Redactor.redact``), and the redacted texts, PHI spans and
topic spans are hashed. Only hashes and counts are printed: no text, span or miss of any set,
so judged sets may be compared too (hidden sets are left out, as every bench does). Equal
checksums before and after a change mean every output span and redacted text is unchanged.
``--tree`` imports ``tenor_desktop`` from another checkout (e.g. a ``git worktree``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)


def _digest(result: Any) -> bytes:
    spans = [(s.start, s.end, s.label) for s in result.spans]
    topics = [(t.start, t.end, t.category) for t in result.topics]
    payload = json.dumps([result.text, spans, topics, sorted(result.risk_flags)])
    return hashlib.sha256(payload.encode("utf-8")).digest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", help="import tenor_desktop from this checkout")
    parser.add_argument("--sets", help="comma-separated set names (default: every scorable set)")
    args = parser.parse_args()
    if args.tree:
        sys.path.insert(0, args.tree)
    from kept_sets import SCORED, hidden_sets, set_path

    from tenor_desktop.redaction import (
        TOPIC_CATEGORIES,
        RedactionModels,
        RedactionSettings,
        Redactor,
    )

    names = args.sets.split(",") if args.sets else list(SCORED)
    hidden = hidden_sets()
    models = RedactionModels.load()
    getattr(models.encoder, "wait_for_fast_backend", lambda: True)()
    redactor = Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)
    overall = hashlib.sha256()
    for name in names:
        if name in hidden:
            continue
        with set_path(name).open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle if line.strip()]
        digest = hashlib.sha256()
        session = redactor.new_session()
        for text in texts:
            digest.update(_digest(session.redact_segment(text)))
        for text in texts:
            digest.update(_digest(redactor.redact(text)))
        overall.update(digest.digest())
        print(f"{name}: {len(texts)} texts {digest.hexdigest()[:16]}", flush=True)
    print("overall", overall.hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
