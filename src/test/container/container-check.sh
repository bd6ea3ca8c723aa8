#!/usr/bin/env bash
# End-to-end check of the sanctag container image: builds it with podman on a locally made
# JRE 17 base image (no registry needed), runs it, and checks what unit tests cannot see:
# the image starts and serves, runs as non-root with java as PID 1, takes a mounted rule file on a
# read-only root filesystem and reloads it when it is replaced, refuses a broken one, and stops
# promptly on SIGTERM.
#
# Usage (from anywhere, as root on Debian 12; installs what is missing with apt-get):
#   bash src/test/container/container-check.sh
# Expects the fast-jar in target/quarkus-app (packages it with ./mvnw if it is absent).
#
# Tunables (environment): CHECK_READY_TIMEOUT (seconds, default 60), DEBIAN_MIRROR.
# Containers it starts are always removed; the images (base and localhost/sanctag:test) are kept
# so that the next run is fast.
#
# Output: one PASS/FAIL line per check, then "container-check: N passed, M failed".
# Exit status: 0 only if nothing failed.

# No `set -e`: a failed check must be counted and reported, not end the run silently.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
cd "$ROOT" || exit 1

BASE_IMAGE=localhost/debian-jre17:local
IMAGE=localhost/sanctag:test
READY_TIMEOUT=${CHECK_READY_TIMEOUT:-60}
# Above quarkus.shutdown.timeout (10 s), so that a drain is never cut short by SIGKILL.
STOP_TIMEOUT=15
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
BUNDLED_RULES=rules/un-dprk-luxury.yaml
ARTICLE=$HERE/dprk-limousine-article.json
BROKEN_RULES=$HERE/broken-rules.yaml

# The project's own podman settings (runc, no default ulimits): see containers.conf for why.
export CONTAINERS_CONF=$HERE/containers.conf

passed=0
failed=0
containers=()
WORK=

pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
info() { echo "  .. $*"; }
step() { echo "== $*"; }

# Integer milliseconds: $EPOCHREALTIME would follow the locale's decimal separator.
now_ms() { echo $(($(date +%s%N) / 1000000)); }
secs() { printf '%d.%03d s' $(($1 / 1000)) $(($1 % 1000)); }

cleanup() {
  local c
  for c in "${containers[@]}"; do
    podman rm -f -t 0 "$c" >/dev/null 2>&1 || true
  done
  if [ -n "$WORK" ] && [ -d "$WORK" ]; then
    # debootstrap mounts proc/sys (and may bind /dev) inside the rootfs; if it was interrupted
    # they can still be mounted. Unmount, and never let rm cross into another filesystem.
    umount -R "$WORK"/rootfs/proc "$WORK"/rootfs/sys "$WORK"/rootfs/dev >/dev/null 2>&1 || true
    rm -rf --one-file-system "$WORK"
  fi
}

