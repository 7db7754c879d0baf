#!/usr/bin/env bash
# A CPU profile of one whole `perf` run, as BENCHMARKS.md's profiles were taken: async-profiler 4.1
# (from Maven Central, tools.profiler:async-profiler) in itimer mode, which needs no perf_event
# access. Writes a flame graph (profile.html) and the collapsed stacks (profile.collapsed), and
# prints the share of CPU per thread group (JIT, GC, main, check workers, warm-up).
# Usage: scripts/profile.sh [perf arguments…]   default: check FORMAT.md's example
set -euo pipefail
cd "$(dirname "$0")/.."
jar=perf-examples/target/perf.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
version=4.1
lib="${HOME}/.m2/repository/tools/profiler/async-profiler/${version}/async-profiler-${version}.jar"
[ -f "$lib" ] || mvn -B -q dependency:get -Dartifact="tools.profiler:async-profiler:${version}"
work=$(mktemp -d)
unzip -q -o -j "$lib" linux-x64/libasyncProfiler.so -d "$work"
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(check perf-core/src/test/resources/io/perfcomm/core/json/format-example.json)
agent="$work/libasyncProfiler.so=start,event=itimer,interval=1ms,threads"
java -agentpath:"$agent,file=profile.html" -jar "$jar" "${args[@]}" > /dev/null || true
java -agentpath:"$agent,collapsed,file=profile.collapsed" -jar "$jar" "${args[@]}" > /dev/null || true
python3 - profile.collapsed <<'PY'
import collections, re, sys
groups = collections.Counter()
total = 0
for line in open(sys.argv[1]):
    stack, _, count = line.rstrip().rpartition(' ')
    count = int(count)
    total += count
    thread = re.sub(r' tid=\d+', '', stack.split(';')[0]).strip('[]')
    if 'Compile' in stack and 'C2' in stack:
        thread = 'JIT C2'
    elif 'Compil' in stack:
        thread = 'JIT C1 and other'
    elif thread.startswith(('GC', 'G1')):
        thread = 'GC'
    elif thread.startswith('perf-check'):
        thread = 'check workers'
    groups[thread] += count
for thread, count in groups.most_common(8):
    print(f'{100 * count / total:5.1f} %  {thread}')
PY
echo "flame graph: profile.html; stacks: profile.collapsed"
