#!/usr/bin/env bash
# Unpack the kernel that the distribution's kernel meta package currently points to into a cache
# directory, without installing it on the host: `apt-get download` + `dpkg-deb -x`, through the
# machine's own apt sources. Prints the directory holding vmlinuz (and the image package's modules
# under root/lib/modules, where it has them).
#
#   runtime/vm/fetch-kernel.sh CACHE_DIR     -> CACHE_DIR/kernel-<package>-<version>/{vmlinuz,root/}
#
# Debian: linux-image-amd64 -> linux-image-6.1.0-N-amd64. Ubuntu (GitHub's runners): linux-image-virtual
# -> linux-image-6.8.0-N-generic, whose vmlinuz has serial, virtio and an initramfs loader built in,
# all the initramfs fast path needs; Ubuntu keeps the kernel's config and modules in another package.
set -euo pipefail
cache=${1:?usage: fetch-kernel.sh CACHE_DIR}
mkdir -p "$cache"

# The meta package depends on exactly one versioned image package.
pkg=
for meta in linux-image-amd64 linux-image-virtual; do
  pkg=$(apt-cache depends "$meta" 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | grep -v unsigned | head -n1 || true)
  [ -n "$pkg" ] && break
done
if [ -z "$pkg" ]; then
  echo "fetch-kernel: apt knows neither linux-image-amd64 (Debian) nor linux-image-virtual (Ubuntu); run apt-get update first" >&2
  exit 1
fi
version=$(apt-cache policy "$pkg" | sed -n 's/^ *Candidate: //p')
dir="$cache/kernel-$pkg-$version"
if [ -f "$dir/vmlinuz" ]; then
  echo "$dir"
  exit 0
fi

tmp=$(mktemp -d "$cache/.kernel.XXXXXX")
chmod 0755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download -qq "$pkg=$version" >/dev/null)
dpkg-deb -x "$tmp"/"$pkg"_*.deb "$tmp/root"
cp "$tmp"/root/boot/vmlinuz-* "$tmp/vmlinuz"
# Debian ships the config beside vmlinuz; Ubuntu in its modules package. Nothing reads it at run time.
cp "$tmp"/root/boot/config-* "$tmp/config" 2>/dev/null || true
rm -rf "$tmp/root/boot" "$tmp"/*.deb
echo "$pkg $version" > "$tmp/VERSION"
rm -rf "$dir"
mv "$tmp" "$dir"
trap - EXIT
echo "$dir"