finish() {
  local status=$?
  cleanup
  echo "container-check: $passed passed, $failed failed"
  if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then status=1; fi
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

# A check that everything after it depends on failed: report it and stop.
abort() {
  fail "$*"
  exit 1
}

# Logs are captured into a variable before grep -q: under pipefail, grep -q closing the pipe
# early would fail the producer with SIGPIPE and turn a match into a miss.

# Prints the part of a container's log that explains a failure, indented: its error lines
# (a Java stack trace's tail says little), or else its last lines.
show_logs() {
  local log
  log=$(podman logs "$1" 2>&1)
  if grep -q -E 'ERROR|Caused by:' <<<"$log"; then
    printf '%s\n' "$log" | grep -E 'ERROR|Caused by:' | head -n 8
  else
    printf '%s\n' "$log" | tail -n "${2:-15}"
  fi | cut -c1-300 | sed 's/^/     | /'
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# http_get URL OUTFILE -> prints the status code ("000" if no answer).
http_get() {
  curl -s --max-time 5 -o "$2" -w '%{http_code}' "$1" 2>/dev/null || true
}

# run_container NAME PORT [podman run options...]: detached, published on loopback only.
run_container() {
  local name=$1 port=$2
  shift 2
  containers+=("$name")
  podman rm -f -t 0 "$name" >/dev/null 2>&1 || true
  podman run -d --name "$name" -p "127.0.0.1:$port:8080" "$@" "$IMAGE" >/dev/null
}

# wait_ready NAME PORT: polls readiness for at most READY_TIMEOUT seconds.
# Returns 0 when ready (sets READY_MS), 1 if the container exited first, 2 on timeout.
wait_ready() {
  local name=$1 port=$2 start code
  start=$(now_ms)
  while [ $(($(now_ms) - start)) -lt $((READY_TIMEOUT * 1000)) ]; do
    code=$(http_get "http://127.0.0.1:$port/q/health/ready" /dev/null)
    if [ "$code" = 200 ]; then
      READY_MS=$(($(now_ms) - start))
      return 0
    fi
    if [ "$(podman inspect -f '{{.State.Running}}' "$name" 2>/dev/null)" != true ]; then
      return 1
    fi
    sleep 0.25
  done
  return 2
}

# json_check FILE EXPR...: runs python assertions on a JSON document; prints the first
# failing reason. Keeps JSON parsing out of grep.
json_check() {
  python3 - "$@" <<'PY'
import json, sys

path, checks = sys.argv[1], sys.argv[2:]
try:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
except Exception as e:
    print(f"not JSON: {e}")
    sys.exit(1)

def walk(node):
    """Yields every (key, value) pair at any depth, so checks do not pin the response layout."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield k, v
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)

def field(name):
    # A top-level field wins; otherwise any nested occurrence (e.g. per passage).
    if isinstance(doc, dict) and name in doc:
        return [doc[name]]
    return [v for k, v in walk(doc) if k == name]

def strings():
    out = []
    def rec(n):
        if isinstance(n, dict):
            for v in n.values(): rec(v)
        elif isinstance(n, list):
            for v in n: rec(v)
        elif isinstance(n, str):
            out.append(n)
    rec(doc)
    return out

for check in checks:
    kind, _, arg = check.partition(":")
    if kind == "json":
        continue
    if kind == "status-up":
        if not (isinstance(doc, dict) and doc.get("status") == "UP"):
            print(f"status is {doc.get('status') if isinstance(doc, dict) else doc!r}, not UP"); sys.exit(1)
    elif kind == "true":
        if True not in field(arg):
            print(f'"{arg}" is {field(arg) or "absent"}, not true'); sys.exit(1)
    elif kind == "eq":
        name, _, want = arg.partition("=")
        if want not in field(name):
            print(f'"{name}" is {field(name) or "absent"}, not "{want}"'); sys.exit(1)
    elif kind == "category":
        # Under any "category"/"categories" key, as a string or a list element.
        found = [v for k, v in walk(doc) if "categor" in k.lower()
                 and (v == arg or (isinstance(v, list) and arg in v))]
        if not found:
            print(f'category "{arg}" not named in the answer'); sys.exit(1)
    elif kind == "value":
        if arg not in strings():
            print(f'no value "{arg}" anywhere in the answer'); sys.exit(1)
    else:
        print(f"unknown check {check}"); sys.exit(2)
PY
}

# ---------------------------------------------------------------------------------------------
step "tools"
# Only what this script calls; skipped entirely when all are present (the fast path).
missing=()
for tool in podman:podman buildah:buildah runc:runc debootstrap:debootstrap curl:curl python3:python3; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  info "installing: ${missing[*]}"
  [ "$(id -u)" = 0 ] || abort "tools: missing ${missing[*]} and not root, cannot apt-get install"
  t0=$(now_ms)
  # Recommends stay on: podman needs netavark (a Recommends of containers-common) to publish ports.
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null &&
         DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }; then
    abort "tools: apt-get install ${missing[*]} failed"
  fi
  info "installed in $(secs $(($(now_ms) - t0)))"
fi
pass "tools: podman $(podman version -f '{{.Client.Version}}' 2>/dev/null), runc, debootstrap, curl, python3 present"

WORK=$(mktemp -d /var/tmp/sanctag-container-check.XXXXXX)
chmod 755 "$WORK"

# ---------------------------------------------------------------------------------------------
step "base image $BASE_IMAGE"
# No registry is assumed reachable, so the JRE base is made from Debian packages. It is
# reused across runs: building it costs about a minute and ~100 MB of downloads.
if podman image exists "$BASE_IMAGE"; then
  pass "base image: $BASE_IMAGE already present, reused"
else
  t0=$(now_ms)
  rootfs=$WORK/rootfs
  if ! timeout 1200 debootstrap --variant=minbase --include=openjdk-17-jre-headless \
      bookworm "$rootfs" "$DEBIAN_MIRROR" >"$WORK/debootstrap.log" 2>&1; then
    tail -n 20 "$WORK/debootstrap.log" | sed 's/^/     | /'
    abort "base image: debootstrap failed (mirror $DEBIAN_MIRROR)"
  fi
  [ -x "$rootfs/usr/bin/java" ] || abort "base image: debootstrap finished but the rootfs has no /usr/bin/java"
  # Package caches are dead weight in an image.
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  if ! tar -C "$rootfs" -c . | podman import --quiet \
      --message "debootstrap bookworm minbase + openjdk-17-jre-headless" - "$BASE_IMAGE" >/dev/null; then
    abort "base image: podman import failed"
  fi
  rm -rf --one-file-system "$rootfs"
  pass "base image: built $BASE_IMAGE in $(secs $(($(now_ms) - t0)))"
fi
info "base image size: $(podman image inspect -f '{{.Size}}' "$BASE_IMAGE" | numfmt --to=iec)"

# ---------------------------------------------------------------------------------------------
step "application package"
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  info "target/quarkus-app/quarkus-run.jar missing: packaging"
  t0=$(now_ms)
  timeout 1200 ./mvnw -B -q package -DskipTests || abort "package: ./mvnw package failed"
  info "packaged in $(secs $(($(now_ms) - t0)))"
fi
[ -f target/quarkus-app/quarkus-run.jar ] || abort "package: no target/quarkus-app/quarkus-run.jar"
pass "package: target/quarkus-app/quarkus-run.jar present"

# ---------------------------------------------------------------------------------------------
step "image $IMAGE"
previous=$(podman image inspect -f '{{.Id}}' "$IMAGE" 2>/dev/null || true)
t0=$(now_ms)
if ! timeout 600 podman build --build-arg BASE_IMAGE="$BASE_IMAGE" -t "$IMAGE" . >"$WORK/build.log" 2>&1; then
  tail -n 20 "$WORK/build.log" | sed 's/^/     | /'
  abort "image build: podman build failed"
fi
# Repeated runs would otherwise leave one untagged image per build behind. Only the image this
# script built last time is removed, never anything else on the machine.
if [ -n "$previous" ] && [ "$previous" != "$(podman image inspect -f '{{.Id}}' "$IMAGE")" ]; then
  podman rmi "$previous" >/dev/null 2>&1 || true
fi
pass "image build: $IMAGE built in $(secs $(($(now_ms) - t0))), size $(podman image inspect -f '{{.Size}}' "$IMAGE" | numfmt --to=iec)"

# ---------------------------------------------------------------------------------------------
step "run with the bundled rules"
main=sanctag-check-$$-main
port=$(free_port)
# A memory limit plus -XshowSettings:vm (through JDK_JAVA_OPTIONS, as users would add flags)
# lets the log show the heap size the JVM derived from the container's limit.
t0=$(now_ms)
if ! run_container "$main" "$port" --memory=512m -e JDK_JAVA_OPTIONS=-XshowSettings:vm; then
  abort "start: podman run failed"
fi
wait_ready "$main" "$port"
case $? in
  0) pass "ready: /q/health/ready answered 200 after $(secs "$READY_MS") (run to ready: $(secs $(($(now_ms) - t0))))"
     main_ready=true ;;
  1) fail "ready: container exited before becoming ready (exit code $(podman inspect -f '{{.State.ExitCode}}' "$main"))"
     show_logs "$main"; main_ready=false ;;
  *) fail "ready: /q/health/ready not 200 within ${READY_TIMEOUT}s"
     show_logs "$main"; main_ready=false ;;
esac

# The checks below need the running container; the rule-file runs after them do not.
if [ "$main_ready" = true ]; then
  code=$(http_get "http://127.0.0.1:$port/q/health/live" "$WORK/live.json")
  if [ "$code" != 200 ]; then
    fail "liveness: GET /q/health/live answered $code, expected 200"
  elif why=$(json_check "$WORK/live.json" status-up); then
    pass "liveness: GET /q/health/live 200, status UP"
  else
    fail "liveness: $why"
  fi

  code=$(curl -s --max-time 10 -o "$WORK/tag.json" -w '%{http_code}' \
    -H 'Content-Type: application/json' --data-binary "@$ARTICLE" "http://127.0.0.1:$port/tag" 2>/dev/null || true)
  if [ "$code" != 200 ]; then
    fail "tag: POST /tag answered ${code:-nothing}, expected 200"
    head -c 600 "$WORK/tag.json" 2>/dev/null | sed 's/^/     | /'; echo
  elif why=$(json_check "$WORK/tag.json" true:flagged eq:relevance=high category:vehicles); then
    pass "tag: POST /tag 200, flagged, relevance high, category vehicles"
  else
    fail "tag: $why"
    head -c 600 "$WORK/tag.json" | sed 's/^/     | /'; echo
  fi

  uid_exec=$(timeout 20 podman exec "$main" id -u 2>/dev/null | tr -d '\r')
  uid_java=$(timeout 20 podman exec "$main" cat /proc/1/status 2>/dev/null | awk '/^Uid:/ { print $2 }')
  if [ -n "$uid_exec" ] && [ "$uid_exec" != 0 ] && [ -n "$uid_java" ] && [ "$uid_java" != 0 ]; then
    pass "non-root: exec runs as uid $uid_exec, PID 1 runs as uid $uid_java"
  else
    fail "non-root: exec uid '${uid_exec}', PID 1 uid '${uid_java}' (expected non-zero)"
  fi

  cmdline=$(timeout 20 podman exec "$main" cat /proc/1/cmdline 2>/dev/null | tr '\0' ' ')
  pid1=${cmdline%% *}
  if [ "${pid1##*/}" = java ]; then
    pass "PID 1: java (${cmdline:0:100}...)"
  else
    fail "PID 1: '${cmdline:-?}' is not java, so SIGTERM would not reach the JVM directly"
  fi

  # "Max. Heap Size (Estimated): 384.00M" with a 512 MiB limit; without the cap it would be
  # a quarter of the host's RAM.
  logs=$(podman logs "$main" 2>&1)
  heap=$(printf '%s\n' "$logs" | sed -n 's/.*Max\. Heap Size (Estimated): *//p' | head -n 1)
  if ! grep -q 'Picked up JDK_JAVA_OPTIONS' <<<"$logs"; then
    fail "JVM options: JDK_JAVA_OPTIONS was not picked up by java"
  elif [[ $heap =~ ^([0-9.]+)M$ ]] && awk -v m="${BASH_REMATCH[1]}" 'BEGIN { exit !(m > 0 && m < 512) }'; then
    pass "heap cap: JDK_JAVA_OPTIONS honoured, max heap $heap under a 512 MiB container limit"
  else
    fail "heap cap: max heap '${heap:-unknown}' is not below the 512 MiB container limit"
  fi

  # Stopped under load: 32 keep-alive clients post articles while podman stop sends SIGTERM;
  # every request sent before it must be answered (reliability.py counts the lost ones).
  t0=$(now_ms)
  drain=$(timeout $((STOP_TIMEOUT + 60)) python3 "$ROOT/bench/load/reliability.py" shutdown --port "$port" \
    --stop "timeout $((STOP_TIMEOUT + 20)) podman stop -t $STOP_TIMEOUT $main >/dev/null 2>&1" 2>&1)
  drain_rc=$?
  stop_ms=$(($(now_ms) - t0 - 3000))
  if [ "$drain_rc" = 0 ]; then
    pass "stop under load: no request lost ($(printf '%s\n' "$drain" | tail -n 1))"
  else
    fail "stop under load: requests lost or the check failed"
    printf '%s\n' "$drain" | tail -n 5 | sed 's/^/     | /'
  fi
  exit_code=$(podman inspect -f '{{.State.ExitCode}}' "$main" 2>/dev/null)
  running=$(podman inspect -f '{{.State.Running}}' "$main" 2>/dev/null)
  # 143 = terminated by SIGTERM after the JVM ran its shutdown hooks; 137 would mean SIGKILL
  # after the timeout, i.e. the signal was ignored.
  if [ "$running" = false ] && { [ "$exit_code" = 0 ] || [ "$exit_code" = 143 ]; } &&
     [ "$stop_ms" -lt $((STOP_TIMEOUT * 1000)) ]; then
    pass "stop: podman stop took $(secs "$stop_ms"), exit code $exit_code"
    logs=$(podman logs "$main" 2>&1)
    grep -q 'stopped in' <<<"$logs" && info "Quarkus logged its graceful shutdown"
  else
    fail "stop: running=$running exit code ${exit_code:-?} after $(secs "$stop_ms") (expected 0 or 143 within ${STOP_TIMEOUT}s)"
    show_logs "$main" 10
  fi
else
  echo "SKIP: liveness, tag, non-root, PID 1, heap cap, stop (the container never became ready)"
fi

# ---------------------------------------------------------------------------------------------
step "run with a mounted rule file"
# Copies go in a world-readable directory: the container reads them as uid 185.
mkdir -p "$WORK/rules"
chmod 755 "$WORK/rules"
custom_version=
if [ -f "$BUNDLED_RULES" ]; then
  # Same rules, own version string: the answers then prove the mounted file is the one served.
  custom_version="container-check-$$"
  sed -E "s/^version:.*/version: \"$custom_version\"/" "$BUNDLED_RULES" >"$WORK/rules/custom.yaml"
  if ! grep -q "^version: \"$custom_version\"" "$WORK/rules/custom.yaml"; then
    custom_version=
    info "no top-level version: line to rewrite; the served-file check is skipped"
  fi
  chmod 644 "$WORK/rules/custom.yaml"
fi
if [ ! -f "$WORK/rules/custom.yaml" ]; then
  fail "mounted rules: $BUNDLED_RULES not found in the repository"
else
  custom=sanctag-check-$$-custom
  port=$(free_port)
  # As the Kubernetes manifest runs it: a read-only root filesystem with a writable /tmp only, and
  # the rules' directory mounted (not the file: a replaced file must be seen through the mount).
  if ! run_container "$custom" "$port" --read-only --read-only-tmpfs=false --tmpfs /tmp:rw,size=64m \
      -v "$WORK/rules:/rules:ro" -e SANCTAG_RULES_FILE=/rules/custom.yaml \
      -e SANCTAG_RULES_RELOAD_INTERVAL=1s; then
    fail "mounted rules: podman run failed"
  else
    wait_ready "$custom" "$port"
    rc=$?
    if [ $rc -ne 0 ]; then
      fail "mounted rules: not ready ($([ $rc = 1 ] && echo "exited with code $(podman inspect -f '{{.State.ExitCode}}' "$custom")" || echo "timeout ${READY_TIMEOUT}s"))"
      show_logs "$custom"
    else
      code=$(http_get "http://127.0.0.1:$port/rules" "$WORK/rules.json")
      if [ "$code" != 200 ]; then
        fail "mounted rules: GET /rules answered $code, expected 200"
      elif why=$(json_check "$WORK/rules.json" json); then
        pass "mounted rules: ready after $(secs "$READY_MS"), GET /rules 200 JSON"
      else
        fail "mounted rules: GET /rules: $why"
      fi
      if [ -n "$custom_version" ]; then
        curl -s --max-time 10 -o "$WORK/custom-tag.json" -H 'Content-Type: application/json' \
          --data-binary "@$ARTICLE" "http://127.0.0.1:$port/tag" >/dev/null 2>&1
        if json_check "$WORK/rules.json" "value:$custom_version" >/dev/null ||
           json_check "$WORK/custom-tag.json" "value:$custom_version" >/dev/null; then
          pass "mounted rules: answers carry the mounted file's version \"$custom_version\""
        else
          fail "mounted rules: neither GET /rules nor POST /tag names version \"$custom_version\" of the mounted file"
        fi
        # Reload without a restart: replace the file atomically (as a ConfigMap update does) and
        # wait for an answer from the new version.
        reloaded_version="$custom_version-reloaded"
        sed -E "s/^version:.*/version: \"$reloaded_version\"/" "$BUNDLED_RULES" >"$WORK/rules/.custom.yaml.next"
        chmod 644 "$WORK/rules/.custom.yaml.next"
        mv -f "$WORK/rules/.custom.yaml.next" "$WORK/rules/custom.yaml"
        t0=$(now_ms)
        seen=
        while [ $(($(now_ms) - t0)) -lt 20000 ]; do
          curl -s --max-time 5 -o "$WORK/reload-tag.json" -H 'Content-Type: application/json' \
            --data-binary "@$ARTICLE" "http://127.0.0.1:$port/tag" >/dev/null 2>&1
          if json_check "$WORK/reload-tag.json" "eq:version=$reloaded_version" >/dev/null; then
            seen=$(($(now_ms) - t0)); break
          fi
          sleep 0.1
        done
        if [ -n "$seen" ]; then
          pass "reload: the replaced file's version \"$reloaded_version\" answered $(secs "$seen") after the replace, no restart (read-only root)"
        else
          fail "reload: version \"$reloaded_version\" never answered within 20 s of replacing the mounted file"
          show_logs "$custom" 10
        fi
        code=$(http_get "http://127.0.0.1:$port/q/metrics" "$WORK/metrics.txt")
        if [ "$code" = 200 ] && grep -q "^sanctag_ruleset_info{.*version=\"$reloaded_version\"" "$WORK/metrics.txt" &&
           grep -q '^sanctag_rules_reloads_total{outcome="success"} [1-9]' "$WORK/metrics.txt"; then
          pass "metrics: /q/metrics names the reloaded rule set and counts the reload"
        else
          fail "metrics: /q/metrics ($code) lacks sanctag_ruleset_info for \"$reloaded_version\" or a successful reload"
        fi
      fi
    fi
    podman stop -t "$STOP_TIMEOUT" "$custom" >/dev/null 2>&1
  fi
fi

# ---------------------------------------------------------------------------------------------
step "run with a broken rule file"
cp "$BROKEN_RULES" "$WORK/rules/broken-rules.yaml"
chmod 644 "$WORK/rules/broken-rules.yaml"
broken=sanctag-check-$$-broken
port=$(free_port)
if ! run_container "$broken" "$port" \
    -v "$WORK/rules/broken-rules.yaml:/rules/broken-rules.yaml:ro" \
    -e SANCTAG_RULES_FILE=/rules/broken-rules.yaml; then
  fail "broken rules: podman run failed"
else
  t0=$(now_ms)
  wait_ready "$broken" "$port"
  rc=$?
  exit_code=$(podman inspect -f '{{.State.ExitCode}}' "$broken" 2>/dev/null)
  case $rc in
    0) fail "broken rules: the container became ready with a broken rule file" ;;
    2) fail "broken rules: still running after ${READY_TIMEOUT}s instead of exiting" ;;
    *)
      if [ "$exit_code" != 0 ]; then
        pass "broken rules: exited with code $exit_code after $(secs $(($(now_ms) - t0))), never ready"
      else
        fail "broken rules: exited with code 0; a failed start must exit non-zero"
      fi
      ;;
  esac
  logs=$(podman logs "$broken" 2>&1)
  if grep -q 'broken-rules\.yaml' <<<"$logs"; then
    pass "broken rules: the log names broken-rules.yaml"
  else
    fail "broken rules: the log does not name broken-rules.yaml"
    show_logs "$broken" 15
  fi
fi

# The summary line and exit status come from the EXIT trap.
