#!/usr/bin/env bash
# start|stop a private PulseAudio server whose default source is a virtual microphone.
#
# The tests play synthetic speech into the null sink "vsink"; its monitor "vsink.monitor" is the
# default source, which PortAudio reaches through ALSA's pulse plugin (device "pulse"/"default").
# Everything lives under $TENOR_TEST_SERVICES_DIR/pulse, so it never touches a desktop session's
# PulseAudio, works as root on a machine without a sound card, and `stop` ends only the
# processes this script started (by the PIDs it wrote).
set -euo pipefail

: "${TENOR_TEST_SERVICES_DIR:?set TENOR_TEST_SERVICES_DIR to a private directory}"
base="$TENOR_TEST_SERVICES_DIR/pulse"
runtime="$base/runtime"
socket="$runtime/pulse/native"
daemon_pid_file="$runtime/pulse/pid"
keepalive_pid_file="$base/keepalive.pid"

with_private_env() {
  HOME="$base/home" XDG_RUNTIME_DIR="$runtime" XDG_CONFIG_HOME="$base/home/.config" \
    PULSE_SERVER="unix:$socket" "$@"
}

start() {
  for tool in pulseaudio pactl pacat; do
    command -v "$tool" >/dev/null || {
      echo "pulse-mic: '$tool' is missing; install: apt-get install pulseaudio pulseaudio-utils" >&2
      exit 1
    }
  done
  mkdir -p "$base/home/.config" "$runtime"
  chmod 700 "$runtime"
  # -n: no default.pa, so no hardware probing; the daemon never exits on idle.
  with_private_env pulseaudio -D -n --exit-idle-time=-1 --disallow-exit --use-pid-file=yes \
    --log-target="file:$base/pulseaudio.log" \
    --load="module-native-protocol-unix auth-anonymous=1 socket=$socket" \
    --load="module-null-sink sink_name=vsink rate=48000 channels=1" \
    --load="module-always-sink"
  for _ in $(seq 1 50); do
    [ -S "$socket" ] && with_private_env pactl info >/dev/null 2>&1 && break
    sleep 0.1
  done
  with_private_env pactl info >/dev/null || { echo "pulse-mic: server did not come up" >&2; exit 1; }
  with_private_env pactl set-default-sink vsink
  with_private_env pactl set-default-source vsink.monitor
  # A null sink's monitor only produces samples while something plays into the sink; a stream of
  # zeros keeps the virtual microphone running between test utterances.
  with_private_env setsid pacat --playback --raw --format=s16le --rate=48000 --channels=1 \
    --device=vsink /dev/zero >/dev/null 2>&1 &
  echo $! >"$keepalive_pid_file"
  {
    echo "export PULSE_SERVER=unix:$socket"
    echo "export TENOR_TEST_PULSE_SINK=vsink"
    # The live-capture proof (tests/e2e) fails on any file written outside the vault;
    # onnxruntime (Silero VAD) writes a telemetry store under ~/.cache unless told not to.
    echo "export ORT_DISABLE_TELEMETRY=1"
  } >>"$TENOR_TEST_SERVICES_DIR/env"
}

stop_pid_file() {
  local file="$1"
  [ -f "$file" ] || return 0
  local pid
  pid=$(tr -dc '0-9' <"$file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$file"
}

stop() {
  stop_pid_file "$keepalive_pid_file"
  stop_pid_file "$daemon_pid_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
