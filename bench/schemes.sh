#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
#
# The regelingen benchmarks (see bench/README.md, "Regelingen"), printed side by side from one run:
#   4a. one household through all national schemes with full explanations, in-process: p50/p99;
#   4b. bulk: HOUSEHOLDS synthetic households x all national schemes, CSV file in, result files out, on 2 cores;
#   4c. the peer: zorgtoeslag's eligibility conditions as a DMN model in the Apache KIE DMN engine 10.1.0;
#   4e. the scheme editor's impact preview on 100,000 synthetic households.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
HOUSEHOLDS=${HOUSEHOLDS:-1000000}       # bulk size; 100000 for a quick look
SEED=${SEED:-42}
CPUS=${CPUS:-2}                         # cores for the bulk run (the JVM is told; taskset pins it when present)
WARMUP=${WARMUP:-20000}
MEASURED=${MEASURED:-100000}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
KEEP=${KEEP:-0}

WORK=$(mktemp -d -t schakel-schemes-bench.XXXXXX)
cleanup() { [[ $KEEP == 1 ]] && echo "kept $WORK" >&2 || rm -rf "$WORK"; }
trap cleanup EXIT INT TERM
log() { printf '==> %s\n' "$*" >&2; }

cd "$ROOT"
if [[ ! -d target/classes/nl/schakel/schemes/bulk ]]; then
	log "compiling"
	./mvnw -q -B compile
fi
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="$ROOT/target/classes:$(cat "$WORK/cp.txt")"
PIN=()
if command -v taskset >/dev/null && [[ $(nproc) -gt $CPUS ]]; then
	PIN=(taskset -c "0-$((CPUS - 1))")
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

log "4a: one household, all national schemes"
"$JAVA" $JAVA_OPTS -cp "$CP" bench/schemes/OneHousehold.java "$WARMUP" "$MEASURED"

log "4b: generating $HOUSEHOLDS synthetic households (seed $SEED, not timed)"
"$JAVA" $JAVA_OPTS -cp "$CP" nl.schakel.schemes.bulk.SyntheticHouseholds "$HOUSEHOLDS" "$SEED" "$WORK/households.csv"
echo "4b  input: $HOUSEHOLDS households, $(du -h "$WORK/households.csv" | cut -f1)"
start=$(date +%s.%N)
"${PIN[@]}" "$JAVA" $JAVA_OPTS -XX:ActiveProcessorCount="$CPUS" -cp "$CP" nl.schakel.schemes.bulk.BulkScreeningCommand \
	--in "$WORK/households.csv" --out "$WORK/out" --period 2026-03 --threads "$CPUS" | sed 's/^/4b  inside the run: /'
end=$(date +%s.%N)
printf '4b  end to end incl. JVM start: %.2f s on %s cores; results %s, errors %s rows, neighbourhood rows %s\n' \
	"$(echo "$end - $start" | bc)" "$CPUS" "$(du -h "$WORK/out/results.csv" | cut -f1)" \
	"$(($(wc -l <"$WORK/out/errors.csv") - 1))" "$(($(wc -l <"$WORK/out/neighbourhoods.csv") - 1))"

log "4e: the scheme editor's impact preview, 100000 households"
"$JAVA" $JAVA_OPTS -XX:ActiveProcessorCount="$CPUS" -cp "$CP" bench/schemes/EditorImpact.java 100000 5

log "4c: the peer (KIE DMN) against Schakel on zorgtoeslag's conditions"
if (cd bench/schemes/dmn && ../../../mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/dmn-cp.txt" >/dev/null); then
	"$JAVA" $JAVA_OPTS -cp "$CP:$(cat "$WORK/dmn-cp.txt")" bench/schemes/dmn/DmnPeer.java "$WARMUP" "$MEASURED" \
		bench/schemes/dmn/zorgtoeslag.dmn bench/schemes/dmn/nijmegen.dmn
else
	echo "4c  peer skipped: the KIE DMN dependencies could not be resolved"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
