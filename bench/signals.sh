#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
#
# Vroegsignalering at national scale (issue 6): SIGNALS generated signals (1,000,000 by default) through Schakel's
# intake (validation, encryption, household matching, triage) in deliveries of 10,000, against a bare PostgreSQL COPY
# of the same rows into one table in the same database and run; then the work-queue page over HTTP as the demo
# vroegsignalering team, and the plan of a deep, filtered page. See bench/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:--Xmx6g}
export SIGNALS=${SIGNALS:-1000000}      # signals generated and taken in
export SEED=${SEED:-42}
export REQUESTS=${REQUESTS:-1000}       # measured queue page requests (after 200 warm-up requests)
MAX_LOAD=${MAX_LOAD:-1.5}
MAX_WAIT=${MAX_WAIT:-600}
KEEP=${KEEP:-0}

log() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'bench: %s\n' "$*" >&2; exit 1; }

[[ -x $JAVA ]] || fail "no java at $JAVA (set JAVA=/path/to/bin/java)"
WORK=$(mktemp -d -t schakel-signals-bench.XXXXXX)
export WORK
BENCH_PID=
cleanup() {
	local status=$?
	trap - EXIT INT TERM
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

log "compiling Schakel and the benchmark (profile bench-signals)"
(cd "$ROOT" && ./mvnw -B -q -o -Pbench-signals test-compile \
	&& ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt") \
	|| fail "the build failed"
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
log "load before: $(cut -d ' ' -f 1-3 /proc/loadavg); $(nproc) cores"

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"$JAVA" $JAVA_OPTS -Dlogback.configurationFile="$WORK/logback.xml" -cp "$CLASSPATH" nl.schakel.signals.SignalsBenchmark &
BENCH_PID=$!
wait "$BENCH_PID"
BENCH_PID=
log "load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
