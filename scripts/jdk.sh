# Sourced by ./jgo and ./test.sh: exports JAVA_HOME as a JDK 25 or newer, or exits 2.
# The machine's default java may be older (17 here), so JAVA_HOME is trusted only if new enough.

java_major() { # prints the feature version of the java at $1/bin/java, or nothing
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -d "$d" ] && candidates+=("$d")
  done
  local c v
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v="$(java_major "$c")"
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then echo "$c"; return 0; fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk)"; then
  echo "jgo: no JDK 25 or newer found (looked at JAVA_HOME and /usr/lib/jvm); install one, e.g. a Temurin 25 JDK" >&2
  exit 2
fi
export JAVA_HOME
