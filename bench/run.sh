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

log() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# Stops every process this script started, by its own PID, then any embedded PostgreSQL left in our data dirs.
cleanup() {
	local status=$? pid
	trap - EXIT INT TERM
	for pid in "${PIDS[@]}"; do
		stop_pid "$pid"
	done
	local pidfile pg
	while IFS= read -r pidfile; do
		pg=$(head -n 1 "$pidfile" 2>/dev/null || true)
		# Only a postmaster whose command line names our own data dir.
		if [[ $pg =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pg/cmdline" 2>/dev/null | grep -qF "$WORK/"; then
			kill -INT "$pg" 2>/dev/null || true
		fi
	done < <(find "$WORK" -name postmaster.pid 2>/dev/null)
	if [[ $KEEP == 1 ]]; then
		log "kept $WORK"
	else
		rm -rf "$WORK"
	fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Graceful stop (SIGTERM, so Schakel shuts its embedded PostgreSQL down), SIGKILL after 30 s.
stop_pid() {
	local pid=$1 i
	if kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		for ((i = 0; i < 300; i++)); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
	fi
	wait "$pid" 2>/dev/null || true
	local kept=() p
	for p in "${PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
	PIDS=("${kept[@]+"${kept[@]}"}")
}

now_us() { local t=$EPOCHREALTIME; echo $((10#${t/./})); }

load1() { cut -d ' ' -f 1 /proc/loadavg; }

# Sets PORT to a TCP port nobody listens on and that this run has not handed out before.
next_port() {
	local p
	while :; do
		p=$((20000 + RANDOM % 40000))
		[[ " ${USED_PORTS[*]-} " == *" $p "* ]] && continue
		if ! (: <>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			USED_PORTS+=("$p")
			PORT=$p
			return
		fi
	done
}

# Launches "$@" in the background (in $WORK) and waits for a 200 on $1's URL.
# Sets APP_PID, SECONDS_TO_200 (from just before the launch) and RSS_MB (the process's resident set at that moment).
launch_until_200() {
	local url=$1 logfile=$2
	shift 2
	local t0 code
	t0=$(now_us)
	"$@" >"$logfile" 2>&1 &
	APP_PID=$!
	PIDS+=("$APP_PID")
	while :; do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
		[[ $code == 200 ]] && break
		kill -0 "$APP_PID" 2>/dev/null || fail "${1##*/} exited before answering 200; log: $logfile (rerun with KEEP=1)"
		(($(now_us) - t0 < START_TIMEOUT * 1000000)) || fail "no 200 from $url within ${START_TIMEOUT}s; log: $logfile"
		sleep "$POLL"
	done
	SECONDS_TO_200=$(awk -v us=$(($(now_us) - t0)) 'BEGIN { printf "%.3f", us / 1e6 }')
	RSS_MB=$(awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$APP_PID/status" 2>/dev/null || echo "?")
}

wait_for_200() {
	local url=$1 i
	for ((i = 0; i < START_TIMEOUT * 10; i++)); do
		[[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true) == 200 ]] && return
		sleep 0.1
	done
	fail "no 200 from $url within ${START_TIMEOUT}s"
}

# "min / median / max" of the arguments, two decimals.
spread() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
		END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f / %.2f / %.2f", v[1], m, v[NR] }'
}

median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
		END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%g", m }'
}

# True when $1 <= $2 (decimal numbers).
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }

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

ensure_jars() {
	shopt -s nullglob
	local jars=("$ROOT"/target/schakel-*.jar)
	if ((${#jars[@]} == 0)); then
		log "building the Schakel jar"
		(cd "$ROOT" && ./mvnw -B -q package -DskipTests)
		jars=("$ROOT"/target/schakel-*.jar)
	fi
	local peers=("$ROOT"/bench/peer-hello/target/peer-hello-*.jar)
	if ((${#peers[@]} == 0)); then
		log "building the peer jar (bench/peer-hello)"
		(cd "$ROOT" && ./mvnw -B -q -f bench/peer-hello/pom.xml package -DskipTests)
		peers=("$ROOT"/bench/peer-hello/target/peer-hello-*.jar)
	fi
	shopt -u nullglob
	((${#jars[@]} > 0 && ${#peers[@]} > 0)) || fail "could not build the jars"
	SCHAKEL_JAR=${jars[0]}
	PEER_JAR=${peers[0]}
}

wait_for_quiet_machine() {
	local waited=0
	while ! at_most "$(load1)" "$MAX_LOAD" && ((waited < MAX_WAIT)); do
		((waited == 0)) && log "load average $(load1) is above $MAX_LOAD; waiting up to ${MAX_WAIT}s for a quiet machine"
		sleep 10
		waited=$((waited + 10))
	done
	LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
	if at_most "$(load1)" "$MAX_LOAD"; then BUSY=0; else BUSY=1; fi
}

# Runs Schakel with the demo profile on data dir $1; sets APP_PID, SECONDS_TO_200, RSS_MB and APP_PORT.
start_schakel() {
	local dir=$1 logfile=$2
	next_port
	APP_PORT=$PORT
	next_port
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	launch_until_200 "http://127.0.0.1:$APP_PORT/" "$logfile" "$JAVA" $JAVA_OPTS -jar "$SCHAKEL_JAR" \
		--spring.profiles.active=demo --schakel.data-dir="$dir" \
		--server.port="$APP_PORT" --schakel.embedded-db.port="$PORT" \
		--schakel.regelingen.rate-limit.per-second=100000 --schakel.regelingen.rate-limit.burst=100000
}

start_peer() {
	next_port
	APP_PORT=$PORT
	# shellcheck disable=SC2086
	launch_until_200 "http://127.0.0.1:$APP_PORT/" "$1" "$JAVA" $JAVA_OPTS -jar "$PEER_JAR" --server.port="$APP_PORT"
}

# Latency percentile $2 (e.g. 99%) from wrk --latency output $1, in milliseconds.
wrk_percentile() {
	awk -v p="$2" '$1 == p {
		v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
		f = unit == "us" ? 0.001 : unit == "ms" ? 1 : unit == "s" ? 1000 : unit == "m" ? 60000 : -1
		printf "%.2f", v * f }' "$1"
}

wrk_rps() { awk '/^Requests\/sec:/ { printf "%d", $2 + 0.5 }' "$1"; }

# "non-2xx / socket errors" from wrk output $1.
wrk_errors() {
	awk '/Non-2xx or 3xx responses:/ { bad = $NF }
		/Socket errors:/ { gsub(/,/, ""); sock = $4 + $6 + $8 + $10 }
		END { printf "%d / %d", bad, sock }' "$1"
}

# Warm-up run, then the measured run; output of the measured run in $2.
load_test() {
	local url=$1 out=$2
	wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_WARMUP" -H 'Accept-Encoding: gzip' "$url" >/dev/null
	wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency -H 'Accept-Encoding: gzip' "$url" >"$out"
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
