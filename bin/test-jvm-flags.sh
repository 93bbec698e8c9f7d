#!/usr/bin/env bash
# Checks the launcher's choice of compiler flags (bin/jvm-flags.sh) on inputs of a few sizes.
# Run by .ci/run; no JVM, a second.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bin/jvm-flags.sh"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
head -c 1000000 /dev/zero > "$dir/small.csv"      # about 7,000 rows
head -c 17000000 /dev/zero > "$dir/large.csv"     # past 16 MB (about 120,000 rows)
failures=0
expect() { # expect FLAGS ARGS...: what mixite_jit_flags prints for the arguments
  local want=$1 got
  shift
  got=$(mixite_jit_flags "$@")
  if [ "$got" != "$want" ]; then
    echo "jvm-flags: '$*' (MIXITE_JAVA_OPTS='${MIXITE_JAVA_OPTS:-}'): expected '${want:-tiered}', got '${got:-tiered}'" >&2
    failures=$((failures + 1))
  fi
}
C1=-XX:TieredStopAtLevel=1
memory_kb() { echo 25000000; } # 24 GB: a large input still fits the default heap
unset MIXITE_JAVA_OPTS
expect "$C1" report --input "$dir/large.csv" --out "$dir/out"     # report holds it: C1 alone
expect "$C1" analyze -i "$dir/large.csv"
expect "$C1" demo --out "$dir/out"
expect "" egapro --input "$dir/large.csv"                         # a few long loops: tiered
expect "" validate --input="$dir/large.csv"
expect "$C1" egapro --input "$dir/small.csv"                      # small: C1 alone for any command
expect "$C1" validate --input="$dir/small.csv"
expect "" egapro -i "$dir/small.csv" "$dir/large.csv" --format json  # inputs add up
expect "" report --stream --input "$dir/large.csv" --out "$dir/out" # streams record objects
expect "$C1" report --stream --input "$dir/small.csv"
expect "" serve --port 8080                                       # runs for long
expect "$C1" report --input "$dir/missing.csv"                    # nothing to measure: small
expect "$C1" --version
memory_kb() { echo 200000; } # 195 MB: a 17 MB CSV needs more than the default heap's room, so it streams
expect "" report --input "$dir/large.csv"
expect "$C1" report --input "$dir/small.csv"
memory_kb() { echo ""; }     # memory unknown: report keeps C1
expect "$C1" report --input "$dir/large.csv"
memory_kb() { echo 25000000; }
for opts in -Xmx1g "-XX:MaxRAMPercentage=50" -XX:TieredStopAtLevel=4 -XX:TieredStopAtLevel=1 -Xint "-XX:-TieredCompilation"; do
  MIXITE_JAVA_OPTS=$opts expect "" report --input "$dir/small.csv" # chosen by the user
done
if [ "$failures" -gt 0 ]; then
  echo "jvm-flags: $failures failure(s)" >&2
  exit 1
fi
echo "jvm-flags: the launcher's compiler choices hold"
