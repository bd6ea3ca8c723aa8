#!/usr/bin/env bash
# Builds and runs the sanctag benchmarks (see bench/README.md).
#
#   bench/run.sh [JMH arguments...]        JMH, e.g. bench/run.sh MatchBenchmark -p rules=real -p text=5KB
#   bench/run.sh memory [--rules ...]      retained heap per engine and rule-set size (JOL)
#   bench/run.sh sanity [--rules ...]      hit counts of every engine on the same texts
#
# It installs the root project (./mvnw install -DskipTests, so the bench runs on the engine as it is
# in src/ now), packages bench/target/benchmarks.jar, then runs. SKIP_BUILD=1 reuses the last jar.
# JAVA_OPTS adds JVM options to the memory and sanity mains (default -Xmx8g).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "== installing the root project (./mvnw -B -q install -DskipTests)" >&2
  ./mvnw -B -q install -DskipTests
  echo "== packaging bench/target/benchmarks.jar" >&2
  ./mvnw -B -q -f bench/pom.xml package
fi

jar="$root/bench/target/benchmarks.jar"
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx8g}"
case "${1:-}" in
  memory)
    shift
    # JOL needs to attach to its own VM for exact object sizes, and the magic field offset
    # for record fields (Unsafe refuses record classes).
    exec java "${java_opts[@]}" -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true \
      -cp "$jar" org.sanctag.bench.MemoryReport "$@"
    ;;
  sanity)
    shift
    exec java "${java_opts[@]}" -cp "$jar" org.sanctag.bench.SanityCheck "$@"
    ;;
  *)
    exec java -jar "$jar" "$@"
    ;;
esac
