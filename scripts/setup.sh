#!/usr/bin/env bash
# scalewatch's host set-up, the one module that the Action (before it measures), CI, `npm test` and
# people run: Debian or Ubuntu packages through the machine's own apt sources, and access to KVM and
# libvirt for the user who runs the guests. Idempotent: what is there is not fetched again.
#
#   bash scripts/setup.sh [GROUP ...] [--user NAME] [--dry-run]
#
# Groups (default --build --tests):
#   --build       the suite's build on this host: make, cc, libc headers (static binaries included)
#   --qemu        the qemu driver: QEMU, busybox-static and cpio (initramfs), mmdebstrap and the rest
#                 of a disk image, ssh; xz, bzip2 and genisoimage for the BSDs' published images
#   --vagrant     the vagrant driver with libvirt: vagrant, the vagrant-libvirt plugin, libvirt
#   --tests       what only the tests need: clang and bmake (the suite's portability checks), chromium
#   --crosscheck  the reference tools of npm run bench:crosscheck
#   --vm          --build --qemu --vagrant --tests (CI and the project's machines)
# --user NAME    give NAME read and write access to /dev/kvm (and, with --vagrant, to libvirt)
# --dry-run      print the commands that would run, change nothing (also SCALEWATCH_SETUP_DRY_RUN=1)
#
# Run as root, or as a user with passwordless sudo (a GitHub runner): privileged commands go
# through `sudo -n`. Without either, it names what is missing and the command to run, and exits 1.
#
# Vagrant: where the distribution has a vagrant package (Debian 12) it is installed with
# vagrant-libvirt from the same sources. Ubuntu 24.04 has neither; there the user adds HashiCorp's
# apt repository in an earlier step (as its install page shows; scalewatch writes no registry's
# address), and this installs vagrant from it, libvirt-dev, and the plugin with
# `vagrant plugin install vagrant-libvirt`. With no vagrant package in any source: exit 3.
set -euo pipefail

groups=()
user=
dry=${SCALEWATCH_SETUP_DRY_RUN:-0}
while (($#)); do
  case $1 in
    --build | --qemu | --vagrant | --tests | --crosscheck) groups+=("${1#--}") ;;
    --vm) groups+=(build qemu vagrant tests) ;;
    --user) user=${2:?setup: --user needs a name}; shift ;;
    --dry-run) dry=1 ;;
    *) echo "setup: unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
