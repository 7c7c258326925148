#!/bin/sh
# DragonFly BSD 6: cc (gcc) and make are in the base system. As on FreeBSD, kern.maxproc is a
# boot-time tunable (written to loader.conf for the next boot); the rest is raised at run time.
set -eu
grep -q '^kern.maxproc=' /boot/loader.conf 2>/dev/null || echo 'kern.maxproc="100000"' >> /boot/loader.conf
sysctl kern.maxfiles=2000000 kern.maxfilesperproc=1000000 >/dev/null
sysctl kern.maxprocperuid=100000 >/dev/null || true
sysctl kern.ipc.somaxconn=65535 >/dev/null || true
sysctl net.inet.ip.portrange.first=1024 net.inet.ip.portrange.last=65535 >/dev/null
