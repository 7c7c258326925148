#!/usr/bin/env bash
# Start libvirtd and virtlogd for the vagrant driver's libvirt provider on a machine without systemd
# (CI, containers), as root. Idempotent: does nothing when they already run.
#
#   runtime/vm/start-libvirt.sh [NETNS]
#
# With NETNS, libvirtd runs inside that network namespace (created here if missing), so the
# guests' management network (a NAT bridge with private addresses) exists only there; run vagrant
# and ssh in it too (the vagrant driver does with SCALEWATCH_NETNS=NETNS).
# libvirt's QEMU driver is told to run QEMU as root: otherwise every libvirt call re-probes QEMU's
# capabilities for seconds as a changing user, and images under root's cache are unreadable.
set -euo pipefail
ns=${1:-}
[ "$(id -u)" -eq 0 ] || { echo "start-libvirt: must run as root" >&2; exit 1; }

conf=/etc/libvirt/qemu.conf
if ! grep -q '^user = "root"' "$conf"; then
  printf '\n# scalewatch (runtime/vm/start-libvirt.sh): run QEMU as root\nuser = "root"\ngroup = "root"\n' >> "$conf"
fi

if [ -n "$ns" ]; then
  ip netns list | grep -qw "$ns" || ip netns add "$ns"
  ip netns exec "$ns" ip link set lo up
  run=(ip netns exec "$ns")
else
  run=()
fi

pgrep -x virtlogd >/dev/null || virtlogd -d
if ! pgrep -x libvirtd >/dev/null; then
  "${run[@]}" libvirtd -d
fi
for _ in $(seq 1 50); do
  if virsh -c qemu:///system version >/dev/null 2>&1; then
    echo "start-libvirt: libvirtd answers${ns:+ (network namespace $ns)}"
    exit 0
  fi
  sleep 0.2
done
echo "start-libvirt: libvirtd did not answer within 10 s" >&2
exit 1
