#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Tenor needs (as root), or prints the command to run.
#   runtime: PortAudio and the Qt/xcb libraries.
#   test:    plus PulseAudio (virtual microphone), espeak-ng and sox (speech), Xvfb, PostgreSQL,
#            and LibriVox recordings (pocketsphinx-testdata: a real reader for the diarization
#            and voice-encoder tests, and the WER benchmark).
set -euo pipefail
runtime=(libportaudio2 libasound2-plugins fonts-dejavu-core libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-shape0
  libxcb-render-util0 libxcb-randr0 libxcb-xinerama0 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 libdbus-1-3)
test=(pulseaudio pulseaudio-utils libasound2-plugins espeak-ng sox xvfb postgresql minisign util-linux
  osslsigncode pocketsphinx-testdata)
bench=()
want=("${runtime[@]}")
case "${1:-runtime}" in
  test) want+=("${test[@]}") ;;
  bench) want+=("${test[@]}" "${bench[@]}") ;;
esac

if [ "$(uname)" = Darwin ]; then
  command -v brew >/dev/null && { brew list portaudio >/dev/null 2>&1 || echo "Run: brew install portaudio"; }
  exit 0
fi
command -v dpkg-query >/dev/null || { echo "Not Debian/Ubuntu: install PortAudio (and for tests PulseAudio, espeak-ng, sox, PostgreSQL) with your package manager."; exit 0; }
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages. Run:"
  echo "  sudo apt-get install -y ${missing[*]}"
  exit 1
fi
