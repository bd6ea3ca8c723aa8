#!/usr/bin/env bash
# Service-level load test for sanctag: starts the packaged fast-jar with a container-like JVM,
# drives POST /tag (5 KB article) and GET /q/health/live (the framework's ceiling) with wrk at
# 1, 8 and 64 connections, reads the process RSS, stops the app and writes a Markdown table to
# bench/load/results.md. Works from any directory. Needs root for `apt-get install wrk` only
# when wrk is missing.
#
# Knobs (environment variables, all optional):
#   PORT=NNNN          port to use (default: a free loopback port); fails if it is busy
#   CONNS="1 8 64"     connection counts       THREADS=2    wrk threads
#   DURATION=10        seconds per measured run WARMUP=8    seconds of warm-up per endpoint
#   CONTAINER_MEM=512m memory limit the JVM believes it has (-XX:MaxRAM), heap = 75 % of it,
#                      as the Dockerfile's -XX:MaxRAMPercentage=75
#   GC=serial          serial | g1 | default (what a <1792 MB container gets is serial; see README)
#   JAVA_OPTS=...      extra JVM flags          APP_ROOT=dir  another checkout/copy to run
#   XMN=64m            young generation size, as the Dockerfile (XMN= for the JVM's own choice)
#   RESULTS=file       where to write the table (default bench/load/results.md)
#   KEEP_LOGS=1        keep wrk outputs and the app log (their directory is printed)
#   WRK_BODY_FILE=f, WRK_CONTENT_TYPE=t   another POST body (e.g. article-5k.txt as text/plain)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="${APP_ROOT:-$(cd "$HERE/../.." && pwd)}"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
RESULTS="${RESULTS:-$HERE/results.md}"
CONNS="${CONNS:-1 8 64}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-8}"
CONTAINER_MEM="${CONTAINER_MEM:-512m}"
GC="${GC:-serial}"
BODY="${WRK_BODY_FILE:-$HERE/article-5k.json}"

die() { echo "run.sh: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

# ---- wrk ----------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk with apt-get"
    [ "$(id -u)" = 0 ] || die "wrk is missing and installing it needs root (apt-get install wrk)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q wrk >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; } \
        || die "could not install wrk with apt-get"
fi
command -v curl >/dev/null 2>&1 || die "curl is needed to probe readiness"

# ---- the application ----------------------------------------------------------------------
if [ ! -f "$JAR" ]; then
    log "no $JAR: building (./mvnw -B -q package -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests) || die "the build failed"
    [ -f "$JAR" ] || die "the build finished but $JAR is still missing"
fi
newer="$(find "$ROOT/src/main" "$ROOT/rules" -newer "$JAR" -type f 2>/dev/null | head -3 || true)"
if [ -n "$newer" ]; then
    echo "run.sh: warning: sources are newer than the jar (e.g. ${newer%%$'\n'*}); the numbers are" \
         "for the jar as built at $(date -r "$JAR" '+%F %T'). Rebuild with ./mvnw -B -q package -DskipTests." >&2
fi
[ -f "$BODY" ] || die "request body $BODY is missing"

port_busy() { ss -Htln "sport = :$1" 2>/dev/null | grep -q . ; }
if [ -n "${PORT:-}" ]; then
    port_busy "$PORT" && die "port $PORT is busy (something listens on it: $(ss -Htlnp "sport = :$PORT" | head -1)); pick another PORT or leave it unset"
else
    for _ in $(seq 1 50); do
        candidate=$(( 20000 + RANDOM % 40000 ))
        if ! port_busy "$candidate"; then PORT=$candidate; break; fi
    done
    [ -n "${PORT:-}" ] || die "found no free port"
fi

case "$GC" in
    serial)  GC_FLAG="-XX:+UseSerialGC" ;;
    g1)      GC_FLAG="-XX:+UseG1GC" ;;
    parallel) GC_FLAG="-XX:+UseParallelGC" ;;
    default) GC_FLAG="" ;;
    *) die "GC must be serial, g1, parallel or default, not '$GC'" ;;
