#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the store tests, on loopback
# only (127.0.0.1:${HERALD_PG_PORT:-54329} and a unix socket in its folder),
# creates the database "herald_test" and prints its connection URL on stdout:
#
#   export HERALD_TEST_PG_URL="$(scripts/start-postgres.sh)"
#   ctest ...
#   scripts/start-postgres.sh --stop
#
# The cluster lives in ${HERALD_PG_DIR:-/tmp/herald-pg}; a rerun stops and
# replaces it. Run as root (the server runs as the postgres user, through
# runuser) or as an ordinary user (the server runs as that user).
set -euo pipefail

PORT="${HERALD_PG_PORT:-54329}"
DIR="${HERALD_PG_DIR:-/tmp/herald-pg}"
BIN=""
for v in 15 16 17 14 13; do
  if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then BIN="/usr/lib/postgresql/$v/bin"; break; fi
done
if [ -z "$BIN" ]; then
  echo "start-postgres: no PostgreSQL server found (apt package postgresql; scripts/install-deps.sh)" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  USER_NAME=postgres
  as_user() { runuser -u postgres -- "$@"; }
else
  USER_NAME="$(id -un)"
  as_user() { "$@"; }
fi

stop() {
  if [ -f "$DIR/data/postmaster.pid" ]; then
    as_user "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
}

if [ "${1:-}" = "--stop" ]; then
  stop
  rm -rf "$DIR"
  exit 0
fi

stop
rm -rf "$DIR"
mkdir -p "$DIR"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
as_user "$BIN/initdb" -D "$DIR/data" -U "$USER_NAME" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
  >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
as_user "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -k $DIR -c fsync=off -c full_page_writes=off" \
  start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
PSQL="$BIN/psql"; [ -x "$PSQL" ] || PSQL=psql
as_user "$PSQL" -q -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" -d postgres -c "CREATE DATABASE herald_test" >/dev/null
echo "postgresql://$USER_NAME@127.0.0.1:$PORT/herald_test"
