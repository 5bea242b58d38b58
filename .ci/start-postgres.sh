#!/usr/bin/env bash
# Start a throwaway PostgreSQL for the store tests and print its URL on stdout.
#
#   export CLAIMTRAIL_TEST_PG="$(.ci/start-postgres.sh)"
#   ... pytest ...
#   .ci/start-postgres.sh --stop        # or leave it: the data dir is under $TMPDIR
#
# initdb refuses to run as root, so the cluster belongs to a `postgres` user (created if
# missing). Trust auth, fsync off, bound to 127.0.0.1 only (the machine has other interfaces).
set -euo pipefail

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
PORT="${CLAIMTRAIL_PG_PORT:-55432}"
DB="${CLAIMTRAIL_PG_DB:-claimtrail_test}"
STATE_FILE="${TMPDIR:-/tmp}/claimtrail-pg-${PORT}.dir"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$STATE_FILE" ]; then
    dir="$(cat "$STATE_FILE")"
    as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
    rm -rf "$dir" "$STATE_FILE"
  fi
  exit 0
fi

if [ ! -x "$PG_BIN/initdb" ]; then
  echo "start-postgres: no PostgreSQL binaries (looked in ${PG_BIN:-/usr/lib/postgresql/*/bin})" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin postgres
fi

# Already running on this port (e.g. a second call from the same CI run): reuse it.
if [ -f "$STATE_FILE" ] && "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  echo "postgresql+psycopg://postgres@127.0.0.1:${PORT}/${DB}"
  exit 0
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/claimtrail-pg.XXXXXX")"
chmod 755 "$dir"
mkdir -p "$dir/sock"
if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi

as_postgres "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $dir/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
echo "$dir" >"$STATE_FILE"

as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
echo "postgresql+psycopg://postgres@127.0.0.1:${PORT}/${DB}"
