#!/usr/bin/env bash
# Install the Debian packages scalewatch's build and tests need on this host, through the machine's
# own apt configuration. Idempotent: packages already installed are not fetched again.
# Usage: sudo scripts/setup.sh            (the suite and unit tests)
#        sudo scripts/setup.sh --vm       (also what the VM tests need)
#        sudo scripts/setup.sh --crosscheck   (also the reference tools of npm run bench:crosscheck)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

packages=(make gcc libc6-dev clang bmake procps util-linux chromium)
# Opt-in, so CI stays lean: the tools scripts/crosscheck.js compares the suite's figures with.
crosscheck_packages=(linux-perf stress-ng wrk)
for arg in "$@"; do
  if [[ $arg == --crosscheck ]]; then packages+=("${crosscheck_packages[@]}"); fi
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: installing packages needs root; run: sudo $0 $*" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ${1:-} == --vm && -x $here/setup-vm.sh ]]; then
  "$here/setup-vm.sh"
fi
echo "setup: host packages ready"
