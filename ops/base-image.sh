#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
#
# Builds Schakel's container base image from Debian packages, without a Docker daemon and without a container
# registry, and writes it as a `docker save`-style tarball that Jib reads with `tar://` (see docs/operations.md,
# "Container image"):
#
#   Debian (debootstrap --variant=minbase) + a jlink'ed Java runtime in /opt/java + user 1000 + /data, /tmp
#
# Usage (as root, on a Debian or Ubuntu machine with apt):
#   ops/base-image.sh                       # writes target/base-image/schakel-base.tar
#   ops/base-image.sh path/to/out.tar
#
# Settings (environment):
#   DEBIAN_SUITE            Debian release (default bookworm)
#   DEBIAN_MIRROR           Debian mirror URL (default: the one this machine's apt uses for that suite)
#   DEBIAN_SECURITY_MIRROR  security mirror URL (default: the one this machine's apt uses; "none" skips updates)
#   JLINK_JDK               JDK (>= 21) whose jlink builds the runtime (default: newest in /usr/lib/jvm)
#   JLINK_MODULES           modules of the runtime (default below: java.se plus what Schakel needs at run time)
#   JLINK_LOCALES           locales kept from jdk.localedata (default en,nl)
#   KEEP_ROOTFS=1           keep the unpacked root file system next to the tarball (for inspection)
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'base-image: %s\n' "$*" >&2; exit 1; }

OUT=${1:-target/base-image/schakel-base.tar}
SUITE=${DEBIAN_SUITE:-bookworm}
MODULES=${JLINK_MODULES:-java.se,jdk.unsupported,jdk.management,jdk.management.agent,jdk.management.jfr,jdk.jfr,jdk.jcmd,jdk.localedata,jdk.charsets,jdk.naming.dns,jdk.net,jdk.zipfs,jdk.security.auth,jdk.security.jgss}
LOCALES=${JLINK_LOCALES:-en,nl}
APP_UID=1000
APP_GID=1000

[ "$(id -u)" -eq 0 ] || die "run as root: debootstrap and chroot need it"
command -v apt-get >/dev/null || die "needs a Debian-like machine with apt-get"

# --- tools ---------------------------------------------------------------------------------------------------------
if ! command -v debootstrap >/dev/null; then
  log "Installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

# --- which mirror: the one this machine's apt already uses (no host is written into this script) -------------------
apt_site() { # $1 = suite; prints the first mirror URL apt knows for it
  # shellcheck disable=SC2016 # $(SITE) is apt's format syntax, not the shell's
  apt-get indextargets --format '$(SITE) $(RELEASE)' 'Created-By: Packages' 2>/dev/null \
    | awk -v s="$1" '$2 == s { print $1; exit }'
}
if [ -z "${DEBIAN_MIRROR:-}" ] && [ -z "$(apt_site "$SUITE")" ]; then
  apt-get update -qq || true
fi
MIRROR=${DEBIAN_MIRROR:-$(apt_site "$SUITE")}
[ -n "$MIRROR" ] || die "no apt source for '$SUITE' on this machine: set DEBIAN_MIRROR to a Debian mirror URL"
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-$(apt_site "$SUITE-security")}

# --- which JDK: the newest >= 21 that has jlink ----------------------------------------------------------------------
jdk_feature() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }'; }
if [ -z "${JLINK_JDK:-}" ]; then
  best=0
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/jlink" ] || continue
    feature=$(jdk_feature "$candidate") || continue
    if [ "${feature:-0}" -ge 21 ] && [ "$feature" -gt "$best" ]; then best=$feature; JLINK_JDK=$candidate; fi
  done
fi
if [ -z "${JLINK_JDK:-}" ] || [ ! -x "$JLINK_JDK/bin/jlink" ]; then die "no JDK >= 21 with jlink found: set JLINK_JDK"; fi
JAVA_FEATURE=$(jdk_feature "$JLINK_JDK")
[ "$JAVA_FEATURE" -ge 21 ] || die "$JLINK_JDK is Java $JAVA_FEATURE; Schakel needs 21 or newer"

mkdir -p "$(dirname "$OUT")"
OUT=$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")
WORK=$(mktemp -d "$(dirname "$OUT")/.build.XXXXXX")
ROOTFS=$WORK/rootfs
# Never delete through a mount: if debootstrap failed half-way it may have left /proc or /sys mounted in the root.
unmount_below() { findmnt -rn -o TARGET | grep "^$WORK/" | sort -r | xargs -r -n1 umount -l || true; }
cleanup() {
  unmount_below
  if [ "${KEEP_ROOTFS:-0}" = 1 ]; then log "Root file system kept in $ROOTFS"; else rm -rf --one-file-system "${WORK:?}"; fi
}
trap cleanup EXIT
# Runs a command inside the new root with its own /proc (the dynamic loader reads /proc/self/exe for $ORIGIN),
# in private mount and PID namespaces, so nothing stays mounted afterwards.
in_root() { unshare --mount --pid --fork --mount-proc="$ROOTFS/proc" chroot "$ROOTFS" "$@"; }

log "Debian $SUITE (minbase) from $MIRROR"
start=$(date +%s)
debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
  || { tail -n 30 "$WORK/debootstrap.log" >&2; die "debootstrap failed (log above)"; }

