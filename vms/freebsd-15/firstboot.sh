#!/bin/sh
# First boot of FreeBSD's published image (nuageinit runs this user-data script), once, before the prepared image is cached (the driver
# writes SW_KEY, root's public key, on the line above). Root logs in over SSH with that key only;
# the console stays on the serial port; the machine powers off when done.
set -eu
mkdir -p /root/.ssh
chmod 700 /root/.ssh
printf '%s\n' "$SW_KEY" > /root/.ssh/authorized_keys
chmod 600 /root/.ssh/authorized_keys
sysrc sshd_enable=YES sendmail_enable=NONE >/dev/null
printf 'PermitRootLogin prohibit-password\nUseDNS no\n' >> /etc/ssh/sshd_config
sysrc -f /boot/loader.conf console=comconsole autoboot_delay=1 >/dev/null
# The image grows its file system to the disk at every boot where it has room; nothing else to fetch:
# cc (clang) and make are in the base system.
sync
shutdown -p now
