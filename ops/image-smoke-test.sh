#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
#
# Starts a `jib:buildTar` image tarball WITHOUT Docker and checks that Schakel answers: unpacks the layers into a
# throwaway root, then runs the image's own entrypoint, environment, user and working directory in a chroot inside
# private mount and PID namespaces (host network, so curl reaches it), with the demo profile and the embedded
# PostgreSQL, and expects HTTP 200 on / and UP on the readiness probe. Stops it again with SIGTERM.
#
# Usage (as root, needs unshare, chroot, curl, jq):
#   ops/image-smoke-test.sh [target/jib-image.tar]
# Settings: SMOKE_PORT (default 18080), SMOKE_DB_PORT (default 15432), SMOKE_TIMEOUT seconds (default 300),
#           KEEP_ROOTFS=1 keeps the unpacked root.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'image-smoke-test: %s\n' "$*" >&2; exit 1; }

IMAGE=${1:-target/jib-image.tar}
PORT=${SMOKE_PORT:-18080}
DB_PORT=${SMOKE_DB_PORT:-15432}
TIMEOUT=${SMOKE_TIMEOUT:-300}

[ "$(id -u)" -eq 0 ] || die "run as root: chroot and unshare need it"
[ -f "$IMAGE" ] || die "no image tarball at $IMAGE (build it first, see docs/operations.md)"
command -v jq >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null; }

WORK=$(mktemp -d /tmp/schakel-image-smoke.XXXXXX)
ROOTFS=$WORK/rootfs
RUNNER=
# Signals the container's first process (PID 1 in its namespace: the JVM), a child of the unshare process.
signal_container() { local pid; pid=$(ps -o pid= --ppid "$RUNNER" | tr -d ' '); [ -z "$pid" ] || kill -"$1" "$pid"; }
cleanup() {
  if [ -n "$RUNNER" ] && kill -0 "$RUNNER" 2>/dev/null; then
    signal_container KILL 2>/dev/null || true
    wait "$RUNNER" 2>/dev/null || true
  fi
  # The /dev and /proc mounts lived only in the runner's mount namespace, so nothing of the host is below $ROOTFS.
  if [ "${KEEP_ROOTFS:-0}" = 1 ]; then log "Kept $WORK"; else rm -rf --one-file-system "${WORK:?}"; fi
}
trap cleanup EXIT

log "Unpacking $IMAGE"
mkdir -p "$WORK/image" "$ROOTFS"
tar -xf "$IMAGE" -C "$WORK/image"
CONFIG=$WORK/image/$(jq -r '.[0].Config' "$WORK/image/manifest.json")
while read -r layer; do
  # Layers may be gzipped (Jib) or plain (docker save); whiteouts would need handling, but Jib writes none.
  tar -xf "$WORK/image/$layer" -C "$ROOTFS" --same-owner --numeric-owner --warning=no-unknown-keyword
done < <(jq -r '.[0].Layers[]' "$WORK/image/manifest.json")

mapfile -t ENVIRONMENT < <(jq -r '.config.Env // [] | .[]' "$CONFIG")
mapfile -t ENTRYPOINT < <(jq -r '(.config.Entrypoint // []) + (.config.Cmd // []) | .[]' "$CONFIG")
USER_SPEC=$(jq -r '.config.User // "0:0"' "$CONFIG")
WORKDIR=$(jq -r '.config.WorkingDir // "/"' "$CONFIG")
[ "${#ENTRYPOINT[@]}" -gt 0 ] || die "the image has no entrypoint"
case "$USER_SPEC" in *:*) ;; *) USER_SPEC="$USER_SPEC:$USER_SPEC" ;; esac
log "Entrypoint: ${ENTRYPOINT[*]} (user $USER_SPEC, in $WORKDIR)"

ARGS=(--spring.profiles.active=demo "--server.port=$PORT" "--schakel.embedded-db.port=$DB_PORT")
log "Starting with ${ARGS[*]}; log in $WORK/app.log"
# shellcheck disable=SC2016 # the quoted scripts expand their arguments in the inner shells
unshare --mount --pid --fork --kill-child=KILL --mount-proc="$ROOTFS/proc" \
  sh -c 'root=$1; shift; mount --rbind /dev "$root/dev" && exec env -i "$@"' sh "$ROOTFS" "${ENVIRONMENT[@]}" \
  chroot --userspec="$USER_SPEC" "$ROOTFS" /bin/sh -c 'cd "$0" && exec "$@"' "$WORKDIR" "${ENTRYPOINT[@]}" "${ARGS[@]}" \
  >"$WORK/app.log" 2>&1 &
RUNNER=$!

start=$(date +%s)
status=000
while [ $(( $(date +%s) - start )) -lt "$TIMEOUT" ]; do
  kill -0 "$RUNNER" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; die "the container process exited early"; }
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)
  [ "$status" = 200 ] && break
  sleep 2
done
[ "$status" = 200 ] || { tail -n 40 "$WORK/app.log" >&2; die "no HTTP 200 on / within $TIMEOUT s (last: $status)"; }
log "GET / -> 200 after $(( $(date +%s) - start )) s"
readiness=$(curl -s "http://127.0.0.1:$PORT/actuator/health/readiness")
log "GET /actuator/health/readiness -> $readiness"
case "$readiness" in *'"UP"'*) ;; *) die "readiness is not UP" ;; esac

log "Stopping (SIGTERM)"
signal_container TERM
for _ in $(seq 1 60); do kill -0 "$RUNNER" 2>/dev/null || break; sleep 1; done
if kill -0 "$RUNNER" 2>/dev/null; then die "did not stop within 60 s after SIGTERM"; fi
wait "$RUNNER" || true
RUNNER=
grep -q 'Starting embedded PostgreSQL' "$WORK/app.log" && log "Embedded PostgreSQL ran as user $USER_SPEC with data in /data"
log "Smoke test passed"
