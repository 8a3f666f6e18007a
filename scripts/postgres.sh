#!/usr/bin/env bash
# start|stop a throwaway PostgreSQL for the tests (fsync off, trust auth on 127.0.0.1 only).
# start appends `export TENOR_TEST_POSTGRES_URL=...` to $TENOR_TEST_SERVICES_DIR/env.
# As root the cluster runs as the `postgres` user (initdb refuses root); otherwise as the caller.
set -euo pipefail
: "${TENOR_TEST_SERVICES_DIR:?TENOR_TEST_SERVICES_DIR must be set}"
STATE="$TENOR_TEST_SERVICES_DIR/postgres.path"

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    echo "postgres.sh: PostgreSQL server binaries not found; install them with:" >&2
    echo "  sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local bin root port
  bin=$(pg_bin)
  # Its own directory (not inside the services dir, which is private to root): postgres owns it.
  root=$(mktemp -d /tmp/tenor-pg.XXXXXX)
  mkdir -p "$root/data" "$root/socket"
  if [ "$(id -u)" = 0 ]; then chown -R postgres: "$root"; fi
  echo "$root" >"$STATE"
  as_owner "$bin/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --no-sync \
    >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
  port=$(free_port)
  as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $root/socket -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$root/server.log" >&2; exit 1; }
  echo "$port" >"$root/port"
  echo "export TENOR_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres" \
    >>"$TENOR_TEST_SERVICES_DIR/env"
}

stop() {
  [ -f "$STATE" ] || return 0
  local bin root
  root=$(cat "$STATE")
  bin=$(pg_bin)
  if [ -d "$root/data" ]; then
    as_owner "$bin/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  case "$root" in /tmp/tenor-pg.*) rm -rf "$root" ;; esac
  rm -f "$STATE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
