#!/usr/bin/env bash
# Wrap a BSD target's prepared image (src/vm/qemu/image/prepare.ts: the OS project's own image after its
# first boot) as a Vagrant box for the libvirt provider, and write a box catalog for `vagrant box add`,
# so the box carries a pinned version without any box registry. Root logs in with the key kept beside
# the prepared image; the box's Vagrantfile says so, and that BSD base systems have sh, not bash.
#
#   runtime/vm/build-image-box.sh CACHE_DIR BOX_NAME VERSION PREPARED_DISK IDENTITY_FILE DISK_BUS
#     -> prints the catalog's path
set -euo pipefail
usage="usage: build-image-box.sh CACHE_DIR BOX_NAME VERSION PREPARED_DISK IDENTITY_FILE DISK_BUS"
cache=${1:?$usage}
name=${2:?$usage}
version=${3:?$usage}
disk=${4:?$usage}
identity=${5:?$usage}
bus=${6:?$usage}
[[ $bus =~ ^(virtio|ide)$ ]] || { echo "build-image-box: a box's disk bus must be virtio or ide, not $bus" >&2; exit 2; }

file=${name//\//-}.box
key=$(basename "$(dirname "$disk")")-$(sha256sum "$0" | cut -c1-8)
dir="$cache/box-${name//\//-}-$key"
catalog="$dir/catalog-$version.json"
if [ -f "$dir/$file" ] && [ -f "$catalog" ]; then echo "$catalog"; exit 0; fi

work=$(mktemp -d "$cache/.box.XXXXXX")
trap 'rm -rf --one-file-system "$work"' EXIT
mkdir -p "$work/box"
# A box holds one standalone disk: the prepared overlay and the image under it, flattened.
qemu-img convert -O qcow2 "$disk" "$work/box/box.img"
size_gb=$(( ($(qemu-img info --output=json "$work/box/box.img" | sed -n 's/.*"virtual-size": *\([0-9]*\).*/\1/p') + (1 << 30) - 1) >> 30 ))
printf '{"provider":"libvirt","format":"qcow2","virtual_size":%s}\n' "$size_gb" > "$work/box/metadata.json"
cat > "$work/box/Vagrantfile" <<RUBY
# Box defaults: root logs in with the key of the image's first boot; BSD base systems have no bash.
Vagrant.configure("2") do |config|
  config.ssh.username = "root"
  config.ssh.private_key_path = "$identity"
  config.ssh.insert_key = false
  config.ssh.shell = "sh"
  config.vm.provider :libvirt do |libvirt|
    libvirt.disk_bus = "$bus"
  end
end
RUBY
(cd "$work/box" && tar -cf "$work/$file" metadata.json Vagrantfile box.img)
sum=$(sha256sum "$work/$file" | cut -d' ' -f1)
mkdir -p "$dir"
mv "$work/$file" "$dir/$file"
cat > "$catalog" <<JSON
{"name":"$name","versions":[{"version":"$version","providers":[{"name":"libvirt","url":"file://$dir/$file","checksum_type":"sha256","checksum":"$sum"}]}]}
JSON
echo "$catalog"