{
  echo "deb $MIRROR $SUITE main"
  echo "deb $MIRROR $SUITE-updates main"
  if [ -n "$SECURITY_MIRROR" ] && [ "$SECURITY_MIRROR" != none ]; then echo "deb $SECURITY_MIRROR $SUITE-security main"; fi
} >"$ROOTFS/etc/apt/sources.list"
if [ "$SECURITY_MIRROR" != none ]; then
  log "Applying $SUITE-updates and security updates"
  cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf" 2>/dev/null || true
  printf '#!/bin/sh\nexit 101\n' >"$ROOTFS/usr/sbin/policy-rc.d" && chmod 755 "$ROOTFS/usr/sbin/policy-rc.d"
  in_root /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c 'apt-get update -qq && apt-get -y -qq -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold upgrade' >"$WORK/upgrade.log" 2>&1 \
    || { tail -n 30 "$WORK/upgrade.log" >&2; die "apt-get upgrade in the new root failed (log above)"; }
  rm -f "$ROOTFS/usr/sbin/policy-rc.d"
fi

log "User $APP_UID, /data and /tmp"
in_root groupadd --gid "$APP_GID" schakel
in_root useradd --uid "$APP_UID" --gid "$APP_GID" --home-dir /home/schakel --create-home \
  --shell /usr/sbin/nologin --comment Schakel schakel
install -d -m 0750 -o "$APP_UID" -g "$APP_GID" "$ROOTFS/data"
install -d -m 1777 "$ROOTFS/tmp" && chmod 1777 "$ROOTFS/tmp"
# A container runtime supplies these at run time; the image keeps sane defaults for a plain chroot.
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$ROOTFS/etc/hosts"
: >"$ROOTFS/etc/resolv.conf"
: >"$ROOTFS/etc/hostname"
: >"$ROOTFS/etc/machine-id" 2>/dev/null || true

log "Java $JAVA_FEATURE runtime from $JLINK_JDK (jlink: $MODULES)"
locale_option=()
case ",$MODULES," in *,jdk.localedata,*) locale_option=(--include-locales="$LOCALES") ;; esac
"$JLINK_JDK/bin/jlink" --add-modules "$MODULES" "${locale_option[@]}" \
  --strip-debug --no-man-pages --no-header-files --compress=zip-6 --generate-cds-archive \
  --output "$ROOTFS/opt/java"

log "Smoke test: java -version inside the new root"
in_root /opt/java/bin/java -version 2>&1 | sed 's/^/    /' >&2

log "Trimming caches, documentation (keeping copyright files) and device nodes"
unmount_below
(cd "${ROOTFS:?}" && rm -rf --one-file-system \
  var/cache/apt/*.bin var/cache/apt/archives/*.deb var/cache/apt/archives/partial/* var/lib/apt/lists/* \
  var/log/*.log var/log/apt/* var/cache/debconf/*-old var/lib/dpkg/*-old \
  usr/share/man/* usr/share/info/* usr/share/locale/* usr/share/lintian \
  dev/* proc/* sys/* tmp/* var/tmp/*)
find "$ROOTFS/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
find "$ROOTFS/usr/share/doc" -mindepth 1 -type d -empty -delete

log "Packing the layer"
IMG=$WORK/image
mkdir -p "$IMG"
(cd "$ROOTFS" && find . -mindepth 1 -maxdepth 1 -printf '%P\0' | LC_ALL=C sort -z \
  | tar --create --file "$IMG/layer.tar" --null --files-from=- --sort=name --numeric-owner --format=gnu)
LAYER_SHA=$(sha256sum "$IMG/layer.tar" | cut -d' ' -f1)
mkdir -p "$IMG/$LAYER_SHA"
mv "$IMG/layer.tar" "$IMG/$LAYER_SHA/layer.tar"

CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
DEBIAN_VERSION=$(cat "$ROOTFS/etc/debian_version")
JAVA_VERSION=$(awk -F'"' '/^JAVA_VERSION=/ { print $2 }' "$ROOTFS/opt/java/release")
cat >"$IMG/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$CREATED",
"config":{"Env":["PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8","HOME=/home/schakel"],
"User":"$APP_UID:$APP_GID","WorkingDir":"/home/schakel",
"Labels":{"nl.schakel.base-image":"Debian $DEBIAN_VERSION minbase + Java $JAVA_VERSION (jlink) in /opt/java, by ops/base-image.sh"}},
"rootfs":{"type":"layers","diff_ids":["sha256:$LAYER_SHA"]},
"history":[{"created":"$CREATED","created_by":"ops/base-image.sh: debootstrap --variant=minbase $SUITE; jlink $JAVA_VERSION --add-modules $MODULES"}]}
JSON
CONFIG_SHA=$(sha256sum "$IMG/config.json" | cut -d' ' -f1)
mv "$IMG/config.json" "$IMG/$CONFIG_SHA.json"
printf '[{"Config":"%s.json","RepoTags":["schakel-base:latest"],"Layers":["%s/layer.tar"]}]\n' \
  "$CONFIG_SHA" "$LAYER_SHA" >"$IMG/manifest.json"

tar --create --file "$OUT.tmp" --directory "$IMG" --numeric-owner --owner=0 --group=0 \
  manifest.json "$CONFIG_SHA.json" "$LAYER_SHA/layer.tar"
mv "$OUT.tmp" "$OUT"
log "Wrote $OUT ($(du -h "$OUT" | cut -f1), Debian $DEBIAN_VERSION, Java $JAVA_VERSION) in $(( $(date +%s) - start )) s"
if [ "${KEEP_ROOTFS:-0}" = 1 ]; then rm -rf "$IMG"; fi
