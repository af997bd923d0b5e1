#!/usr/bin/env bash
# Installs the test dependencies from Debian's packages when they are missing:
# Go 1.19 (the oracle, with its sources: the conformance suite and the ABI spec), binutils, gdb.
set -euo pipefail
need=()
for pkg in golang-1.19-go golang-1.19-src binutils gdb; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "install-deps: installing ${need[*]}" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi
