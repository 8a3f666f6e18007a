"""Redaction speed for redaction_eval.py: one-core throughput, a same-run baseline, model load.

Throughput is words per CPU second (the machine is shared; CPU time is the one-core figure);
``throughput_vs_baseline`` measures another commit's tree in fresh processes pinned to one
core, alternating with the current tree, and compares medians, so ratios compare like with like.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tenor_desktop.redaction import Redactor

ROOT = Path(__file__).resolve().parents[1]


def throughput(redactor: Redactor, rows: list[dict[str, Any]], repeats: int = 3) -> dict[str, Any]:
    """Words per second redacting the texts as session segments, single thread."""
    texts = [row["text"] for row in rows] * repeats
    words = sum(len(text.split()) for text in texts)
    session = redactor.new_session()
    started = time.perf_counter()
    cpu_started = time.process_time()
    for text in texts:
        session.redact_segment(text)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    # The machine is shared; CPU time is the one-core figure, wall time is what a user waits.
    return {
        "words": words,
        "wall_seconds": round(elapsed, 3),
        "cpu_seconds": round(cpu, 3),
        "words_per_second": round(words / cpu),
        "words_per_wall_second": round(words / elapsed),
    }


def phase_seconds(
    redactor: Redactor, rows: list[dict[str, Any]], repeats: int = 3
) -> dict[str, float]:
    """CPU seconds of one throughput run split by phase: first pass, re-check, topics, rest.

    ``first_pass`` is detection on the input (identifiers and topics, context included),
    ``recheck`` the idempotence re-check on the output (its look near the changed places and
    its detection), ``topics`` every call of the topic detector (part of the first pass; a
    re-check that finds identifiers reads the topics again, then in ``rest``), ``rest`` what
    lies outside detection (rewriting, placeholders, session bookkeeping). The redactor's own
    methods are wrapped for the run only; outputs are unchanged.
    """
    texts = [row["text"] for row in rows] * repeats
    seconds = {"total": 0.0, "first_pass": 0.0, "recheck": 0.0, "topics": 0.0}
    detect = redactor._detect_with_surfaces
    topics = redactor.topic_detector.detect

    def timed_detect(*args: Any, **kwargs: Any) -> Any:
        # The re-check is the call given NER windows (redactor.redact_in).
        phase = "first_pass" if kwargs.get("ner_windows") is None else "recheck"
        started = time.process_time()
        try:
            return detect(*args, **kwargs)
        finally:
            seconds[phase] += time.process_time() - started

    def timed_topics(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return topics(*args, **kwargs)
        finally:
            seconds["topics"] += time.process_time() - started

    def timed_look(*args: Any, **kwargs: Any) -> Any:
        # The look near the changed places decides whether the re-check runs: re-check time.
        started = time.process_time()
        try:
            return look(*args, **kwargs)
        finally:
            seconds["recheck"] += time.process_time() - started

    look = redactor._output_may_change
    redactor._detect_with_surfaces = timed_detect  # type: ignore[method-assign]
    redactor._output_may_change = timed_look  # type: ignore[method-assign]
    redactor.topic_detector.detect = timed_topics  # type: ignore[method-assign]
    try:
        session = redactor.new_session()
        started = time.process_time()
        for text in texts:
            session.redact_segment(text)
        seconds["total"] = time.process_time() - started
    finally:
        del redactor._detect_with_surfaces
        del redactor._output_may_change
        del redactor.topic_detector.detect
    seconds["rest"] = seconds["total"] - seconds["first_pass"] - seconds["recheck"]
    return {key: round(value, 3) for key, value in seconds.items()}


_LOAD_PROBE = """
import sys, time
t, c = time.perf_counter(), time.process_time()
from tenor_desktop.redaction import RedactionModels
models = RedactionModels.load()
wall, cpu = time.perf_counter() - t, time.process_time() - c
heavy = int("presidio_analyzer" in sys.modules) + 2 * int("spacy.cli" in sys.modules)
# The MiniLM onnxruntime session is built in the background after load; time it apart.
t = time.perf_counter()
getattr(models.encoder, "wait_for_fast_backend", lambda: True)()
print(wall, cpu, heavy, time.perf_counter() - t)
"""


def model_load_seconds(runs: int = 3) -> dict[str, Any]:
    """Import and load every model as the app does, each time in a fresh process.

    The shipped app imports compiled bytecode; this development venv has none and the shell
    may forbid writing it, so every import would compile source (about 0.8 s). A private
    bytecode cache under bench/.cache stands in for the bundle: a first run fills it (its
    time is reported apart), the measured runs use it.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / ".cache" / "pycache")
    walls, cpus, fast = [], [], []
    heavy = 0
    first_run: tuple[float, float] | None = None
    for _ in range(runs + 1):
        output = subprocess.run(
            [sys.executable, "-c", _LOAD_PROBE],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        )
        wall, cpu, flags, fast_after = output.stdout.strip().splitlines()[-1].split()
        heavy = int(flags)
        if first_run is None:
            first_run = (round(float(wall), 3), round(float(cpu), 3))
            continue
        walls.append(round(float(wall), 3))
        cpus.append(round(float(cpu), 3))
        fast.append(round(float(fast_after), 3))
    return {
        "first_run_fills_bytecode_cache": first_run,
        "wall_seconds": walls,
        "cpu_seconds": cpus,
        "median_wall": sorted(walls)[len(walls) // 2],
        "median_cpu": sorted(cpus)[len(cpus) // 2],
        # Wall seconds after load until the onnxruntime MiniLM is ready (numpy until then).
        "onnxruntime_ready_after_load_seconds": fast,
        "presidio_imported": bool(heavy & 1),
        "spacy_cli_imported": bool(heavy & 2),
    }


_THROUGHPUT_PROBE = """
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor, TOPIC_CATEGORIES
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")] * 3
words = sum(len(text.split()) for text in texts)
models = RedactionModels.load()
# Steady state: the onnxruntime session (built in the background) is ready, where it exists.
getattr(models.encoder, "wait_for_fast_backend", lambda: True)()
out = {}
for name, settings in (
    ("phi", RedactionSettings()),
    ("phi_and_topics", RedactionSettings(topics=frozenset(TOPIC_CATEGORIES))),
    ("topics", RedactionSettings(phi_enabled=False, topics=frozenset(TOPIC_CATEGORIES))),
):
    redactor = Redactor(settings, models)
    # One-off work at the first redaction (e.g. embedding the topic examples) is not speed:
    # a sentence no phrase places but both trees embed.
    redactor.redact("Client: Some nights I stand on the roof for a long time and look down.")
    session = redactor.new_session()
    started = time.process_time()
    for text in texts:
        session.redact_segment(text)
    out[name] = round(words / (time.process_time() - started))
print(json.dumps(out))
"""


@contextmanager
def tree_of(commit: str, root: Path) -> Iterator[str]:
    """The app code and resources of ``commit`` unpacked in a temporary directory."""
    import tarfile
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "archive", commit, "tenor_desktop", "resources"],
            capture_output=True,
            check=True,
            cwd=root,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        yield tmp


def last_json_line_on_tree(commit: str, root: Path, script: str, flag: str) -> Any:
    """Run ``script flag TREE`` on ``commit``'s unpacked tree; its last printed line, as JSON.

    The script puts TREE first on ``sys.path`` when it sees ``flag``, so it imports that tree's
    ``tenor_desktop`` and resources: an older detector scored by today's bench.
    """
    import json
    import sys

    with tree_of(commit, root) as tmp:
        output = subprocess.run(
            [sys.executable, script, flag, tmp], capture_output=True, text=True, check=True, cwd=tmp
        )
    return json.loads(output.stdout.strip().splitlines()[-1])


def throughput_vs_baseline(
    commit: str, root: Path, dev: Path, rounds: int = 5, current: Path | None = None
) -> dict[str, Any]:
    """Words per CPU second of the tree at ``root`` and of ``commit``, alternately on ``dev``.

    ``current`` measures that tree instead of ``root`` (a clean export of the change, when
    others' unfinished edits sit in the shared working tree); ``commit`` is still read from
    ``root``'s repository.

    Each probe runs pinned to one core (``TENOR_BENCH_CORE``, default the last this process
    may use), the trees alternate and swap order every round, and the ratio is of the
    medians: on a shared machine one round's best is luck, the median is the single-pass
    figure. Best rounds and per-round paired ratios are kept beside it.
    """
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    core = _bench_core()
    with tree_of(commit, root) as tmp:
        runs: dict[str, list[dict[str, int]]] = {"baseline": [], "current": []}
        for number in range(rounds):
            order = [("baseline", tmp), ("current", str(current or root))]
            for name, tree in order if number % 2 == 0 else order[::-1]:
                output = subprocess.run(
                    [sys.executable, "-c", _THROUGHPUT_PROBE, tree, str(dev)],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=tmp,
                    env=env,
                    preexec_fn=None if core is None else (lambda: os.sched_setaffinity(0, {core})),
                )
                runs[name].append(json.loads(output.stdout.strip().splitlines()[-1]))
    keys = list(runs["current"][0])
    medians = {
        name: {key: _median([r[key] for r in rounds_of]) for key in keys}
        for name, rounds_of in runs.items()
    }
    best = {
        name: {key: max(r[key] for r in rounds_of) for key in keys}
        for name, rounds_of in runs.items()
    }
    paired = {
        key: _median(
            [c[key] / b[key] for b, c in zip(runs["baseline"], runs["current"], strict=True)]
        )
        for key in keys
    }
    return {
        "baseline_commit": commit,
        "pinned_core": core,
        "rounds": runs,
        **medians,
        "best": best,
        "ratio": {k: round(medians["current"][k] / medians["baseline"][k], 3) for k in keys},
        "ratio_paired_median": {k: round(v, 3) for k, v in paired.items()},
        "ratio_best": {k: round(best["current"][k] / best["baseline"][k], 3) for k in keys},
    }


def _bench_core() -> int | None:
    """The core the probes run on: ``TENOR_BENCH_CORE``, else the last one allowed."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    chosen = os.environ.get("TENOR_BENCH_CORE")
    return int(chosen) if chosen else max(os.sched_getaffinity(0))


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def main() -> int:
    """Print the phase split on dev (PHI and topics, PHI alone), one BLAS thread."""
    import bench_setup  # noqa: F401  (one BLAS thread: before numpy loads)
    from kept_sets import set_path

    from tenor_desktop.redaction import TOPIC_CATEGORIES, RedactionModels, RedactionSettings

    with set_path("dev").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    models = RedactionModels.load()
    getattr(models.encoder, "wait_for_fast_backend", lambda: True)()
    for name, settings in (
        ("phi_and_topics", RedactionSettings(topics=frozenset(TOPIC_CATEGORIES))),
        ("phi", RedactionSettings()),
    ):
        redactor = Redactor(settings, models)
        redactor.redact("Client: Some nights I stand on the roof for a long time and look down.")
        print(name, json.dumps(phase_seconds(redactor, rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
