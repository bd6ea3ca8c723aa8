#!/usr/bin/env bash
# Articles per second: NDJSON batches of BATCH_SIZE (100) 5 KB articles against single POST /tag
# requests of the same article, side by side on one running fast-jar (the Dockerfile's JVM flags,
# as run.sh), loopback, wrk with the same threads and connections for both, interleaved ROUNDS times.
# Connection policy: CONNS connections for both (default 8: enough to keep both cores busy; a batch
# keeps one worker thread busy per connection, so more connections only queue).
# Usage: bench/load/batch-vs-single.sh   (knobs: CONNS=8 THREADS=2 DURATION=10 ROUNDS=2 BATCH_SIZE=100 PORT=)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CONNS="${CONNS:-8}"; THREADS="${THREADS:-2}"; DURATION="${DURATION:-10}"; ROUNDS="${ROUNDS:-2}"
export BATCH_SIZE="${BATCH_SIZE:-100}"
PORT="${PORT:-$(( 20000 + RANDOM % 40000 ))}"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
WORK="$(mktemp -d /tmp/sanctag-batch.XXXXXX)"
cp -r "$(dirname "$JAR")" "$WORK/quarkus-app"
java -XX:MaxRAM=512m -XX:MaxRAMPercentage=75.0 -Xmn64m -XX:+UseSerialGC \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -jar "$WORK/quarkus-app/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill -TERM $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 150); do
    curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/q/health/ready" && break
    sleep 0.2
done
URL="http://127.0.0.1:$PORT/tag"
lines=$(curl -s -H 'Content-Type: application/x-ndjson' --data-binary @<(for _ in $(seq 1 "$BATCH_SIZE"); do cat "$HERE/article-5k.json"; echo; done) "$URL" | wc -l)
[ "$lines" = "$BATCH_SIZE" ] || { echo "a batch answered $lines lines, not $BATCH_SIZE" >&2; exit 1; }
run() {  # label script seconds -> prints rps
    WRK_LABEL="$1" wrk -t"$THREADS" -c"$CONNS" -d"$3s" --timeout 5s -s "$HERE/$2" "$URL" >"$WORK/$1.txt" 2>&1
    sed -n 's/.* rps=\([^ ]*\).* p99_ms=\([^ ]*\).* errors=\([^ ]*\).*/\1 \2 \3/p' "$WORK/$1.txt"
}
export WRK_BODY_FILE="$HERE/article-5k.json"
run warm-single post.lua 5 >/dev/null; run warm-batch batch.lua 5 >/dev/null
echo "| round | single req/s = articles/s | single p99 ms | batch req/s | batch articles/s | batch p99 ms | errors | batch ÷ single |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for r in $(seq 1 "$ROUNDS"); do
    read -r s_rps s_p99 s_err <<<"$(run "single-$r" post.lua "$DURATION")"
    read -r b_rps b_p99 b_err <<<"$(run "batch-$r" batch.lua "$DURATION")"
    awk -v r="$r" -v s="$s_rps" -v sp="$s_p99" -v b="$b_rps" -v bp="$b_p99" -v n="$BATCH_SIZE" -v e="$((s_err + b_err))" \
        'BEGIN { printf "| %d | %.0f | %.2f | %.1f | %.0f | %.1f | %d | %.2f |\n", r, s, sp, b, b * n, bp, e, b * n / s }'
done
