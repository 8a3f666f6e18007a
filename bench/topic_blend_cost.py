"""What the head blend (``topic_blend``) costs: words per CPU second on dev, blend off and on.

Run: ``nice -n 5 .venv/bin/python bench/topic_blend_cost.py [ROUNDS] ['NAME=VALUE,...']``
(default 3 rounds, HEAD_WEIGHT=0.2,HEAD_LIFT_FLOOR=0.3). One process, one BLAS thread, the
same models; per round the dev transcripts (x3, as session segments, as
``bench/redaction_speed.py`` times them) are redacted with PHI and topics and with topics
alone, the blend off then on, alternating. Prints each round and the median on/off ratio.
"""

from __future__ import annotations

import json
import sys
import time
from statistics import median

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import set_path
from topic_blend_sets import parse
from topic_layers import settings

from tenor_desktop.redaction import (
    TOPIC_CATEGORIES,
    RedactionModels,
    RedactionSettings,
    Redactor,
)

WARM = "Client: Some nights I stand on the roof for a long time and look down."


def words_per_cpu_second(redactor: Redactor, texts: list[str]) -> int:
    """Words per CPU second redacting ``texts`` as one session's segments."""
    words = sum(len(text.split()) for text in texts)
    session = redactor.new_session()
    started = time.process_time()
    for text in texts:
        session.redact_segment(text)
    return round(words / (time.process_time() - started))


def main(argv: list[str]) -> int:
    """Alternate blend off / on for each configuration and print the ratios."""
    rounds = int(next((a for a in argv if a.isdigit()), "3"))
    blend = parse(next((a for a in argv if "=" in a), "HEAD_WEIGHT=0.2,HEAD_LIFT_FLOOR=0.3"))
    with set_path("dev").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()] * 3
    models = RedactionModels.load()
    getattr(models.encoder, "wait_for_fast_backend", lambda: True)()
    redactors = {
        "phi_and_topics": Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models),
        "topics": Redactor(
            RedactionSettings(phi_enabled=False, topics=frozenset(TOPIC_CATEGORIES)), models
        ),
    }
    for redactor in redactors.values():
        with settings(**blend):
            redactor.redact(WARM)
    ratios: dict[str, list[float]] = {name: [] for name in redactors}
    for number in range(rounds):
        for name, redactor in redactors.items():
            off = words_per_cpu_second(redactor, texts)
            with settings(**blend):
                on = words_per_cpu_second(redactor, texts)
            ratios[name].append(on / off)
            print(f"round {number} {name}: off {off} w/CPU-s, on {on} ({on / off:.3f})", flush=True)
    for name, values in ratios.items():
        print(f"{name}: median on/off {median(values):.3f} over {rounds} rounds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
