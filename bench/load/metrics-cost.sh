#!/usr/bin/env bash
# What metrics cost per request: the same commit built twice, with Micrometer (the default) and
# with -Dquarkus.micrometer.enabled=false (no registry, no HTTP binder; sanctag records nothing),
# each jar driven in turn by wrk (POST /tag, 5 KB article, 2 threads, CONNS connections),
# alternating A B A B so that drift on a shared machine falls on both. Prints one line per run.
#
# Usage: bash bench/load/metrics-cost.sh   (from a clean tree: it copies HEAD to build the second jar)
# Knobs: CONNS=32 DURATION=10 WARMUP=5 ROUNDS=2 NOMETRICS_DIR=/tmp/sanctag-nometrics (reused if built)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CONNS=${CONNS:-32}; DURATION=${DURATION:-10}; WARMUP=${WARMUP:-5}; ROUNDS=${ROUNDS:-2}
OTHER=${NOMETRICS_DIR:-/tmp/sanctag-nometrics}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
if [ ! -f "$OTHER/target/quarkus-app/quarkus-run.jar" ]; then
    mkdir -p "$OTHER"
    git -C "$ROOT" archive HEAD | tar -x -C "$OTHER"
    (cd "$OTHER" && ./mvnw -B -q package -DskipTests -Dquarkus.micrometer.enabled=false)
fi
run() { # label jar
    local port pid
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    java -XX:MaxRAM=512m -XX:MaxRAMPercentage=75 -Xmn64m -XX:+UseSerialGC -Dquarkus.http.port="$port" \
        -Dquarkus.log.console.json.enabled=false -jar "$2" >/dev/null 2>&1 &
    pid=$!
    until curl -s -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do sleep 0.2; done
    wrk -t2 -c"$CONNS" -d"${WARMUP}s" -s "$HERE/post.lua" "http://127.0.0.1:$port/tag" >/dev/null 2>&1
    local out
    out=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -s "$HERE/post.lua" "http://127.0.0.1:$port/tag" 2>&1)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    local rps p50 p99
    rps=$(sed -n 's/^Requests\/sec: *//p' <<<"$out")
    p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
    echo "$1: $rps req/s, p50 $p50, p99 $p99 ($CONNS connections, ${DURATION}s)"
}
for round in $(seq "$ROUNDS"); do
    run "metrics on " "$ROOT/target/quarkus-app/quarkus-run.jar"
    run "metrics off" "$OTHER/target/quarkus-app/quarkus-run.jar"
done
