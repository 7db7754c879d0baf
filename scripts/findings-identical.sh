#!/usr/bin/env bash
# The findings of the generator's cycles are the same from perf's executable model as from its DRL:
# 100 seeds of 50 employees (mvn verify runs 6). Usage: scripts/findings-identical.sh [seeds] [employees]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl perf-rules -am test -Dtest=ExecutableModelFindingsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dperf.identical.seeds="${1:-100}" -Dperf.identical.employees="${2:-50}" "${@:3}"
