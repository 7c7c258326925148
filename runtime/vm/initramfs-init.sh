#!/bin/busybox sh
# /init of the scalewatch initramfs fast path (Linux guests without a disk image).
# Runs the plan in /sw/plan.sh and writes everything on the second serial port (/dev/ttyS1), framed:
#   @@SW BEGIN <id>            an invocation starts (id: "meta" or the plan index)
#   <the suite's stdout lines, as they come>
#   @@SW STDERR <id> <line>    the last lines the invocation wrote on stderr
#   @@SW END <id> <code> <secs> [timeout]
#   @@SW DONE                  the plan is over; the guest powers off next
# The console (first serial port) carries the kernel's messages and this script's progress.
/bin/busybox --install -s /bin
export PATH=/bin:/sbin:/sw
mkdir -p /proc /sys /dev /tmp /run
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs -o size=75% tmpfs /tmp
ip link set lo up 2>/dev/null || ifconfig lo 127.0.0.1 up

# Limits the suite needs (see vms/debian-12/target.json): many descriptors, processes, ports.
sysctl -q -w fs.file-max=2097152 fs.nr_open=1048576 kernel.pid_max=4194304 kernel.threads-max=4194304 \
  net.ipv4.ip_local_port_range="1024 65535" net.core.somaxconn=65535 net.ipv4.tcp_max_syn_backlog=65535 >/dev/null 2>&1
ulimit -n 1048576 2>/dev/null || ulimit -n 65536
ulimit -u unlimited 2>/dev/null

stty -F /dev/ttyS1 raw -echo 115200 2>/dev/null
exec 3>/dev/ttyS1

GRACE=10
sw_invoke() {
  id=$1; limit=$2; shift 2
  echo "scalewatch: invocation $id: $*"
  echo "@@SW BEGIN $id" >&3
  t0=$(date +%s)
  if [ "$limit" -gt 0 ]; then
    timeout -s KILL $((limit + GRACE)) "$@" -d /tmp >&3 2>/tmp/stderr
  else
    "$@" >&3 2>/tmp/stderr
  fi
  code=$?
  t1=$(date +%s)
  tail -n 20 /tmp/stderr | while IFS= read -r l; do echo "@@SW STDERR $id $l"; done >&3
  late=""
  if [ "$limit" -gt 0 ] && [ $((t1 - t0)) -ge $((limit + GRACE)) ] && [ "$code" -ge 128 ]; then late=" timeout"; fi
  # A leading newline ends a partial last line of the suite, so the frame line stands alone.
  printf '\n@@SW END %s %s %s%s\n' "$id" "$code" $((t1 - t0)) "$late" >&3
}
sw_meta() {
  echo "@@SW BEGIN meta" >&3
  /sw/swbench meta -T "$1" >&3 2>/tmp/stderr
  code=$?
  tail -n 20 /tmp/stderr | while IFS= read -r l; do echo "@@SW STDERR meta $l"; done >&3
  printf '\n@@SW END meta %s 0\n' "$code" >&3
}

echo "scalewatch: guest up, running the plan"
cd /tmp
. /sw/plan.sh
echo "@@SW DONE" >&3
echo "scalewatch: plan done, powering off"
sync
poweroff -f
