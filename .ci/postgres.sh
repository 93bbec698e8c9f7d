#!/usr/bin/env bash
# A throw-away PostgreSQL server on localhost for the JDBC adapter's tests.
#
#   .ci/postgres.sh start   installs PostgreSQL from Debian's packages when it is missing (as root),
#                           creates a cluster in $MIXITE_PG_DIR, starts it on 127.0.0.1:$MIXITE_PG_PORT,
#                           creates the user and database, and prints the variables the tests read:
#                             export MIXITE_PG_URL=jdbc:postgresql://127.0.0.1:55432/mixite_test
#                             export MIXITE_PG_USER=mixite
#                             export MIXITE_PG_PASSWORD=mixite
#                           so that `eval "$(.ci/postgres.sh start)"` sets them. Progress goes to stderr.
#   .ci/postgres.sh stop    stops the server and deletes the cluster (safe when none runs).
#   .ci/postgres.sh env     prints the variables again.
#
# Settings (environment): MIXITE_PG_PORT (55432), MIXITE_PG_DIR (/tmp/mixite-pg-$MIXITE_PG_PORT).
# The server listens on 127.0.0.1 only, with password (scram) authentication.
set -euo pipefail

port=${MIXITE_PG_PORT:-55432}
dir=${MIXITE_PG_DIR:-/tmp/mixite-pg-$port}
data=$dir/data
db=mixite_test
user=mixite
password=mixite

log() { echo "postgres.sh: $*" >&2; }

pg_bin() {
  # The newest installed server's binaries (Debian keeps them out of the PATH).
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$bin" ] && [ -x "$bin/pg_ctl" ]; then
    echo "$bin"
  elif command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
  fi
}

install_postgres() {
  if [ -n "$(pg_bin)" ]; then
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed and this is not root: run 'apt-get install -y postgresql' first"
    exit 1
  fi
  log "installing PostgreSQL from Debian's packages..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # The package creates and starts a default cluster on 5432; we use our own on $port.
  apt-get install -y -qq postgresql >&2
}

# Runs a command as the cluster's owner: postgres refuses to run as root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

print_env() {
  echo "export MIXITE_PG_URL=jdbc:postgresql://127.0.0.1:$port/$db"
  echo "export MIXITE_PG_USER=$user"
  echo "export MIXITE_PG_PASSWORD=$password"
}

start() {
  install_postgres
  local bin
  bin=$(pg_bin)
  if [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "already running on port $port ($data)"
    print_env
    return
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /bin/sh postgres
    chown postgres "$dir"
  fi
  local pwfile=$dir/pwfile
  echo "$password" > "$pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"
  log "creating a cluster in $data"
  as_owner "$bin/initdb" -D "$data" -U "$user" --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null \
    || as_owner "$bin/initdb" -D "$data" -U "$user" --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C >/dev/null
  rm -f "$pwfile"
  log "starting on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE DATABASE $db" >&2
  log "ready: jdbc:postgresql://127.0.0.1:$port/$db (user $user)"
  print_env
}

stop() {
  local bin
  bin=$(pg_bin)
  if [ -n "$bin" ] && [ -f "$data/postmaster.pid" ]; then
    log "stopping the server on port $port"
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
