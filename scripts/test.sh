#!/usr/bin/env bash
# Checks docker-compose.yml, runs every test of the solution and ends with one summary line:
# "tests: N passed, N failed, N skipped".
# Starts the RabbitMQ and PostgreSQL that the integration tests need (scripts/services.sh: installed from Debian's
# packages when missing, on loopback ports, data in a temporary folder) and stops them at the end, unless
# CALLBACK_TEST_POSTGRES and CALLBACK_TEST_RABBITMQ already name servers to use, or KEEP_SERVICES=1 keeps them up.
set -euo pipefail
cd "$(dirname "$0")/.."

# docker-compose.yml must stay a valid Compose file; nothing here runs Docker. The Debian package docker-compose reads
# it (here, and in Compose_stack_Specs) and is installed when missing, as services.sh installs the servers: as root.
if ! command -v docker-compose >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: docker-compose is missing and installing it needs root: sudo apt-get install docker-compose" >&2
    exit 1
  fi
  echo "test.sh: installing docker-compose" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
fi
docker-compose --file docker-compose.yml --project-directory . config --quiet ||
  { echo "test.sh: docker-compose.yml is not a valid Compose file (docker-compose config)" >&2; exit 1; }

# The demo page's browser test drives Debian's chromium (never a browser Playwright downloads), installed likewise.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: chromium is missing and installing it needs root: sudo apt-get install chromium" >&2
    exit 1
  fi
  echo "test.sh: installing chromium" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# The Node clients that tests drive (the official CometD client, amqplib, Playwright), and the example Node adapter's
# amqplib (Node_adapter_Specs runs it from its folder, as its README does), at the versions of their lock files.
for node_project in tests/js examples/node-adapter; do
  if [ ! -d $node_project/node_modules ] || [ $node_project/package-lock.json -nt $node_project/node_modules ]; then
    npm ci --prefix $node_project --no-audit --no-fund --loglevel=error >/dev/null
  fi
done

if [ -z "${CALLBACK_TEST_POSTGRES:-}" ] || [ -z "${CALLBACK_TEST_RABBITMQ:-}" ]; then
  eval "$(./scripts/services.sh start)"
  [ "${KEEP_SERVICES:-0}" = 1 ] || trap './scripts/services.sh stop' EXIT
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=$(mktemp -d)

dotnet build Callback.sln -c Release -warnaserror -nologo -v quiet

status=0
dotnet test Callback.sln -c Release --no-build --nologo \
  --logger "trx" --results-directory "$results" "$@" || status=$?

# One line for CI to read, summed over the test projects' result files.
python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout"))
    skipped += int(c.get("notExecuted"))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
rm -rf "$results"
exit $status
