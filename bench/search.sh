#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
#
# The sociale kaart search at national scale: builds the Lucene index of a synthetic directory (1,000,000 services
# by default) and measures the same seeded mix of searches against it and, in the same run, against PostgreSQL
# full-text search on the same data. Prints index build time, index size and a latency table with the ratio.
# See bench/README.md. Settings are environment variables, listed below with their defaults.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:--Xmx8g}
export SERVICES=${SERVICES:-1000000}     # services in the synthetic directory
export LOCATIONS=${LOCATIONS:-}          # locations; empty: 40 % of SERVICES (400,000 at 1M)
export QUERIES=${QUERIES:-3500}          # measured searches per engine (500 of each of the 7 kinds)
export WARMUP=${WARMUP:-3500}            # warm-up searches for Lucene (JIT), a different seeded mix
export PG_WARMUP=${PG_WARMUP:-700}       # warm-up searches for PostgreSQL, the first of that mix
export SEED=${SEED:-42}
export DIRECTORY=${DIRECTORY:-memory}    # memory (ByteBuffersDirectory, as the app) or mmap (MMapDirectory in WORK)
export POSTGRES=${POSTGRES:-1}           # 0 skips PostgreSQL
export PLANS=${PLANS:-0}                 # 1 prints PostgreSQL's plan for one search of each kind
export MUNICIPALITIES=${MUNICIPALITIES:-$ROOT/../shared/reference/geo/cbs_gemeenten_2025.csv}
MAX_LOAD=${MAX_LOAD:-1.5}                # wait until the 1-minute load average is at most this ...
MAX_WAIT=${MAX_WAIT:-600}                # ... but no longer than this many seconds
KEEP=${KEEP:-0}                          # 1 keeps the temporary directory (index, PostgreSQL data)

log() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'bench: %s\n' "$*" >&2; exit 1; }

[[ -x $JAVA ]] || fail "no java at $JAVA (set JAVA=/path/to/bin/java)"
[[ -f $MUNICIPALITIES ]] || fail "no municipality list at $MUNICIPALITIES (set MUNICIPALITIES=...)"

WORK=$(mktemp -d -t schakel-search-bench.XXXXXX)
export WORK
BENCH_PID=
cleanup() {
	local status=$?
	trap - EXIT INT TERM
	# The benchmark stops its own PostgreSQL; if it was killed, stop a postmaster left in our directory.
	[[ -n $BENCH_PID ]] && kill -TERM "$BENCH_PID" 2>/dev/null && wait "$BENCH_PID" 2>/dev/null
	local pidfile pg
	while IFS= read -r pidfile; do
		pg=$(head -n 1 "$pidfile" 2>/dev/null || true)
		if [[ $pg =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pg/cmdline" 2>/dev/null | grep -qF "$WORK/"; then
			kill -INT "$pg" 2>/dev/null || true
		fi
	done < <(find "$WORK" -name postmaster.pid 2>/dev/null)
	if [[ $KEEP == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "compiling Schakel and the benchmark (profile bench-search)"
(cd "$ROOT" && ./mvnw -B -q -Pbench-search test-compile \
	&& ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt") \
	|| fail "the build failed"
# The embedded PostgreSQL logs every line of its start at INFO; only warnings, and on stderr, keep the report readable.
cat >"$WORK/logback.xml" <<'XML'
<configuration>
  <appender name="err" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>%d{HH:mm:ss} %-5level %logger{20} %msg%n</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="err"/></root>
</configuration>
XML
CLASSPATH="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/classpath.txt")"

waited=0
while ! awk -v a="$(cut -d ' ' -f 1 /proc/loadavg)" -v b="$MAX_LOAD" 'BEGIN { exit !(a <= b) }' && ((waited < MAX_WAIT)); do
	((waited == 0)) && log "load average $(cut -d ' ' -f 1 /proc/loadavg) is above $MAX_LOAD; waiting up to ${MAX_WAIT}s"
	sleep 10
	waited=$((waited + 10))
done
awk -v a="$(cut -d ' ' -f 1 /proc/loadavg)" -v b="$MAX_LOAD" 'BEGIN { exit !(a <= b) }' \
	|| log "WARNING: the machine is busy (load $(cut -d ' ' -f 1-3 /proc/loadavg)); figures are preliminary"

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"$JAVA" $JAVA_OPTS -Dlogback.configurationFile="$WORK/logback.xml" -cp "$CLASSPATH" nl.schakel.socialmap.SearchBenchmark &
BENCH_PID=$!
wait "$BENCH_PID"
BENCH_PID=
