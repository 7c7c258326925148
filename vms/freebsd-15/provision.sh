#!/bin/sh
# FreeBSD 14 and 15: the base system has cc (clang) and make (bmake); nothing to install.
# kern.maxproc is a boot-time tunable (loader.conf), not writable at run time: it is written for the
# next boot and the suite runs with the box's default (about 6000 at 2 GiB, enough for fork at
# n=3000). The other limits are raised at run time.
set -eu
grep -q '^kern.maxproc=' /boot/loader.conf 2>/dev/null || echo 'kern.maxproc="100000"' >> /boot/loader.conf
sysctl kern.maxfiles=2000000 kern.maxfilesperproc=1000000 kern.maxprocperuid=100000 >/dev/null
sysctl kern.ipc.somaxconn=65535 kern.ipc.maxsockets=2000000 >/dev/null || true
sysctl net.inet.ip.portrange.first=1024 net.inet.ip.portrange.last=65535 >/dev/null
