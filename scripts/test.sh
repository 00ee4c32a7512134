#!/usr/bin/env bash
# Runs every test of the solution and ends with one summary line: "tests: N passed, N failed, N skipped".
# Later: starts the RabbitMQ and PostgreSQL that the integration tests need when they are not running.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

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
exit $status