((${#groups[@]})) || groups=(build tests)
has() { [[ " ${groups[*]} " == *" $1 "* ]]; }

packages=()
has build && packages+=(make gcc libc6-dev build-essential procps util-linux)
has qemu && packages+=(
  qemu-system-x86 qemu-utils        # the qemu driver, and libvirt's emulator
  busybox-static cpio               # the initramfs fast path
  mmdebstrap e2fsprogs              # disk images and boxes built from the machine's packages
  syslinux syslinux-common mtools   # a bootloader written without mounting anything
  openssh-client iproute2           # ssh and ssh-keygen to reach guests; ip netns for libvirt
  xz-utils bzip2 genisoimage        # the BSDs' published images unpacked, their first boot's seed disk
)
has tests && packages+=(clang bmake chromium)
has crosscheck && packages+=(linux-perf stress-ng wrk)
libvirt=(libvirt-daemon-system libvirt-daemon-driver-qemu libvirt-clients dnsmasq-base iptables)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
# The version apt would install, or nothing when no source has the package.
candidate() { apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p' | grep -v '^(none)$' || true; }

if (($(id -u) == 0)); then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  sudo=(none)
fi
# Runs a command, as root when $1 is "root"; with --dry-run prints it instead.
step() {
  local who=$1
  shift
  local cmd=("$@")
  [[ $who == root && ${#sudo[@]} -gt 0 ]] && cmd=("${sudo[@]}" "${cmd[@]}")
  if ((dry)); then
    echo "setup: would run: ${cmd[*]}"
  elif [[ ${quiet:-0} == 1 ]]; then
    "${cmd[@]}" >/dev/null
  else
    "${cmd[@]}"
  fi
}

plugin=0
if has vagrant && ! installed vagrant && [[ -z $(candidate vagrant) && ${sudo[*]} != none ]]; then
  # A source added in an earlier step (HashiCorp's, on Ubuntu 24.04) is seen only after a refresh.
  echo "setup: no vagrant package in the package lists; refreshing them"
  step root apt-get update -qq
  refreshed=1
fi
if has vagrant; then
  packages+=("${libvirt[@]}")
  if installed vagrant || [[ -n $(candidate vagrant) ]]; then
    packages+=(vagrant)
    if [[ -n $(candidate vagrant-libvirt) ]] || installed vagrant-libvirt; then
      packages+=(vagrant-libvirt)
    else
      # HashiCorp's vagrant brings its own Ruby; the plugin's native part builds against libvirt.
      packages+=(libvirt-dev pkg-config gcc make)
      plugin=1
    fi
  else
    echo "setup: no apt source of this machine has a vagrant package (Ubuntu 24.04 and Debian 13 dropped it);" \
      "add HashiCorp's apt repository in a step before this one, as its install page shows, or use the qemu driver." >&2
    exit 3
  fi
fi

missing=()
for p in "${packages[@]}"; do
  installed "$p" || [[ " ${missing[*]} " == *" $p "* ]] || missing+=("$p")
done

if [[ ${sudo[*]} == none ]] && { ((${#missing[@]})) || [[ -n $user ]]; }; then
  echo "setup: ${missing[*]:-access for $user} needs root, and this user has no passwordless sudo; run: sudo bash $0 ${groups[*]/#/--}${user:+ --user $user}" >&2
  exit 1
fi

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  # An old or empty package list makes apt-get install fail; refresh it once.
  ((${refreshed:-0})) || step root apt-get update -qq
  quiet=1 step root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
elif [[ ${sudo[*]} != none ]] && ! compgen -G "/var/lib/apt/lists/*_Packages*" >/dev/null; then
  # Guest kernels and images come through apt later (apt-get download, mmdebstrap): they need lists.
  # (Without root or sudo there is nothing to do about it here; the fetch says so when it needs them.)
  step root apt-get update -qq
fi

if ((plugin)); then
  # Plugins are per user (~/.vagrant.d): install it for the user who will run vagrant.
  runner=${user:-$(id -un)}
  as_runner() {
    local who=self
    [[ $runner == "$(id -un)" ]] || { who=root; set -- runuser -u "$runner" -- "$@"; }
    step "$who" "$@"
  }
  if ((dry)) || ! as_runner vagrant plugin list 2>/dev/null | grep -q '^vagrant-libvirt '; then
    echo "setup: installing the vagrant-libvirt plugin for $runner"
    as_runner vagrant plugin install vagrant-libvirt
  fi
fi

if [[ -n $user ]]; then
  if [[ -e /dev/kvm ]]; then
    # A udev rule keeps the device open to everyone across its re-creation (GitHub's documented way on
    # its Linux runners); the chmod covers machines without udev, such as containers.
    rule=/etc/udev/rules.d/99-scalewatch-kvm.rules
    echo "setup: giving $user access to /dev/kvm"
    if [[ -d ${rule%/*} && ! -f $rule ]]; then
      step root sh -c "echo 'KERNEL==\"kvm\", GROUP=\"kvm\", MODE=\"0666\", OPTIONS+=\"static_node=kvm\"' > $rule"
      if command -v udevadm >/dev/null; then
        step root udevadm control --reload-rules || true
        step root udevadm trigger --name-match=kvm || true
      fi
    fi
    step root chmod 0666 /dev/kvm
  else
    echo "setup: this machine has no /dev/kvm; guests will run under QEMU's emulator (TCG), much slower"
  fi
  if has vagrant; then
    # Group membership takes effect at the next login only; the socket's mode lets this job in now.
    step root usermod -aG libvirt "$user" || true
    if [[ -S /var/run/libvirt/libvirt-sock ]]; then step root chmod 0666 /var/run/libvirt/libvirt-sock; fi
  fi
fi
echo "setup: ready (${groups[*]})"
