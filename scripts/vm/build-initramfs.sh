#!/usr/bin/env bash
# Pack the initramfs of the Linux fast path: busybox-static, the /init that runs the plan, the
# suite binaries built on the host (swbench with the shared libraries it links, swbench-static)
# and the plan itself. The guest needs no disk image and no network.
#
#   scripts/vm/build-initramfs.sh SUITE_BUILD_DIR PLAN_SH OUT.cpio.gz
# SUITE_BUILD_DIR holds swbench and (optionally) swbench-static; PLAN_SH is sourced by /init.
set -euo pipefail
suite=${1:?usage: build-initramfs.sh SUITE_BUILD_DIR PLAN_SH OUT}
plan=${2:?usage: build-initramfs.sh SUITE_BUILD_DIR PLAN_SH OUT}
out=${3:?usage: build-initramfs.sh SUITE_BUILD_DIR PLAN_SH OUT}
here=$(cd "$(dirname "$0")" && pwd)

busybox=
for b in /bin/busybox /usr/bin/busybox; do
  if [ -x "$b" ] && ! ldd "$b" >/dev/null 2>&1; then busybox=$b; break; fi
done
if [ -z "$busybox" ]; then
  echo "build-initramfs: no static busybox found; install busybox-static (scripts/setup-vm.sh)" >&2
  exit 1
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,dev,proc,sys,tmp,run,sw,etc}
cp "$busybox" "$root/bin/busybox"
install -m 0755 "$here/initramfs-init.sh" "$root/init"
install -m 0644 "$plan" "$root/sw/plan.sh"
install -m 0755 "$suite/swbench" "$root/sw/swbench"
[ -f "$suite/swbench-static" ] && install -m 0755 "$suite/swbench-static" "$root/sw/swbench-static"

# The dynamic binary runs with the host's own loader and libraries, copied at their paths.
ldd "$suite/swbench" 2>/dev/null | grep -oE '/[^ ]+' | sort -u | while read -r lib; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
: > "$root/etc/passwd"

(cd "$root" && find . -print0 | sort -z | cpio --null -o -H newc --quiet --reproducible) | gzip -1 > "$out.tmp"
mv "$out.tmp" "$out"
