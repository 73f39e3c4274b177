#!/usr/bin/env bash
# Runs every Encore test: installs what the tests need (scripts/install-test-tools.sh), builds, and tests.
# Ends with one line "tests: N passed, N failed, N skipped" and exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-test-tools.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Encore.slnx -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log" || status=$?

# dotnet test ends each test assembly's run with "Total tests: N" and "Passed: N" / "Failed: N" / "Skipped: N"
# lines; add them up. (`|| true`: no match must reach the check below, not stop the script.)
count() { { grep -E "^ +$1: +[0-9]+$" "$log" || true; } | awk '{n += $2} END {print n + 0}'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
    echo "tests: 0 passed, 1 failed (no test results: the build or the test run failed)"
    exit 1
fi
summary="$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] || status=1
echo "tests: $summary"
exit $status
