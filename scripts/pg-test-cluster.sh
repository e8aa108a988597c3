#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the tests on 127.0.0.1 and prints the URL of its
# superuser for WP_TEST_PG (the storage and CLI tests create one database per test on it).
#
#   scripts/pg-test-cluster.sh start [DIR]   initdb into DIR (default: a new temp dir), start,
#                                            print  postgresql://wp@127.0.0.1:54329/postgres
#   scripts/pg-test-cluster.sh stop DIR      stop it (the directory is left for the caller)
#
# Port 54329 (WP_PG_PORT), loopback only, password authentication (scram-sha-256; the password is
# "wp", also in PGPASSWORD for the tests). initdb refuses root: as root the cluster belongs to the
# postgres user (Debian's package creates it).
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PORT=${WP_PG_PORT:-54329}
cmd=${1:-start}
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
  dir=${2:-$(mktemp -d /tmp/wp-pg.XXXXXX)}
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  pwfile="$dir/pw"
  echo wp >"$pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pwfile"
  as_owner "$PGBIN/initdb" -D "$dir/data" -E UTF8 --locale=C.UTF-8 -U wp --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log"
  as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $dir -c max_connections=200 -c fsync=off" start >/dev/null
  echo "postgresql://wp:wp@127.0.0.1:$PORT/postgres"
  echo "cluster in $dir (stop: $0 stop $dir)" >&2
  ;;
stop)
  dir=${2:?usage: $0 stop DIR}
  as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
*)
  echo "usage: $0 start [DIR] | stop DIR" >&2
  exit 1
  ;;
esac
