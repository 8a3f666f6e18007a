#!/usr/bin/env bash
# Checks a built dist/: signature and checksums, `tenor --version`, and `tenor doctor --self-test`
# run from the bundle with an empty HOME (no Python, no network, no user data needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash dist/verify-bundle.sh dist
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=offscreen
dist/tenor/tenor --version
dist/tenor/tenor --vault "$home/vault" doctor --self-test
echo "bundle OK"
