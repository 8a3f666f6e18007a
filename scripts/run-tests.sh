#!/usr/bin/env bash
# Starts the services the tests need, runs pytest with the given arguments, stops the services.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export ORT_DISABLE_TELEMETRY=1
export TENOR_TEST_SERVICES_DIR
TENOR_TEST_SERVICES_DIR=$(mktemp -d /tmp/tenor-services.XXXXXX)
cleanup() {
  scripts/pulse-mic.sh stop || true
  scripts/postgres.sh stop || true
  rm -rf "$TENOR_TEST_SERVICES_DIR"
}
trap cleanup EXIT
scripts/pulse-mic.sh start || { echo "could not start the PulseAudio virtual microphone"; exit 1; }
scripts/postgres.sh start || { echo "could not start PostgreSQL"; exit 1; }
# shellcheck disable=SC1091
[ -f "$TENOR_TEST_SERVICES_DIR/env" ] && source "$TENOR_TEST_SERVICES_DIR/env"
.venv/bin/python -m pytest "$@"
