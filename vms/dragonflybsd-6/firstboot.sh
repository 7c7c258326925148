#!/bin/sh
# First boot of DragonFly's live ISO, once, as root on the live system (the driver writes SW_KEY, root's
# public key, on the line above): the live system is copied onto the IDE disk (ad0) as the installer
# does it, /boot on UFS and the root on HAMMER2, root logs in over SSH with that key only, the console is
# the serial port, and the machine powers off.
set -eu
disk=ad0
fdisk -IB ${disk}
disklabel64 -r -w ${disk}s1 auto
disklabel64 -B ${disk}s1
disklabel64 ${disk}s1 > /tmp/label
# a: /boot (1 GiB, UFS); b: swap (1 GiB); d: the root (the rest, HAMMER2).
cat >> /tmp/label <<LABEL
  a: 1G 0 4.2BSD
  b: 1G * swap
  d: * * HAMMER2
LABEL
disklabel64 -R ${disk}s1 /tmp/label
newfs /dev/${disk}s1a
newfs_hammer2 -L ROOT /dev/${disk}s1d
mount_hammer2 /dev/${disk}s1d@ROOT /mnt
mkdir -p /mnt/boot
mount /dev/${disk}s1a /mnt/boot
for d in bin boot COPYRIGHT etc lib libexec modules root sbin usr var; do
  [ -e /$d ] && cpdup -q /$d /mnt/$d
done
mkdir -p /mnt/dev /mnt/proc /mnt/tmp /mnt/mnt /mnt/home
chmod 1777 /mnt/tmp
cat > /mnt/etc/fstab <<FSTAB
/dev/${disk}s1d@ROOT / hammer2 rw 1 1
/dev/${disk}s1a /boot ufs rw 1 1
/dev/${disk}s1b none swap sw 0 0
proc /proc procfs rw 0 0
FSTAB
cat > /mnt/boot/loader.conf <<LOADER
vfs.root.mountfrom="hammer2:${disk}s1d@ROOT"
console="comconsole"
autoboot_delay="1"
beastie_disable="YES"
LOADER
cat >> /mnt/etc/rc.conf <<RC
hostname="scalewatch"
sshd_enable="YES"
sendmail_enable="NONE"
ifconfig_vtnet0="DHCP"
RC
mkdir -p /mnt/root/.ssh
chmod 700 /mnt/root/.ssh
printf '%s\n' "$SW_KEY" > /mnt/root/.ssh/authorized_keys
chmod 600 /mnt/root/.ssh/authorized_keys
printf 'PermitRootLogin prohibit-password\nUseDNS no\n' >> /mnt/etc/ssh/sshd_config
umount /mnt/boot
umount /mnt
sync
poweroff
