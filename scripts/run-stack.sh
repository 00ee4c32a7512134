#!/usr/bin/env bash
# The docker-compose topology natively on this machine: RabbitMQ and PostgreSQL (scripts/services.sh), the web tier,
# two workers with Telephony:Mode=External and the telephony simulator as a process of its own (Workers:Role=Simulator).
#
#   scripts/run-stack.sh up       # build, start everything, return once every process is ready
#   scripts/run-stack.sh status   # the processes, and who consumes the saga's and the simulator's queues
#   scripts/run-stack.sh demo     # book 20 callbacks through the HTTP API, wait until all are COMPLETED, summarize
#   scripts/run-stack.sh down     # stop the processes (SIGTERM); RabbitMQ and PostgreSQL keep running (services.sh stop)
#
# Logs and pids under $CALLBACK_STACK_DIR (default /tmp/callback-stack). The stack has a virtual host and a database of
# its own on the test servers (callback-stack, callback_stack), and the web tier listens on $CALLBACK_STACK_WEB_PORT
# (default 8180, beside a web tier someone runs on GMS's 8080); worker-1, worker-2 and the simulator serve their health
# and metrics endpoints on the three ports after it (8181, 8182, 8183). NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

dir=${CALLBACK_STACK_DIR:-/tmp/callback-stack}
web_port=${CALLBACK_STACK_WEB_PORT:-8180}
vhost=callback-stack
database=callback_stack
web_url=http://127.0.0.1:$web_port
processes=(web worker-1 worker-2 simulator)
declare -A health_urls=([web]=$web_url [worker-1]=http://127.0.0.1:$((web_port + 1)) [worker-2]=http://127.0.0.1:$((web_port + 2))
  [simulator]=http://127.0.0.1:$((web_port + 3)))

log() { echo "run-stack: $*" >&2; }

servers() {
  eval "$(./scripts/services.sh start 2>/dev/null)"
  management=${CALLBACK_TEST_RABBITMQ_MANAGEMENT%/}
  # The broker's address with our virtual host, and the user:password it names, for the management API.
  broker=${CALLBACK_TEST_RABBITMQ%/}/$vhost
  credentials=$(python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); print(f"{u.unquote(p.username)}:{u.unquote(p.password)}")' "$CALLBACK_TEST_RABBITMQ")
  database_settings=(--Database:Provider=Postgres "--ConnectionStrings:Callback=$CALLBACK_TEST_POSTGRES;Database=$database")
}

prepare_servers() {
  curl -sf -u "$credentials" -X PUT "$management/api/vhosts/$vhost" >/dev/null
  curl -sf -u "$credentials" -X PUT -H 'content-type: application/json' -d '{"configure":".*","write":".*","read":".*"}' \
    "$management/api/permissions/$vhost/${credentials%%:*}" >/dev/null
  # Created here, before the processes start: several processes that all find it missing would all try to create it.
  local port=${CALLBACK_TEST_POSTGRES##*Port=}
  port=${port%%;*}
  PGPASSWORD=callback psql -h 127.0.0.1 -p "$port" -U callback -d postgres -tAc "select 1 from pg_database where datname = '$database'" | grep -q 1 ||
    PGPASSWORD=callback psql -q -h 127.0.0.1 -p "$port" -U callback -d postgres -c "create database $database"
}

pid_of() { cat "$dir/$1.pid" 2>/dev/null || true; }
running() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# Starts one process from its build output: `exec` makes the recorded pid the dotnet process itself.
start() {
  local name=$1 project=$2
  shift 2
  if running "$name"; then log "$name already running (pid $(pid_of "$name"))"; return; fi
  (cd "$root/src/$project/bin/Release/net10.0" && exec dotnet "$project.dll" \
    --Bus:Transport=RabbitMq --ConnectionStrings:RabbitMq="$broker" \
    --Logging:Console:FormatterName=simple --Logging:Console:FormatterOptions:SingleLine=true \
    --Logging:Console:FormatterOptions:TimestampFormat="HH:mm:ss.fff " --Logging:Console:FormatterOptions:ColorBehavior=Disabled \
    "$@") >"$dir/$name.log" 2>&1 &
  echo $! >"$dir/$name.pid"
}

# A host is ready once its /health/ready answers 200 (migrated, broker connected, queues bound, scheduler started); real
# I/O, so polled with a deadline.
wait_ready() {
  local name=$1 deadline=$((SECONDS + 90))
  until curl -sf "${health_urls[$name]}/health/ready" >/dev/null 2>&1; do
    running "$name" || { log "$name exited; the end of $dir/$name.log:"; tail -n 20 "$dir/$name.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { log "$name not ready after 90 s; see $dir/$name.log"; exit 1; }
    sleep 0.5
  done
  log "$name ready (pid $(pid_of "$name"))"
}

up() {
  mkdir -p "$dir"
  servers
  prepare_servers
  if [ "${NO_BUILD:-0}" != 1 ]; then
    log "building the web tier and the workers (Release)"
    dotnet build src/Callback.Web/Callback.Web.csproj -c Release -nologo -v quiet >"$dir/build.log" 2>&1 ||
      { tail -n 30 "$dir/build.log" >&2; exit 1; }
  fi

  # One process migrates the new database first; the others then find nothing to apply.
  # Every session message a worker consumes is logged (MassTransit, Debug: "SAGA:...:<session id> Used <event>"), so the
  # demo can say which worker handled what.
  local worker_settings=(--Telephony:Mode=External --Logging:LogLevel:MassTransit.ReceiveTransport=Debug)
  start worker-1 Callback.Workers --Urls="${health_urls[worker-1]}" "${database_settings[@]}" "${worker_settings[@]}"
  wait_ready worker-1
  start worker-2 Callback.Workers --Urls="${health_urls[worker-2]}" "${database_settings[@]}" "${worker_settings[@]}"

  # The simulator: broker only. Quicker than its defaults so that the demo ends within a minute, with the default
  # mix of outcomes (busy lines, no answers, machines, a failed reservation now and then) so that the reasons vary.
  start simulator Callback.Workers --Workers:Role=Simulator --Urls="${health_urls[simulator]}" \
    --Telephony:Simulated:EwtSeconds=10 --Telephony:Simulated:AgentAvailableAfterSeconds=3 \
    --Telephony:Simulated:RingSeconds=2 --Telephony:Simulated:NoAnswerSeconds=5 \
    --Telephony:Simulated:ReservationSeconds=1 --Telephony:Simulated:RoutingSeconds=1

  # The web tier alone, with a demo service open around the clock that waits for an agent, pushes nothing and redials
  # after 5 s (GMS's default is 5 minutes).
  start web Callback.Web "${database_settings[@]}" --Workers:Enabled=false --Telephony:Mode=External --Urls="$web_url" \
    --Callback:OfficeHours:always:_bh_regular1="Mon-Sun 00:00-24:00" \
    --Callback:Services:demo:_target=Customer_Service@Stat_Server.GA --Callback:Services:demo:_route_point=8999 \
    --Callback:Services:demo:_business_hours_service=always --Callback:Services:demo:_wait_for_agent=true \
    --Callback:Services:demo:_wait_for_user_confirm=false --Callback:Services:demo:_dial_retry_timeout=5

  for name in worker-2 simulator web; do wait_ready "$name"; done
  log "up: web on $web_url, RabbitMQ virtual host $vhost (UI ${management}/ , guest/guest), database $database; logs in $dir"
}

down() {
  local name pid
  for name in "${processes[@]}"; do
    running "$name" || { rm -f "$dir/$name.pid"; continue; }
    pid=$(pid_of "$name")
    kill -TERM "$pid"
    # The bus drains for up to 30 s; a process still there after 45 s is stuck.
    local deadline=$((SECONDS + 45))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { log "$name did not stop; killing it"; kill -KILL "$pid"; }
    rm -f "$dir/$name.pid"
    log "$name stopped"
  done
}

status() {
  servers
  local name
  for name in "${processes[@]}"; do
    if running "$name"; then
      echo "$name: running (pid $(pid_of "$name")), ready: $(curl -s -o /dev/null -w '%{http_code}' "${health_urls[$name]}/health/ready"), log $dir/$name.log"
    else
      echo "$name: stopped"
    fi
  done
  curl -sf -u "$credentials" "$management/api/queues/$vhost?columns=name,consumers,messages" | python3 -c '
import json, sys
for queue in json.load(sys.stdin):
    print("queue %s: %s consumers, %s messages" % (queue["name"], queue["consumers"], queue.get("messages", 0)))'
}

demo() {
  for name in "${processes[@]}"; do running "$name" || { log "$name is not running: scripts/run-stack.sh up"; exit 1; }; done
  local run ids=() started=$SECONDS
  run=$(date -u +%H%M%S)
  # Half immediate, half due in 30 s (their execution starts at desired time minus the simulated EWT of 10 s); every
  # customer a number of their own, since GMS limits the callbacks of one number.
  for i in $(seq 0 19); do
    local form=(-d "_customer_number=%2B1510555$((1000 + i))" -d "demo_run=$run")
    [ $((i % 2)) -eq 1 ] && form+=(-d "_desired_time=$(date -u -d '+30 seconds' +%Y-%m-%dT%H:%M:%S.000Z)")
    ids+=("$(curl -sf -X POST "$web_url/genesys/1/service/callback/demo" "${form[@]}" | python3 -c 'import json, sys; print(json.load(sys.stdin)["_id"])')")
  done
  log "booked ${#ids[@]} callbacks (10 immediate, 10 due in 30 s); waiting until all are COMPLETED"

  local deadline=$((SECONDS + 180)) summary
  while true; do
    summary=$(curl -sf "$web_url/genesys/1/service/callback/demo?demo_run=$run" | python3 -c '
import json, sys, collections
ids = set(sys.argv[1:])
records = [r for r in json.load(sys.stdin) if r["_id"] in ids]
states = collections.Counter(r["_callback_state"] for r in records)
done = states["COMPLETED"] == len(ids)
print(("done" if done else "waiting"), ", ".join(f"{n} {s}" for s, n in sorted(states.items())))
if done:
    for reason, n in sorted(collections.Counter(r["_callback_reason"] for r in records).items()):
        print(f"  {n:2d} {reason}")' "${ids[@]}")
    [ "${summary%% *}" = done ] && break
    [ $SECONDS -lt $deadline ] || { log "not all COMPLETED after 180 s: ${summary#* }"; exit 1; }
    sleep 1
  done

  echo "20 callbacks COMPLETED in $((SECONDS - started)) s; reasons:"
  echo "$summary" | tail -n +2
  echo "handled by (worker: session messages consumed, sessions touched, start requests taken):"
  for name in worker-1 worker-2; do
    printf '%s\n' "${ids[@]}" | python3 -c '
import re, sys
ids = set(sys.stdin.read().split())
used = [m for m in re.finditer(r"SAGA:\S+:([0-9a-f-]{36}) \w+ (\S+)", open(sys.argv[1]).read()) if m.group(1) in ids]
started = sum(m.group(2).endswith(".CallbackRequested") for m in used)
print("  %s: %d messages, %d sessions, %d started" % (sys.argv[2], len(used), len({m.group(1) for m in used}), started))' "$dir/$name.log" "$name"
  done
  printf '%s\n' "${ids[@]}" | python3 -c '
import re, sys
ids = set(sys.stdin.read().split())
calls = [m for m in re.finditer(r"Simulated SIP Server: call \S+ of session ([0-9a-f-]{36}), attempt", open(sys.argv[1]).read()) if m.group(1) in ids]
print("  simulator: %d calls placed for the %d sessions" % (len(calls), len(ids)))' "$dir/simulator.log"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  demo) demo ;;
  *) echo "usage: $0 up|down|status|demo" >&2; exit 2 ;;
esac
