#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
#
# The regelingen booklet (issue 5, bench/README.md "Regelingen booklet"), printed side by side from one run:
#   5a. GET /regelingen/boekje.pdf for one municipality: the schemes evaluated, the template, the PDF/UA rendering;
#   5b. the peer: GET /hulp/boekje/pdf, the sociale kaart booklet (A5) of the same municipality, same server and run.
# Both are rendered at request time; the goal for 5a is at most 3 s.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-3}
GEMEENTE=${GEMEENTE:-0268}
KEEP=${KEEP:-0}
START_TIMEOUT=${START_TIMEOUT:-180}

WORK=$(mktemp -d -t schakel-booklet-bench.XXXXXX)
APP_PID=""
log() { printf '==> %s\n' "$*" >&2; }
cleanup() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		# SIGTERM, so Schakel stops its embedded PostgreSQL itself.
		kill -TERM "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	[[ $KEEP == 1 ]] && log "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
	local p
	while :; do
		p=$((20000 + RANDOM % 40000))
		(: <>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
	done
}

# min / median / max of the arguments, in seconds with two decimals.
spread() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
		END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f / %.2f / %.2f s", v[1], m, v[NR] }'
}

cd "$ROOT"
jars=("$ROOT"/target/schakel-*.jar)
if [[ ! -e ${jars[0]} ]]; then
	log "building the Schakel jar"
	./mvnw -q -B package -DskipTests
	jars=("$ROOT"/target/schakel-*.jar)
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared with other builds)"

APP_PORT=$(free_port)
DB_PORT=$(free_port)
BASE="http://127.0.0.1:$APP_PORT"
OURS="$BASE/regelingen/boekje.pdf?gemeente=$GEMEENTE&taal=nl"
PEER="$BASE/hulp/boekje/pdf?soort=boekje&gemeente=$GEMEENTE&taal=nl&formaat=A5"
log "starting Schakel (demo data) on port $APP_PORT"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"$JAVA" $JAVA_OPTS -jar "${jars[0]}" --spring.profiles.active=demo --schakel.data-dir="$WORK/data" \
	--server.port="$APP_PORT" --schakel.embedded-db.port="$DB_PORT" >"$WORK/schakel.log" 2>&1 &
APP_PID=$!
# The peer needs the demo listings, which load after the port opens: wait until its booklet is there.
for ((i = 0; i < START_TIMEOUT * 2; i++)); do
	[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$PEER" || true) == 200 ]] && break
	kill -0 "$APP_PID" 2>/dev/null || { echo "Schakel stopped; log: $WORK/schakel.log (KEEP=1 keeps it)" >&2; exit 1; }
	sleep 0.5
done

time_of() { curl -s -o "$2" -w '%{http_code} %{time_total}\n' --max-time 60 "$1"; }
for ((i = 0; i < WARMUP; i++)); do
	time_of "$OURS" /dev/null >/dev/null
	time_of "$PEER" /dev/null >/dev/null
done
ours=() peer=()
for ((i = 0; i < RUNS; i++)); do
	read -r code t < <(time_of "$OURS" "$WORK/ours.pdf")
	[[ $code == 200 ]] || { echo "5a answered $code" >&2; exit 1; }
	ours+=("$t")
	read -r code t < <(time_of "$PEER" "$WORK/peer.pdf")
	[[ $code == 200 ]] || { echo "5b answered $code" >&2; exit 1; }
	peer+=("$t")
done
echo "5a  regelingen booklet $GEMEENTE (nl, A5), $(du -h "$WORK/ours.pdf" | cut -f1): min / median / max $(spread "${ours[@]}") over $RUNS runs"
echo "5b  peer: sociale kaart booklet $GEMEENTE (nl, A5), $(du -h "$WORK/peer.pdf" | cut -f1): min / median / max $(spread "${peer[@]}") over $RUNS runs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
