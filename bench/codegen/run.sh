#!/usr/bin/env bash
# Code-generation benchmark: builds each program in bench/codegen/programs with gc and with jgo
# under -abi=register and -abi=stack, checks that the three print the same, runs each several
# times and prints the median wall-clock times and their ratios, then hello world's binary size
# and `jgo build` time. Usage: bench/codegen/run.sh [runs]   (default 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
go="${GO:-$(command -v go || echo /usr/lib/go-1.19/bin/go)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# median of the wall-clock seconds of $runs runs of "$@" (output discarded)
median() {
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = a[int((NR + 1) / 2)]; printf "%.3f", m / 1000 }'
}

"$root/jgo" version >/dev/null   # builds the jar once, outside the timings
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each, median seconds"
printf '%-8s %8s %10s %10s %9s %12s\n' program gc jgo-reg jgo-stack reg/gc stack/reg
results="$work/results"
for src in "$root"/bench/codegen/programs/*.go; do
  name="$(basename "$src" .go)"
  "$go" build -o "$work/$name.gc" "$src"
  "$root/jgo" build -abi=register -o "$work/$name.reg" "$src"
  "$root/jgo" build -abi=stack -o "$work/$name.stack" "$src"
  want="$("$work/$name.gc" 2>&1)"
  for abi in reg stack; do
    if [[ "$("$work/$name.$abi" 2>&1)" != "$want" ]]; then
      echo "$name: jgo -abi=$abi prints something else than gc" >&2
      exit 1
    fi
  done
  gc=$(median "$work/$name.gc")
  reg=$(median "$work/$name.reg")
  stack=$(median "$work/$name.stack")
  echo "$name $gc $reg $stack" >> "$results"
  awk -v n="$name" -v g="$gc" -v r="$reg" -v s="$stack" \
    'BEGIN { printf "%-8s %8.3f %10.3f %10.3f %9.2f %12.2f\n", n, g, r, s, r / g, s / r }'
done
awk '{ lg += log($3 / $2); ls += log($4 / $3); n++ }
     END { printf "geomean: jgo-reg/gc %.2f, jgo-stack/jgo-reg %.2f (register ABI %.1f%% faster than stack)\n",
           exp(lg / n), exp(ls / n), (1 - 1 / exp(ls / n)) * 100 }' "$results"

hello="$root/examples/hello"
build_time=$(median "$root/jgo" build -o "$work/hello" "$hello")
echo "hello world: $(stat -c %s "$work/hello") bytes; jgo build (JVM start included): ${build_time} s"
