#!/usr/bin/env bash
# For IT: verify a Tenor bundle before installing it.
#   verify-bundle.sh [DIST_DIR] [PUBLIC_KEY]
# Checks the minisign signature of SHA256SUMS with the practice's trusted public key, then every
# file's checksum. Exit code 0 only when both pass.
set -euo pipefail
dir=${1:-$(dirname "$0")}
pub=${2:-$dir/tenor-signing.pub}
command -v minisign >/dev/null || { echo "install minisign (apt-get install minisign)"; exit 2; }
minisign -Vm "$dir/SHA256SUMS" -p "$pub" -q || { echo "SIGNATURE INVALID"; exit 1; }
(cd "$dir" && sha256sum --quiet -c SHA256SUMS) || { echo "CHECKSUM MISMATCH"; exit 1; }
echo "OK: signature and all checksums verified"
