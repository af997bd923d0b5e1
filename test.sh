#!/usr/bin/env bash
# Runs jgo's tests: installs what they need when missing (Go 1.19 as the oracle, binutils),
# then the Maven test suite. JGO_TIER=fast skips the slow tiers (conformance, fuzzing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$root/scripts/jdk.sh"
"$root/scripts/install-deps.sh"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
cd "$root"
exec mvn -B -ntp test -Djgo.tier="${JGO_TIER:-all}" "$@"
