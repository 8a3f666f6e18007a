#!/usr/bin/env bash
# Authenticode-sign a Windows executable with osslsigncode (works on Linux build machines).
#   sign-authenticode.sh IN.exe OUT.exe CERT.p12 [TIMESTAMP_URL]
# Password of the PKCS#12 file: TENOR_AUTHENTICODE_PASSWORD. The timestamp URL is optional
# (offline test signing omits it; release signing must timestamp).
set -euo pipefail
in=$1 out=$2 p12=$3 ts=${4:-}
args=(sign -pkcs12 "$p12" -pass "${TENOR_AUTHENTICODE_PASSWORD:-}" -n "Tenor" -h sha256 -in "$in" -out "$out")
[ -n "$ts" ] && args+=(-ts "$ts")
osslsigncode "${args[@]}" >/dev/null
