#!/bin/sh
# Debian 12: a C compiler and make, and the limits the suite needs (see target.json).
# Run as root in the guest before the suite is built; safe to run again.
set -eu
if ! command -v cc >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends gcc make libc6-dev
fi
# The maximum number of open files (the socket/bind/connect/http curves), processes (fork),
# pids and local ports (connect at large n). All can be set at run time on Linux.
sysctl -q -w fs.file-max=2097152 fs.nr_open=1048576 kernel.pid_max=4194304 kernel.threads-max=4194304
sysctl -q -w net.ipv4.ip_local_port_range="1024 65535" net.core.somaxconn=65535 net.ipv4.tcp_max_syn_backlog=65535
