#!/bin/sh
# In the Debian guest image: install the root SSH key the host passed on the kernel command line
# (sw.key=<base64 ed25519 public key>), so every run logs in with a key made for that run only.
set -eu
for word in $(cat /proc/cmdline); do
  case "$word" in
    sw.key=*)
      mkdir -p /root/.ssh
      chmod 0700 /root/.ssh
      echo "ssh-ed25519 ${word#sw.key=} scalewatch-run" > /root/.ssh/authorized_keys
      chmod 0600 /root/.ssh/authorized_keys
      ;;
  esac
done
