#!/usr/bin/env bash
# Runs every benchmark in bench/ (each writes JSON under bench/results/).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
for b in bench/*_bench.py bench/*_eval.py; do
  [ -e "$b" ] || continue
  echo "== $b"
  .venv/bin/python "$b"
done
