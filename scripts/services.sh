#!/usr/bin/env bash
# Starts (or stops) the RabbitMQ and PostgreSQL that the integration tests need, natively, on loopback ports of
# their own, with their data in a temporary folder. Installs them from Debian's packages when they are missing.
#
#   scripts/services.sh start   # prints the environment the tests read; also writes it to $CALLBACK_SERVICES_DIR/env
#   scripts/services.sh stop
#
# Ports: RabbitMQ 5673 (management 15673), PostgreSQL 55432: beside, not instead of, servers the machine may run.
set -euo pipefail

dir=${CALLBACK_SERVICES_DIR:-/tmp/callback-test-services}
rabbit_port=${CALLBACK_RABBITMQ_PORT:-5673}
rabbit_management_port=${CALLBACK_RABBITMQ_MANAGEMENT_PORT:-15673}
pg_port=${CALLBACK_POSTGRES_PORT:-55432}
rabbit_node=callback-test-$rabbit_port@localhost
# Debian's wrappers in /usr/sbin switch to the rabbitmq user and its home, and with it to another Erlang cookie.
ctl=/usr/lib/rabbitmq/bin/rabbitmqctl

log() { echo "services: $*" >&2; }

install_missing() {
  local packages=()
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || packages+=(rabbitmq-server)
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || packages+=(postgresql)
  [ ${#packages[@]} -eq 0 ] && return
  log "installing ${packages[*]}"
  [ "$(id -u)" -eq 0 ] || { log "need root to apt-get install ${packages[*]}"; exit 1; }
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }

# PostgreSQL refuses to run as root: as root, run it as the postgres user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

rabbit_env() {
  export RABBITMQ_NODENAME=$rabbit_node
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT=$rabbit_port
  export RABBITMQ_DIST_PORT=$((rabbit_port + 20000))
  export RABBITMQ_MNESIA_BASE=$dir/rabbitmq/mnesia
  export RABBITMQ_LOG_BASE=$dir/rabbitmq/log
  export RABBITMQ_ENABLED_PLUGINS_FILE=$dir/rabbitmq/enabled_plugins
  export RABBITMQ_CONFIG_FILE=$dir/rabbitmq/rabbitmq
  export RABBITMQ_PID_FILE=$dir/rabbitmq/pid
  export HOME=$dir/rabbitmq   # where the Erlang cookie goes
}

start_rabbitmq() {
  rabbit_env
  mkdir -p "$dir/rabbitmq/log" "$dir/rabbitmq/mnesia"
  if "$ctl" -q -n "$rabbit_node" status >/dev/null 2>&1; then log "RabbitMQ already running"; return; fi
  cat > "$dir/rabbitmq/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$rabbit_port
management.tcp.ip = 127.0.0.1
management.tcp.port = $rabbit_management_port
loopback_users = none
EOF
  echo '[rabbitmq_management].' > "$dir/rabbitmq/enabled_plugins"
  log "starting RabbitMQ on 127.0.0.1:$rabbit_port (management $rabbit_management_port)"
  # Run directly as the current user (root in CI): one user, one home, one Erlang cookie for server and CLI.
  (cd "$dir/rabbitmq" && /usr/lib/rabbitmq/bin/rabbitmq-server -detached)
  "$ctl" -q -n "$rabbit_node" wait --timeout 120 "$RABBITMQ_PID_FILE" >/dev/null
  "$ctl" -q -n "$rabbit_node" await_startup --timeout 120 >/dev/null
}

start_postgres() {
  local data=$dir/postgres bin
  bin=$(pg_bin)
  if as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then log "PostgreSQL already running"; return; fi
  mkdir -p "$data"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$dir/postgres"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  log "starting PostgreSQL on 127.0.0.1:$pg_port"
  as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $data -c max_connections=200 -c fsync=on" start >/dev/null
  as_postgres psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "select 1 from pg_roles where rolname = 'callback'" | grep -q 1 ||
    as_postgres psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "create role callback login superuser password 'callback'"
}

write_env() {
  cat > "$dir/env" <<EOF
export CALLBACK_TEST_RABBITMQ=amqp://guest:guest@127.0.0.1:$rabbit_port/
export CALLBACK_TEST_RABBITMQ_MANAGEMENT=http://127.0.0.1:$rabbit_management_port/
export CALLBACK_TEST_POSTGRES='Host=127.0.0.1;Port=$pg_port;Username=callback;Password=callback'
EOF
  cat "$dir/env"
}

stop_all() {
  rabbit_env
  "$ctl" -q -n "$rabbit_node" stop >/dev/null 2>&1 && log "RabbitMQ stopped" || true
  local bin
  bin=$(pg_bin 2>/dev/null) || return 0
  [ -d "$dir/postgres" ] && as_postgres "$bin/pg_ctl" -D "$dir/postgres" -m fast stop >/dev/null 2>&1 && log "PostgreSQL stopped" || true
}

case "${1:-}" in
  start)
    install_missing
    mkdir -p "$dir"
    start_postgres
    start_rabbitmq
    write_env
    ;;
  stop) stop_all ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
