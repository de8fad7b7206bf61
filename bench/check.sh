#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
#
# The resident check "Waar heb ik recht op?" under load (issue 5: every step within 100 ms p99 with 64 concurrent users
# on 2 cores). Walks the check once per household with curl to collect real step addresses and answers, then runs wrk
# with 64 connections on (1) a mix of GET step pages and result pages, each with its signed answers token, and (2) the
# answer posts themselves (CSRF token and session cookie included, each ending in a redirect). The peer, in the same
# run, is the minimal Spring Boot app of bench/peer-hello under the same load. See bench/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:-}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-64}
WRK_DURATION=${WRK_DURATION:-20s}
WRK_WARMUP=${WRK_WARMUP:-20s}           # longer than run.sh: 31 pages and 28 posts to warm up
MAX_LOAD=${MAX_LOAD:-1.0}
MAX_WAIT=${MAX_WAIT:-600}
START_TIMEOUT=${START_TIMEOUT:-180}
POLL=${POLL:-0.05}
KEEP=${KEEP:-0}

WORK=$(mktemp -d -t schakel-check-bench.XXXXXX)
declare -a PIDS=()
declare -a USED_PORTS=()
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

command -v wrk >/dev/null || fail "wrk is missing (apt-get install wrk)"
command -v curl >/dev/null || fail "curl is missing"
[[ -x $JAVA ]] || fail "no java at $JAVA (set JAVA=/path/to/bin/java)"
ensure_jars
cd "$WORK"
wait_for_quiet_machine
log "load average before: $LOAD_BEFORE"

start_schakel "$WORK/data" "$WORK/schakel.log"
wait_for_200 "http://127.0.0.1:$APP_PORT/actuator/health/readiness"
BASE="http://127.0.0.1:$APP_PORT"

# --- collect realistic requests: walk the check for a few households ----------------------------------------------

JAR="$WORK/cookies.txt"
CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/regelingen/check/vraag/postcode" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
	| sed 's/.*value="//; s/"$//')
[[ -n $CSRF ]] || fail "no CSRF token on the postcode page"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR")
: >"$WORK/gets.txt"
: >"$WORK/posts.txt"

# The answer to one screen for household $1 (1..3), as form fields.
fields_for() {
	local household=$1 step=$2
	case "$step" in
		partner) [[ $household == 2 ]] && echo "partner=ja&partnerleeftijd=38" || echo "partner=nee" ;;
		kinderen) [[ $household == 2 ]] && echo "kinderen=ja&leeftijden=4%2C+9" || echo "kinderen=nee" ;;
		huisgenoten) echo "huisgenoten=nee" ;;
		leeftijd) [[ $household == 3 ]] && echo "leeftijd=70" || echo "leeftijd=35" ;;
		inkomen) [[ $household == 1 ]] && echo "inkomen=bedrag&bedrag=1100&periode=maand&soort=netto" || echo "inkomen=r$household" ;;
		bruto-inkomen) echo "brutoinkomen=r$((household - 1))" ;;
		spaargeld) echo "spaargeld=r1" ;;
		zorgverzekering) echo "zorgverzekering=ja" ;;
		huur) echo "huur=ja&kalehuur=650&servicekosten=40" ;;
		werk) echo "werk=ja&werkpartner=ja" ;;
		kinderopvang) echo "kinderopvang=nee" ;;
		gemeentebelasting) echo "belasting=400" ;;
		*) echo "onbekend=ja" ;;
	esac
}

for household in 1 2 3; do
	postcode=$([[ $household == 2 ]] && echo "4001+AA" || echo "6511+AB")
	location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" \
		--data "a=&_csrf=$CSRF&postcode=$postcode" "$BASE/regelingen/check/vraag/postcode")
	for ((i = 0; i < 14; i++)); do
		[[ $location == */regelingen/check/vraag/* ]] || break
		path=${location#"$BASE"}
		echo "$path" >>"$WORK/gets.txt"
		step=${path#/regelingen/check/vraag/}
		step=${step%%\?*}
		token=${path#*a=}
		token=${token%%&*}
		body="a=$token&_csrf=$CSRF&$(fields_for "$household" "$step")"
		echo "/regelingen/check/vraag/$step $body" >>"$WORK/posts.txt"
		location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" --data "$body" "$BASE/regelingen/check/vraag/$step")
	done
	[[ $location == */regelingen/check/uitkomst* ]] || fail "household $household did not reach the result: $location"
	echo "${location#"$BASE"}" >>"$WORK/gets.txt"