esac
# The Dockerfile's heap flags (MaxRAMPercentage, Xmn64m), with MaxRAM standing in for the limit;
# XMN= (empty) leaves the young generation to the JVM, to see what the flag is worth.
XMN="${XMN-64m}"
JVM_FLAGS="-XX:MaxRAM=$CONTAINER_MEM -XX:MaxRAMPercentage=75.0${XMN:+ -Xmn$XMN}${GC_FLAG:+ $GC_FLAG}${JAVA_OPTS:+ $JAVA_OPTS}"

LOAD_BEFORE="$(cut -d" " -f1-3 /proc/loadavg)"
WORK="$(mktemp -d /tmp/sanctag-load.XXXXXX)"
APP_PID=""
WRK_PID=""
cleanup() {
    local rc=$?
    [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -0 "$APP_PID" 2>/dev/null && { echo "run.sh: app did not stop on SIGTERM; killing it" >&2; kill -KILL "$APP_PID" 2>/dev/null || true; }
    fi
    if [ "${KEEP_LOGS:-0}" = 1 ] || [ "$rc" != 0 ]; then
        echo "run.sh: logs kept in $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Run a snapshot of the fast-jar, so a `mvn package` by someone else during the run cannot pull
# the classes out from under the app.
cp -r "$(dirname "$JAR")" "$WORK/quarkus-app" || die "could not copy $(dirname "$JAR")"
log "starting $JAR (a copy in $WORK) on 127.0.0.1:$PORT with $JVM_FLAGS"
# shellcheck disable=SC2086  # JVM_FLAGS is a list of words on purpose
java $JVM_FLAGS \
    -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -jar "$WORK/quarkus-app/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
APP_PID=$!

started=$(date +%s%N)
ready=""
for _ in $(seq 1 150); do          # up to ~30 s
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        wait "$APP_PID" && status=0 || status=$?
        { grep -m 5 -E 'ERROR|Exception' "$WORK/app.log"; echo "..."; tail -5 "$WORK/app.log"; } >&2
        die "the app exited (status $status) before it was ready; the start of its log is above, all of it in $WORK/app.log"
    fi
    if curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/q/health/ready"; then ready=1; break; fi
    sleep 0.2
done
if [ -z "$ready" ]; then
    tail -20 "$WORK/app.log" >&2
    die "the app did not become ready on /q/health/ready within 30 s (log above)"
fi
ss -Htlnp "sport = :$PORT" | grep -q "pid=$APP_PID," \
    || die "port $PORT answers, but not from the app we started (pid $APP_PID); is it busy?"
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
idle_rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
log "ready in ${ready_ms} ms (idle RSS $((idle_rss_kb / 1024)) MB)"

# Sanity: the article is tagged and answered 200 before we measure anything.
code=$(curl -s -o "$WORK/tag.json" -w '%{http_code}' -H "Content-Type: ${WRK_CONTENT_TYPE:-application/json}" \
    --data-binary @"$BODY" "http://127.0.0.1:$PORT/tag")
[ "$code" = 200 ] || die "POST /tag answered $code, not 200: $(head -c 300 "$WORK/tag.json")"
resp_bytes=$(wc -c <"$WORK/tag.json")
body_bytes=$(wc -c <"$BODY")

URL_POST="http://127.0.0.1:$PORT/tag"
URL_LIVE="http://127.0.0.1:$PORT/q/health/live"
export WRK_BODY_FILE="$BODY"

# The app's CPU time (user + system, clock ticks) so far: with other work on the machine, CPU
# per request is a steadier measure of the request path's cost than req/s.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" "$WORK/$1.txt" | head -1; }
TICK_HZ=$(getconf CLK_TCK)
app_ticks() { sed 's/.*) //' "/proc/$APP_PID/stat" | awk '{print $12 + $13}'; }

# wrk needs at least one connection per thread.
wrk_run() {  # label script url conns seconds
    local threads=$THREADS before after
    [ "$4" -lt "$threads" ] && threads=$4
    before=$(app_ticks)
    # In the background and waited for, so that a signal runs the cleanup at once, not after wrk.
    WRK_LABEL="$1" wrk -t"$threads" -c"$4" -d"$5s" --timeout 2s -s "$HERE/$2" "$3" >"$WORK/$1.txt" 2>&1 &
    WRK_PID=$!
    wait "$WRK_PID" || { cat "$WORK/$1.txt" >&2; die "wrk failed for $1"; }
    WRK_PID=""
    after=$(app_ticks)
    echo "CPU app_ticks=$((after - before)) tick_hz=$TICK_HZ" >>"$WORK/$1.txt"
}
cpu_us_per_req() {  # label
    awk -v t="$(sed -n 's/^CPU app_ticks=\([0-9]*\).*/\1/p' "$WORK/$1.txt")" -v hz="$TICK_HZ" \
        -v n="$(field "$1" requests)" 'BEGIN { printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }'
}

log "warm-up: ${WARMUP}s POST /tag, ${WARMUP}s GET /q/health/live (64 connections)"
wrk_run warmup-post post.lua "$URL_POST" 64 "$WARMUP"
wrk_run warmup-live get.lua "$URL_LIVE" 64 "$WARMUP"

# Interleaved, so both endpoints see the same background load at each connection count.
for c in $CONNS; do
    for ep in post live; do
        if [ "$ep" = post ]; then script=post.lua; url=$URL_POST; else script=get.lua; url=$URL_LIVE; fi
        log "$ep: $c connections, ${DURATION}s"
        wrk_run "$ep-$c" "$script" "$url" "$c" "$DURATION"
        grep '^RESULT' "$WORK/$ep-$c.txt" >&2 || die "no RESULT line from wrk for $ep-$c"
    done
done

rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status")
kill -TERM "$APP_PID"
for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
kill -0 "$APP_PID" 2>/dev/null && die "the app did not stop within 10 s of SIGTERM"
APP_PID=""

# ---- the table ----------------------------------------------------------------------------
{
    echo "# sanctag load test"
    echo
    echo "$(date '+%F %T %Z'), $(nproc) cores shared with other work (load average before: $LOAD_BEFORE), numbers ±30 %."
    echo "JVM: \`java $JVM_FLAGS\` ($(java -version 2>&1 | head -1)), heap = 75 % of $CONTAINER_MEM;"
    echo "jar built $(date -r "$JAR" '+%F %T'). wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), $THREADS threads, ${DURATION} s per run after ${WARMUP} s warm-up per endpoint, interleaved."
    echo "POST body: $(basename "$BODY") as ${WRK_CONTENT_TYPE:-application/json} ($body_bytes bytes; answer $resp_bytes bytes). Errors = connect + read + write + timeout + non-2xx;"
    echo "app CPU µs/req = the app process's user+system CPU during the run ÷ requests (steadier than req/s on a busy machine)."
    echo
    echo "| endpoint | connections | req/s | p50 ms | p99 ms | errors | app CPU µs/req |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for c in $CONNS; do
        for ep in post live; do
            name="POST /tag"; [ "$ep" = live ] && name="GET /q/health/live"
            printf '| %s | %s | %.0f | %.2f | %.2f | %s | %s |\n' "$name" "$c" \
                "$(field "$ep-$c" rps)" "$(field "$ep-$c" p50_ms)" "$(field "$ep-$c" p99_ms)" "$(field "$ep-$c" errors)" \
                "$(cpu_us_per_req "$ep-$c")"
        done
    done
    echo
    echo "| connections | POST /tag ÷ GET /q/health/live (req/s) |"
    echo "| ---: | ---: |"
    for c in $CONNS; do
        awk -v a="$(field "post-$c" rps)" -v b="$(field "live-$c" rps)" -v c="$c" \
            'BEGIN { printf "| %s | %.2f |\n", c, (b > 0 ? a / b : 0) }'
    done
    echo
    echo "RSS after the runs: VmRSS $((rss_kb / 1024)) MB, peak VmHWM $((hwm_kb / 1024)) MB (idle after start: $((idle_rss_kb / 1024)) MB; ready in ${ready_ms} ms)."
} >"$WORK/results.md"
cat "$WORK/results.md"
cp "$WORK/results.md" "$RESULTS"
log "table written to $RESULTS"
