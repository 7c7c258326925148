#!/usr/bin/env bash
# Unpack the Debian kernel that linux-image-amd64 currently points to into a cache directory,
# without installing it on the host: `apt-get download` + `dpkg-deb -x`, through the machine's own
# apt sources. Prints the directory holding vmlinuz (and the kernel's modules under lib/modules).
#
#   scripts/vm/fetch-kernel.sh CACHE_DIR     -> CACHE_DIR/kernel-<version>/{vmlinuz,root/}
set -euo pipefail
cache=${1:?usage: fetch-kernel.sh CACHE_DIR}
mkdir -p "$cache"

# The meta package depends on exactly one versioned image package, e.g. linux-image-6.1.0-56-amd64.
pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | grep -v unsigned | head -n1)
if [ -z "$pkg" ]; then
  echo "fetch-kernel: apt knows no linux-image-amd64; run apt-get update first" >&2
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
cp "$tmp"/root/boot/config-* "$tmp/config"
rm -rf "$tmp/root/boot" "$tmp"/*.deb
echo "$pkg $version" > "$tmp/VERSION"
rm -rf "$dir"
mv "$tmp" "$dir"
trap - EXIT
echo "$dir"