done
STEPS=$(grep -c /vraag/ "$WORK/gets.txt")
RESULTS=$(grep -c /uitkomst "$WORK/gets.txt")
log "collected $STEPS step pages, $RESULTS result pages and $(wc -l <"$WORK/posts.txt") answer posts"

cat >"$WORK/gets.lua" <<LUA
-- Cycles through the collected step and result pages, with the session cookie a browser keeps (the step forms carry
-- a CSRF token, which lives in the session).
local paths = {}
for line in io.lines("$WORK/gets.txt") do paths[#paths + 1] = line end
local i = 0
function setup(thread) thread:set("offset", math.random(#paths)) end
function request()
  i = i + 1
  return wrk.format("GET", paths[((i + (offset or 0)) % #paths) + 1],
    { ["Accept-Encoding"] = "gzip", ["Cookie"] = "JSESSIONID=$SESSION" })
end
LUA
cat >"$WORK/posts.lua" <<LUA
-- Posts the collected answers (form fields, CSRF token, session cookie); each answer redirects to the next screen.
local posts = {}
for line in io.lines("$WORK/posts.txt") do
  local path, body = line:match("^(%S+) (.*)$")
  posts[#posts + 1] = { path = path, body = body }
end
local i = 0
function request()
  i = i + 1
  local p = posts[(i % #posts) + 1]
  return wrk.format("POST", p.path, { ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "JSESSIONID=$SESSION", ["Accept-Encoding"] = "gzip" }, p.body)
end
LUA

run_wrk() {
	local script=$1 out=$2
	wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_WARMUP" -s "$script" "$BASE" >/dev/null
	wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency -s "$script" "$BASE" >"$out"
}

log "check step and result pages (GET) under load"
run_wrk "$WORK/gets.lua" "$WORK/wrk-gets.txt"
log "check answers (POST, redirect) under load"
run_wrk "$WORK/posts.lua" "$WORK/wrk-posts.txt"
stop_pid "$APP_PID"

log "peer under the same load: the Spring Boot hello app"
start_peer "$WORK/peer.log"
wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_WARMUP" "http://127.0.0.1:$APP_PORT/" >/dev/null
wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency "http://127.0.0.1:$APP_PORT/" >"$WORK/wrk-peer.txt"
stop_pid "$APP_PID"
LOAD_AFTER=$(cut -d ' ' -f 1-3 /proc/loadavg)

# --- report -------------------------------------------------------------------------------------------------------

row() {
	printf '| %s | %s | %s ms | %s ms | %s |\n' "$1" "$(wrk_rps "$2")" "$(wrk_percentile "$2" 50%)" \
		"$(wrk_percentile "$2" 99%)" "$(wrk_errors "$2")"
}
echo
echo "Check \"Waar heb ik recht op?\" under load: $WRK_CONNECTIONS connections, $WRK_THREADS wrk threads, $WRK_DURATION"
echo "($(nproc) CPUs; load average before $LOAD_BEFORE, after $LOAD_AFTER$([[ $BUSY == 1 ]] && echo '; the machine was busy: preliminary figures'))"
echo
echo "| What | Requests/s | p50 | p99 | non-2xx/3xx / socket errors |"
echo "| --- | --- | --- | --- | --- |"
row "Check: step and result pages (GET, $STEPS steps + $RESULTS results)" "$WORK/wrk-gets.txt"
row "Check: answers (POST with CSRF, 302 to the next step)" "$WORK/wrk-posts.txt"
row "Peer: Spring Boot hello (bench/peer-hello)" "$WORK/wrk-peer.txt"
echo
P99_GET=$(wrk_percentile "$WORK/wrk-gets.txt" 99%)
P99_POST=$(wrk_percentile "$WORK/wrk-posts.txt" 99%)
if at_most "$P99_GET" 100 && at_most "$P99_POST" 100; then
	echo "Goal (p99 <= 100 ms per step): met"
else
	echo "Goal (p99 <= 100 ms per step): NOT met (GET p99 $P99_GET ms, POST p99 $P99_POST ms)"
fi
