#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
#
# Measures Schakel against its peers in one run and prints both side by side:
#   1. cold start to the first HTTP 200 on / (peer: a minimal Spring Boot webmvc app, bench/peer-hello);
#   2. home page throughput and latency under wrk (peer: nginx serving the same rendered HTML).
# See bench/README.md. Settings are environment variables, listed below with their defaults.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:-}                # extra JVM options for both apps, empty by default
RUNS=${RUNS:-5}                         # start-up runs per variant
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-64}
WRK_DURATION=${WRK_DURATION:-20s}
WRK_WARMUP=${WRK_WARMUP:-10s}
MAX_LOAD=${MAX_LOAD:-1.0}               # wait until the 1-minute load average is at most this ...
MAX_WAIT=${MAX_WAIT:-600}               # ... but no longer than this many seconds
START_TIMEOUT=${START_TIMEOUT:-180}     # seconds an app may take to answer 200
POLL=${POLL:-0.02}                      # seconds between polls for the first 200
KEEP=${KEEP:-0}                         # 1 keeps the temporary directory (logs, data dirs, nginx config)
API_RATE=${API_RATE:-200}               # requests/s of the open-loop regelingen API test
API_DURATION=${API_DURATION:-30}        # seconds measured, after API_WARMUP seconds at the same rate
API_WARMUP=${API_WARMUP:-10}

WORK=$(mktemp -d -t schakel-bench.XXXXXX)
declare -a PIDS=()
declare -a USED_PORTS=()

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

