#!/bin/sh
# OpenBSD 7: cc (clang) and make are in the base system. The driver runs this as root (root logs in
# with the key the first boot gave it). kern.maxfiles and kern.maxproc can be
# raised at run time; the per-process limits come from login.conf for users, and root's shell
# raises them with ulimit before the suite runs (the driver does that).
set -eu
sysctl kern.maxfiles=200000 kern.maxproc=20000 >/dev/null
sysctl kern.somaxconn=4096 >/dev/null
sysctl net.inet.ip.portfirst=1024 >/dev/null
