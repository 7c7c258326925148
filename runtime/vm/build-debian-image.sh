#!/usr/bin/env bash
# Build the Debian 12 guest disk image from Debian packages with mmdebstrap, through this machine's
# own apt sources (no mirror address is written here). Used by the qemu driver's image mode and,
# wrapped as a box, by the vagrant driver. Cached by the content of this script.
#
#   runtime/vm/build-debian-image.sh CACHE_DIR   -> prints CACHE_DIR/debian-12-image-<hash>/ with
#       disk.qcow2   ext4 root filesystem (no partition table), root=/dev/vda
#       vmlinuz, initrd.img   the guest's own kernel and initramfs (booted directly: no bootloader)
#
# Logins: root with the key passed on the kernel command line as sw.key=<base64 ed25519 key>
# (a new key for each run), and vagrant/vagrant with Vagrant's public insecure key and sudo.
set -euo pipefail
cache=${1:?usage: build-debian-image.sh CACHE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
# Vagrant's public insecure key, from the installed vagrant package (not kept in this repository).
insecure=$(dpkg -L vagrant 2>/dev/null | grep '/keys/vagrant.pub$' | head -n1 || true)
[ -n "$insecure" ] && [ -f "$insecure" ] || { echo "build-debian-image: vagrant is not installed (its insecure public key is needed); run scripts/setup.sh --vagrant" >&2; exit 1; }
hash=$(cat "$0" "$here/guest-key-from-cmdline.sh" "$insecure" | sha256sum | cut -c1-12)
out="$cache/debian-12-image-$hash"
if [ -f "$out/disk.qcow2" ]; then echo "$out"; exit 0; fi
mkdir -p "$cache"

# The machine's apt sources: deb822 or one-line format, whichever it has.
sources=
for f in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
  if [ -s "$f" ] && grep -qv '^\s*#' "$f"; then sources=$f; break; fi
done
[ -n "$sources" ] || { echo "build-debian-image: no apt sources found on this machine" >&2; exit 1; }

work=$(mktemp -d "$cache/.debian-image.XXXXXX")
# A build killed half way can leave mmdebstrap's mounts (proc, sys) in the tree: unmount them
# before removing it, and never cross into another file system.
cleanup() {
  { grep -o " $work/[^ ]*" /proc/mounts 2>/dev/null || true; } | sort -r | while read -r m; do umount -l "$m" || true; done
  rm -rf --one-file-system "$work" || true
}
trap cleanup EXIT
root="$work/root"

packages=linux-image-amd64,initramfs-tools,systemd-sysv,udev,openssh-server,sudo,gcc,make,libc6-dev,procps,iproute2,kmod
mmdebstrap --variant=minbase --include="$packages" \
  --customize-hook='echo swguest > "$1/etc/hostname" && printf "127.0.0.1 localhost\n127.0.1.1 swguest\n::1 localhost ip6-localhost\n" > "$1/etc/hosts"' \
  --customize-hook='echo "LABEL=swroot / ext4 rw,noatime 0 1" > "$1/etc/fstab"' \
  --customize-hook='mkdir -p "$1/etc/systemd/network" && printf "[Match]\nName=en* eth*\n[Network]\nDHCP=ipv4\n" > "$1/etc/systemd/network/50-dhcp.network"' \
  --customize-hook='chroot "$1" systemctl enable systemd-networkd ssh >/dev/null 2>&1' \
  --customize-hook='for u in apt-daily.timer apt-daily-upgrade.timer man-db.timer e2scrub_all.timer fstrim.timer systemd-timesyncd.service getty@tty1.service; do chroot "$1" systemctl mask $u >/dev/null 2>&1 || true; done' \
  --customize-hook="install -m 0755 '$here/guest-key-from-cmdline.sh' \"\$1/usr/local/sbin/sw-key\"" \
  --customize-hook='printf "[Unit]\nDescription=scalewatch: root key from the kernel command line\nBefore=ssh.service\n[Service]\nType=oneshot\nExecStart=/usr/local/sbin/sw-key\n[Install]\nWantedBy=multi-user.target\n" > "$1/etc/systemd/system/sw-key.service" && chroot "$1" systemctl enable sw-key.service >/dev/null 2>&1' \
  --customize-hook='chroot "$1" useradd -m -s /bin/bash vagrant && echo "vagrant:vagrant" | chroot "$1" chpasswd' \
  --customize-hook='echo "vagrant ALL=(ALL) NOPASSWD: ALL" > "$1/etc/sudoers.d/vagrant" && chmod 0440 "$1/etc/sudoers.d/vagrant"' \
  --customize-hook="mkdir -p \"\$1/home/vagrant/.ssh\" && install -m 0600 '$insecure' \"\$1/home/vagrant/.ssh/authorized_keys\" && chroot \"\$1\" chown -R vagrant:vagrant /home/vagrant/.ssh && chmod 0700 \"\$1/home/vagrant/.ssh\"" \
  --customize-hook='printf "UseDNS no\nPasswordAuthentication yes\n" > "$1/etc/ssh/sshd_config.d/scalewatch.conf"' \
  --customize-hook='rm -f "$1"/var/cache/apt/archives/*.deb' \
  bookworm "$root" "$sources"

mkdir -p "$work/out"
cp -L "$root/vmlinuz" "$work/out/vmlinuz" 2>/dev/null || cp "$root"/boot/vmlinuz-* "$work/out/vmlinuz"
cp -L "$root/initrd.img" "$work/out/initrd.img" 2>/dev/null || cp "$root"/boot/initrd.img-* "$work/out/initrd.img"
mke2fs -q -t ext4 -L swroot -d "$root" "$work/disk.raw" 4G
qemu-img convert -O qcow2 "$work/disk.raw" "$work/out/disk.qcow2"
rm -rf "$out"
mv "$work/out" "$out"
echo "$out"
