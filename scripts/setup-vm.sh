#!/usr/bin/env bash
# Install every Debian package the VM drivers and their tests need, through the machine's own apt
# configuration. Idempotent and quick when everything is already there: CI calls it on every run.
#
#   bash scripts/setup-vm.sh            # as root (CI, the project's machines)
#
# The guest kernel is NOT installed into the host's /boot: scripts/vm/fetch-kernel.sh unpacks the
# Debian kernel package into the cache with `apt-get download` + `dpkg-deb -x`.
set -euo pipefail

packages=(
  qemu-system-x86 qemu-utils           # the qemu driver and libvirt's emulator
  busybox-static cpio                  # the initramfs fast path
  mmdebstrap e2fsprogs                 # guest disk images and boxes built from Debian packages
  syslinux syslinux-common mtools      # a bootloader written without mounting anything
  openssh-client iproute2              # ssh/ssh-keygen to reach guests; ip netns for libvirt's network
  vagrant vagrant-libvirt              # the vagrant driver (libvirt provider)
  libvirt-daemon-system libvirt-daemon-driver-qemu libvirt-clients dnsmasq-base iptables
  build-essential                      # static suite binaries for the initramfs, built on the host
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# The guest kernel and images are fetched through apt later (apt-get download, mmdebstrap): they
# need package lists even when nothing is missing here.
if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup-vm: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-vm: missing packages (${missing[*]}); run as root to install them" >&2
  exit 1
fi

echo "setup-vm: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# An old or empty package list makes apt-get install fail; refresh it once.
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup-vm: done"
