#!/bin/sh
# NetBSD 10: cc (gcc) and make are in the base system (with the comp set, which boxes ship).
# kern.maxfiles and kern.maxproc are writable at run time; root's shell raises the per-process
# limits with ulimit before the suite runs.
set -eu
# sshd gives a non-interactive session a minimal PATH on this box; sysctl lives in /sbin.
PATH=/sbin:/usr/sbin:/bin:/usr/bin:/usr/pkg/sbin:/usr/pkg/bin
export PATH
sysctl -w kern.maxfiles=200000 kern.maxproc=20000 >/dev/null
sysctl -w kern.somaxconn=4096 >/dev/null || true
sysctl -w net.inet.ip.anonportmin=1024 net.inet.ip.anonportmax=65535 >/dev/null
