#!/usr/bin/env bash
# Front-end benchmark: parse throughput over GOROOT/src and parse+check throughput over the
# conformance suite's valid programs, in a warm JVM. Usage: bench/frontend/run.sh [warmups [rounds]]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/jdk.sh"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
cd "$root"
mvn -q -B test-compile >&2
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx4g -Djgo.root="$root" \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" dev.jgo.bench.FrontendBench "$@"
