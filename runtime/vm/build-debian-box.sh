#!/usr/bin/env bash
# Wrap the Debian 12 guest image (build-debian-image.sh) as a Vagrant box for the libvirt provider
# and write a box catalog for `vagrant box add`, so the box carries a pinned version like a public
# one. The box boots its kernel directly (libvirt's <kernel>/<initrd>): the image has no bootloader.
#
#   runtime/vm/build-debian-box.sh CACHE_DIR BOX_NAME VERSION   -> prints the catalog's path
set -euo pipefail
cache=${1:?usage: build-debian-box.sh CACHE_DIR BOX_NAME VERSION}
name=${2:?usage: build-debian-box.sh CACHE_DIR BOX_NAME VERSION}
version=${3:?usage: build-debian-box.sh CACHE_DIR BOX_NAME VERSION}
here=$(cd "$(dirname "$0")" && pwd)

image=$(bash "$here/build-debian-image.sh" "$cache" | tail -n1)
key=$(basename "$image")-$(cat "$0" | sha256sum | cut -c1-8)
dir="$cache/box-$key"
catalog="$dir/catalog-$version.json"
if [ -f "$dir/debian-12.box" ] && [ -f "$catalog" ]; then echo "$catalog"; exit 0; fi

work=$(mktemp -d "$cache/.box.XXXXXX")
trap 'rm -rf --one-file-system "$work"' EXIT
mkdir -p "$work/box"
cp "$image/disk.qcow2" "$work/box/box.img"
cp "$image/vmlinuz" "$image/initrd.img" "$work/box/"
size_gb=$(( ($(qemu-img info --output=json "$image/disk.qcow2" | sed -n 's/.*"virtual-size": *\([0-9]*\).*/\1/p') + (1 << 30) - 1) >> 30 ))
printf '{"provider":"libvirt","format":"qcow2","virtual_size":%s}\n' "$size_gb" > "$work/box/metadata.json"
cat > "$work/box/Vagrantfile" <<'RUBY'
# Box defaults: boot the kernel and initramfs shipped beside the disk (the disk has no bootloader).
# The box lives only on the machine that built it, in a private network namespace: keep Vagrant's
# insecure key rather than spend a minute under TCG replacing it.
Vagrant.configure("2") do |config|
  config.ssh.insert_key = false
  config.vm.provider :libvirt do |libvirt|
    box_dir = File.dirname(__FILE__)
    libvirt.kernel = File.join(box_dir, "vmlinuz")
    libvirt.initrd = File.join(box_dir, "initrd.img")
    libvirt.cmd_line = "root=LABEL=swroot rw console=ttyS0 panic=1 loglevel=4"
    libvirt.disk_bus = "virtio"
  end
end
RUBY
(cd "$work/box" && tar -cf "$work/debian-12.box" metadata.json Vagrantfile box.img vmlinuz initrd.img)
sum=$(sha256sum "$work/debian-12.box" | cut -d' ' -f1)
mkdir -p "$dir"
mv "$work/debian-12.box" "$dir/debian-12.box"
cat > "$catalog" <<JSON
{"name":"$name","versions":[{"version":"$version","providers":[{"name":"libvirt","url":"file://$dir/debian-12.box","checksum_type":"sha256","checksum":"$sum"}]}]}
JSON
echo "$catalog"
