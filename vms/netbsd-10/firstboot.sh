#!/bin/sh
# First boot of NetBSD's install ISO, once, from the shell sysinst exits to (the driver writes SW_KEY,
# root's public key, on the line above): the sets on the CD (cd0) are unpacked onto the virtio disk
# (ld0, one MBR partition, FFS), root logs in over SSH with that key only, the console is com0, and
# the machine powers off. The comp set stays: the suite needs cc.
set -eu
disk=ld0
mkdir -p /tmp/cd
mount -t cd9660 -o ro /dev/cd0a /tmp/cd
sets=/tmp/cd/amd64/binary/sets
fdisk -f -u -0 -a -s 169/2048 /dev/r${disk}d
fdisk -f -i -c /usr/mdec/mbr /dev/r${disk}d
sectors=$(fdisk -S /dev/r${disk}d | sed -n 's/^PART0SIZE=//p')
# a: the root file system over the whole NetBSD partition; the rest of the label as NetBSD made it.
disklabel ${disk} | sed '/^ *a:/d' > /tmp/label
printf ' a: %s 2048 4.2BSD 2048 16384 0\n' "$sectors" >> /tmp/label
disklabel -R -r ${disk} /tmp/label
newfs -O 2 /dev/r${disk}a
mount /dev/${disk}a /targetroot
for s in base comp etc kern-GENERIC man misc modules text; do
  [ -f "$sets/$s.tar.xz" ] && (cd /targetroot && tar -xpf "$sets/$s.tar.xz")
done
cp /usr/mdec/boot /targetroot/boot
installboot -v -o timeout=1,console=com0 /dev/r${disk}a /usr/mdec/bootxx_ffsv2
(cd /targetroot/dev && sh ./MAKEDEV all)
printf '/dev/%sa / ffs rw,log 1 1\n' "$disk" > /targetroot/etc/fstab
cat >> /targetroot/etc/rc.conf <<RC
rc_configured=YES
hostname=scalewatch
sshd=YES
dhcpcd=YES
dhcpcd_flags="-4"
ip6mode=none
RC
mkdir -p /targetroot/root/.ssh
chmod 700 /targetroot/root/.ssh
printf '%s\n' "$SW_KEY" > /targetroot/root/.ssh/authorized_keys
chmod 600 /targetroot/root/.ssh/authorized_keys
printf 'PermitRootLogin prohibit-password\nUseDNS no\n' >> /targetroot/etc/ssh/sshd_config
umount /targetroot
sync
poweroff
