#!/usr/bin/env bash
# Rebuild dist/ from the sources as committed at HEAD, not as they are in the working tree: in a
# tree others are editing, that is the build CI will compare dist/ with. Then commit dist/.
# Usage: bash scripts/build-dist-head.sh && git add dist && git commit -m "dist/: rebuilt"
set -euo pipefail
cd "$(dirname "$0")/.."
# Inside the repository, so that the hard links below stay on one file system.
tmp=$(mktemp -d "$PWD/.dist-build.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
git archive HEAD | tar -x -C "$tmp"
# Hard links, not a symlink: esbuild names modules by their real path, and that must be node_modules/.
cp -al node_modules "$tmp/node_modules"
out=$PWD
(cd "$tmp" && node scripts/build-dist.js --outdir "$out/dist.new")
rm -rf dist && mv dist.new dist
git status --short dist