ensure_tools() {
	local missing=()
	command -v wrk >/dev/null || missing+=(wrk)
	command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
	command -v curl >/dev/null || missing+=(curl)
	((${#missing[@]} == 0)) && return
	local sudo=()
	[[ $EUID -ne 0 ]] && sudo=(sudo)
	log "installing ${missing[*]}"
	"${sudo[@]}" apt-get update -qq
	local pkg
	for pkg in "${missing[@]}"; do
		if [[ $pkg == nginx ]]; then
			DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq nginx-light >/dev/null \
				|| DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq nginx >/dev/null
		else
			DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$pkg" >/dev/null
		fi
	done
}

# --- preparation --------------------------------------------------------------------------------------------------

[[ -x $JAVA ]] || fail "no java at $JAVA (set JAVA=/path/to/bin/java)"
ensure_tools
ensure_jars
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
cd "$WORK"
# nginx workers run as an unprivileged user and must be able to read the page copy.
chmod 755 "$WORK"

wait_for_quiet_machine
log "load average before: $LOAD_BEFORE"

# --- 1. cold start ------------------------------------------------------------------------------------------------

declare -a COLD=() WARM=() PEER=() COLD_RSS=() PEER_RSS=()
for ((run = 1; run <= RUNS; run++)); do
	data="$WORK/data-$run"
	log "start-up run $run/$RUNS"
	start_schakel "$data" "$WORK/schakel-cold-$run.log"
	COLD+=("$SECONDS_TO_200")
	COLD_RSS+=("$RSS_MB")
	# Let the first-start demo load finish, so the second start below finds a complete data dir.
	wait_for_200 "http://127.0.0.1:$APP_PORT/actuator/health/readiness"
	stop_pid "$APP_PID"

	start_schakel "$data" "$WORK/schakel-warm-$run.log"
	WARM+=("$SECONDS_TO_200")
	stop_pid "$APP_PID"

	start_peer "$WORK/peer-$run.log"
	PEER+=("$SECONDS_TO_200")
	PEER_RSS+=("$RSS_MB")
	stop_pid "$APP_PID"
	log "  Schakel cold ${COLD[-1]} s, warm ${WARM[-1]} s; peer ${PEER[-1]} s"
done

# --- 2. home page throughput --------------------------------------------------------------------------------------

log "home page under load: Schakel"
start_schakel "$WORK/data-1" "$WORK/schakel-load.log"
wait_for_200 "http://127.0.0.1:$APP_PORT/actuator/health/readiness"
mkdir -p "$WORK/nginx/html"
curl -sf -o "$WORK/nginx/html/index.html" "http://127.0.0.1:$APP_PORT/"
PAGE_BYTES=$(wc -c <"$WORK/nginx/html/index.html")
PAGE_GZIP_BYTES=$(curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT/" | wc -c)
load_test "http://127.0.0.1:$APP_PORT/" "$WORK/wrk-schakel.txt"

# --- 3. sociale kaart: the search page and the HSDS API, with the demo directory (199 services) ------------------
SEARCH_PATH="/hulp?q=eten"
HSDS_PATH="/api/hsds/services?per_page=20"
curl -sf -o "$WORK/nginx/html/search.html" "http://127.0.0.1:$APP_PORT$SEARCH_PATH"
curl -sf -o "$WORK/nginx/html/services.json" "http://127.0.0.1:$APP_PORT$HSDS_PATH"
log "search page under load: Schakel"
load_test "http://127.0.0.1:$APP_PORT$SEARCH_PATH" "$WORK/wrk-schakel-search.txt"
log "HSDS API under load: Schakel"
load_test "http://127.0.0.1:$APP_PORT$HSDS_PATH" "$WORK/wrk-schakel-hsds.txt"
API_PATH="/api/v1/regelingen/berekening"
API_BODY="$ROOT/bench/schemes/household.json"
curl -sf -o "$WORK/nginx/html/berekening.json" -H 'Content-Type: application/json' --data-binary "@$API_BODY" \
	"http://127.0.0.1:$APP_PORT$API_PATH"
log "regelingen API at $API_RATE requests/s (open loop): Schakel"
"$JAVA" "$ROOT/bench/OpenLoop.java" "http://127.0.0.1:$APP_PORT$API_PATH" "$API_RATE" "$API_DURATION" \
	"$API_WARMUP" "$API_BODY" >"$WORK/openloop-schakel-api.txt"
stop_pid "$APP_PID"

log "home page under load: nginx with the same HTML"
next_port
NGINX_PORT=$PORT
chmod 755 "$WORK/nginx" "$WORK/nginx/html"
chmod 644 "$WORK/nginx/html/index.html" "$WORK/nginx/html/search.html" "$WORK/nginx/html/services.json" \
	"$WORK/nginx/html/berekening.json"
cat >"$WORK/nginx/nginx.conf" <<EOF
# Peer for the home page benchmark: the rendered page as a static file, gzip as Schakel does it.
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp-body;
    proxy_temp_path $WORK/nginx/tmp-proxy;
    fastcgi_temp_path $WORK/nginx/tmp-fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp-uwsgi;
    scgi_temp_path $WORK/nginx/tmp-scgi;
    default_type text/html;
    types { text/html html; application/json json; }
    gzip_types application/json;
    charset utf-8;
    sendfile on;
    gzip on;
    gzip_comp_level 6;      # the JDK's default deflate level, which Tomcat uses
    gzip_min_length 2048;   # Spring Boot's default server.compression.min-response-size
    gzip_vary on;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/nginx/html;
    }
}
EOF
"$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
PIDS+=("$NGINX_PID")
wait_for_200 "http://127.0.0.1:$NGINX_PORT/"
NGINX_GZIP_BYTES=$(curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT/" | wc -c)
load_test "http://127.0.0.1:$NGINX_PORT/" "$WORK/wrk-nginx.txt"
log "search page and HSDS API under load: nginx with the same bytes"
load_test "http://127.0.0.1:$NGINX_PORT/search.html" "$WORK/wrk-nginx-search.txt"
load_test "http://127.0.0.1:$NGINX_PORT/services.json" "$WORK/wrk-nginx-hsds.txt"
log "regelingen API answer at $API_RATE requests/s (open loop): nginx with the same bytes"
"$JAVA" "$ROOT/bench/OpenLoop.java" "http://127.0.0.1:$NGINX_PORT/berekening.json" "$API_RATE" "$API_DURATION" \
	"$API_WARMUP" >"$WORK/openloop-nginx-api.txt"
stop_pid "$NGINX_PID"

LOAD_AFTER=$(cut -d ' ' -f 1-3 /proc/loadavg)

# --- report -------------------------------------------------------------------------------------------------------

verdict() { if "$@"; then echo "met"; else echo "NOT met"; fi; }

cold_median=$(median "${COLD[@]}")
s_rps=$(wrk_rps "$WORK/wrk-schakel.txt")
s_p50=$(wrk_percentile "$WORK/wrk-schakel.txt" 50%)
s_p99=$(wrk_percentile "$WORK/wrk-schakel.txt" 99%)
n_rps=$(wrk_rps "$WORK/wrk-nginx.txt")
n_p50=$(wrk_percentile "$WORK/wrk-nginx.txt" 50%)
n_p99=$(wrk_percentile "$WORK/wrk-nginx.txt" 99%)

row() { printf '  %-34s %-24s %-24s %s\n' "$@"; }

echo
echo "Schakel benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "  machine: $(nproc) CPUs, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
	"$(awk '/^MemTotal:/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
echo "  JDK: $("$JAVA" -version 2>&1 | head -n 1)${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}"
echo "  load average (1/5/15 min): before $LOAD_BEFORE, after $LOAD_AFTER"
((BUSY)) && echo "  WARNING: the machine was busy (load above $MAX_LOAD) when measuring started; figures are preliminary"
echo
echo "Start-up: launch of java -jar to first HTTP 200 on /, $RUNS runs, seconds (min / median / max)"
row "" "Schakel" "peer: Boot hello app" "goal"
row "cold (fresh data dir, demo load)" "$(spread "${COLD[@]}")" "$(spread "${PEER[@]}")" \
	"median <= 5 s: $(verdict at_most "$cold_median" 5)"
row "warm (second start, same data dir)" "$(spread "${WARM[@]}")" "-" ""
row "JVM RSS at first 200 (median)" "$(median "${COLD_RSS[@]}") MB" "$(median "${PEER_RSS[@]}") MB" ""
echo
echo "Home page /: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency, Accept-Encoding: gzip," \
	"after a $WRK_WARMUP warm-up"
row "" "Schakel" "peer: nginx, same HTML" "goal"
row "requests/s" "$s_rps" "$n_rps" ">= 1000: $(verdict at_most 1000 "$s_rps")"
row "latency p50 (ms)" "$s_p50" "$n_p50" ""
row "latency p99 (ms)" "$s_p99" "$n_p99" "<= 50 ms: $(verdict at_most "$s_p99" 50)"
row "errors (non-2xx / socket)" "$(wrk_errors "$WORK/wrk-schakel.txt")" "$(wrk_errors "$WORK/wrk-nginx.txt")" ""
row "response bytes (gzip; plain)" "$PAGE_GZIP_BYTES; $PAGE_BYTES" "$NGINX_GZIP_BYTES; $PAGE_BYTES" ""
echo
echo "Sociale kaart, same wrk settings, demo directory (199 services): Schakel vs nginx serving the same bytes"
row "" "Schakel" "peer: nginx, same bytes" ""
row "search $SEARCH_PATH requests/s" "$(wrk_rps "$WORK/wrk-schakel-search.txt")" "$(wrk_rps "$WORK/wrk-nginx-search.txt")" ""
row "search p50 / p99 (ms)" "$(wrk_percentile "$WORK/wrk-schakel-search.txt" 50%) / $(wrk_percentile "$WORK/wrk-schakel-search.txt" 99%)" \
	"$(wrk_percentile "$WORK/wrk-nginx-search.txt" 50%) / $(wrk_percentile "$WORK/wrk-nginx-search.txt" 99%)" ""
row "HSDS $HSDS_PATH requests/s" "$(wrk_rps "$WORK/wrk-schakel-hsds.txt")" "$(wrk_rps "$WORK/wrk-nginx-hsds.txt")" ""
row "HSDS p50 / p99 (ms)" "$(wrk_percentile "$WORK/wrk-schakel-hsds.txt" 50%) / $(wrk_percentile "$WORK/wrk-schakel-hsds.txt" 99%)" \
	"$(wrk_percentile "$WORK/wrk-nginx-hsds.txt" 50%) / $(wrk_percentile "$WORK/wrk-nginx-hsds.txt" 99%)" ""
row "errors (non-2xx / socket)" "$(wrk_errors "$WORK/wrk-schakel-search.txt"); $(wrk_errors "$WORK/wrk-schakel-hsds.txt")" \
	"$(wrk_errors "$WORK/wrk-nginx-search.txt"); $(wrk_errors "$WORK/wrk-nginx-hsds.txt")" ""
echo
openloop() { awk -v f="$2" '{ for (i = 1; i < NF; i++) if ($i == f) print $(i + 1) }' "$1"; }
api_p99=$(openloop "$WORK/openloop-schakel-api.txt" p99)
echo "Regelingen API: POST $API_PATH (bench/schemes/household.json: Nijmegen, national + local schemes, full" \
	"explanations), open loop at $API_RATE requests/s for ${API_DURATION}s after ${API_WARMUP}s (bench/OpenLoop.java)"
row "" "Schakel" "peer: nginx, same bytes" "goal"
row "requests sent / ok / errors" \
	"$(openloop "$WORK/openloop-schakel-api.txt" sent) / $(openloop "$WORK/openloop-schakel-api.txt" ok) / $(openloop "$WORK/openloop-schakel-api.txt" errors)" \
	"$(openloop "$WORK/openloop-nginx-api.txt" sent) / $(openloop "$WORK/openloop-nginx-api.txt" ok) / $(openloop "$WORK/openloop-nginx-api.txt" errors)" ""
row "latency p50 / p99 / p99.9 (ms)" \
	"$(openloop "$WORK/openloop-schakel-api.txt" p50) / $api_p99 / $(openloop "$WORK/openloop-schakel-api.txt" p999)" \
	"$(openloop "$WORK/openloop-nginx-api.txt" p50) / $(openloop "$WORK/openloop-nginx-api.txt" p99) / $(openloop "$WORK/openloop-nginx-api.txt" p999)" \
	"p99 <= 20 ms: $(verdict at_most "$api_p99" 20)"
row "response bytes (plain)" "$(wc -c <"$WORK/nginx/html/berekening.json")" "same" ""
echo
echo "  all runs, seconds: Schakel cold ${COLD[*]}; warm ${WARM[*]}; peer ${PEER[*]}"
