#!/usr/bin/env bash
# Pack the initramfs of the Linux fast path: busybox-static, the /init that runs the plan, the
# suite binaries built on the host (swbench with the shared libraries it links, swbench-static)
# and the plan itself. The guest needs no disk image and no network.
#
#   runtime/vm/build-initramfs.sh SUITE_BUILD_DIR PLAN_SH OUT.cpio.gz [KEY=BUILD_DIR ...]
# SUITE_BUILD_DIR holds swbench and (optionally) swbench-static and goes to /sw; each KEY=BUILD_DIR
# is another build of the suite, laid out the same, and goes to /sw-KEY (KEY: a lowercase letter,
# then up to 30 lowercase letters, digits or dashes). PLAN_SH is sourced by /init.
set -euo pipefail
usage='usage: build-initramfs.sh SUITE_BUILD_DIR PLAN_SH OUT [KEY=BUILD_DIR ...]'
suite=${1:?$usage}
plan=${2:?$usage}
out=${3:?$usage}
shift 3
here=$(cd "$(dirname "$0")" && pwd)

# Every build as "DEST BUILD_DIR": the main one first.
builds=("sw" "$suite")
for extra in "$@"; do
  key=${extra%%=*}
  dir=${extra#*=}
  if [ "$key" = "$extra" ] || ! [[ $key =~ ^[a-z][a-z0-9-]{0,30}$ ]]; then
    echo "build-initramfs: \"$extra\" is not KEY=BUILD_DIR with a valid key; $usage" >&2
    exit 2
  fi
  builds+=("sw-$key" "$dir")
done
for ((i = 1; i < ${#builds[@]}; i += 2)); do
  if [ ! -f "${builds[i]}/swbench" ]; then
    echo "build-initramfs: ${builds[i]} has no swbench" >&2
    exit 1
  fi
done

busybox=
for b in /bin/busybox /usr/bin/busybox; do
  if [ -x "$b" ] && ! ldd "$b" >/dev/null 2>&1; then busybox=$b; break; fi
done
if [ -z "$busybox" ]; then
  echo "build-initramfs: no static busybox found; install busybox-static (scripts/setup.sh --qemu)" >&2
  exit 1
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,dev,proc,sys,tmp,run,sw,etc}
cp "$busybox" "$root/bin/busybox"
install -m 0755 "$here/initramfs-init.sh" "$root/init"
install -m 0644 "$plan" "$root/sw/plan.sh"
for ((i = 0; i < ${#builds[@]}; i += 2)); do
  dest=$root/${builds[i]}
  build=${builds[i + 1]}
  mkdir -p "$dest"
  install -m 0755 "$build/swbench" "$dest/swbench"
  if [ -f "$build/swbench-static" ]; then install -m 0755 "$build/swbench-static" "$dest/swbench-static"; fi
  # The dynamic binary runs with the host's own loader and libraries, copied at their paths.
  ldd "$build/swbench" 2>/dev/null | grep -oE '/[^ ]+' | sort -u | while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
done
: > "$root/etc/passwd"

(cd "$root" && find . -print0 | sort -z | cpio --null -o -H newc --quiet --reproducible) | gzip -1 > "$out.tmp"
mv "$out.tmp" "$out"
