# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
#
# Shared by the benchmark scripts that start Schakel and its peer (run.sh, check.sh): process handling that stops only
# what the script started, free ports, waiting for a 200, the quiet-machine wait and reading wrk's output. Source it
# after setting ROOT, JAVA, JAVA_OPTS, WORK, START_TIMEOUT, POLL, MAX_LOAD, MAX_WAIT, KEEP, WRK_* and the arrays
# PIDS and USED_PORTS.

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
