#!/usr/bin/env python3
"""Overload, fairness, soak and shutdown checks of the packaged sanctag, as docs/RELIABILITY.md reports.

Starts target/quarkus-app/quarkus-run.jar itself with the container's JVM flags and a small heap
(-Xmx256m by default), on a free loopback port, and runs bounded experiments against it:

  burst     N parallel 1 MiB requests (explain and not): every answer must be 200 or 503, none 500
  fairness  4 clients post 1 MiB texts while one posts a 30-byte text: that one's p50/p99
  soak      64 connections of mixed valid and bad traffic for a while, RSS sampled each second
  shutdown  32 keep-alive clients, SIGTERM mid-load: requests lost, time to exit

    python3 bench/load/reliability.py [burst|fairness|soak|shutdown|all] [--heap 256m] [--seconds 30]
    python3 bench/load/reliability.py shutdown --port 8080 --stop "podman stop -t 15 sanctag"

With --port it uses a sanctag that is already running (a container, say) and stops it with the
--stop command instead of a SIGTERM of its own.

Every loop is bounded in count and time and talks to 127.0.0.1 only. Prints a Markdown table per
experiment; exits 1 if an experiment breaks a promise (a 5xx other than 503, a lost request).
"""
import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
DENSE = "Kim Jong Un was driven in a Rolls-Royce Phantom to Pyongyang. "
MIB = 1024 * 1024


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class App:
    """The packaged jar as a child process, with the Dockerfile's flags and a heap of our choosing."""

    def __init__(self, heap, gc="serial"):
        self.port = free_port()
        self.log = open(os.path.join(ROOT, "target", "reliability-app.log"), "w")
        self.process = subprocess.Popen(
            ["java", "-Xmx" + heap] + (["-Xmn64m", "-XX:+UseSerialGC"] if gc == "serial" else ["-XX:+UseG1GC"]) + [
             "-Dquarkus.http.port=%d" % self.port, "-Dquarkus.http.host=127.0.0.1", "-jar", JAR],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if self.get("/q/health/ready")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit("sanctag did not become ready; see target/reliability-app.log")

    def get(self, path):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        c.request("GET", path)
        r = c.getresponse()
        return r.status, r.read()

    def rss_mb(self):
        with open("/proc/%d/status" % self.process.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0

    def terminate_and_wait(self):
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(30)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


class Running:
    """A sanctag started by someone else, stopped by a command (podman stop ...)."""

    def __init__(self, port, stop_command):
        self.port = port
        self.stop_command = stop_command

    def rss_mb(self):
        return 0

    def terminate_and_wait(self):
        return subprocess.run(self.stop_command, shell=True).returncode

    def stop(self):
        pass


def post(conn, path, body, content_type="text/plain"):
    conn.request("POST", path, body=body, headers={"Content-Type": content_type})
    r = conn.getresponse()
    data = r.read()
    return r.status, data


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def burst(app, clients, explain):
    body = (DENSE * (MIB // len(DENSE))).encode()
    statuses = Counter()
    sizes = []
    lock = threading.Lock()

    def one():
        c = http.client.HTTPConnection("127.0.0.1", app.port, timeout=120)
        try:
            status, data = post(c, "/tag?explain=true" if explain else "/tag", body)
        except OSError as e:
            status, data = "error: " + type(e).__name__, b""
        with lock:
            statuses[status] += 1
            if status == 200:
                sizes.append(len(data))

    start = time.time()
    threads = [threading.Thread(target=one) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.time() - start
    ok = all(s in (200, 503) for s in statuses)
    print("| %d x 1 MiB%s | %s | %.1f s | %s | %.0f MB | %s |" % (
        clients, " explain" if explain else "", dict(statuses), took,
        "%.1f MB" % (max(sizes) / 1e6) if sizes else "-", app.rss_mb(), "ok" if ok else "FAILED"))
    return ok


def fairness(app, seconds):
    big = (DENSE * (MIB // len(DENSE))).encode()
    small = b"Kim Jong Un has a Rolls-Royce."
    stop = time.time() + seconds
    big_statuses = Counter()

    def big_client():
        c = http.client.HTTPConnection("127.0.0.1", app.port, timeout=120)
        while time.time() < stop:
            status, _ = post(c, "/tag", big)
            big_statuses[status] += 1

    bigs = [threading.Thread(target=big_client) for _ in range(4)]
    for t in bigs:
        t.start()
    time.sleep(1)
    latencies = []
    c = http.client.HTTPConnection("127.0.0.1", app.port, timeout=30)
    while time.time() < stop:
        t0 = time.perf_counter()
        status, _ = post(c, "/tag", small)
        latencies.append((time.perf_counter() - t0) * 1000)
        time.sleep(0.005)
    for t in bigs:
        t.join()
    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    print("| 4 x 1 MiB clients + 1 small | %d small requests | p50 %.1f ms | p99 %.1f ms | max %.1f ms | big: %s |"
          % (len(latencies), p50, p99, max(latencies), dict(big_statuses)))
    return p99 < 100


def soak(app, seconds, connections=64):
    article = open(os.path.join(ROOT, "bench", "load", "article-5k.txt"), encoding="utf-8").read()
    requests = [
        ("/tag", json.dumps({"id": "a", "text": article}).encode(), "application/json"),
        ("/tag", article.encode(), "text/plain"),
        ("/tag?explain=true", article.encode(), "text/plain"),
        ("/tag", b'{"text": "unclosed', "application/json"),
        ("/tag", b'{"text":"x","text":"y"}', "application/json"),
        ("/tag", b"\xc3\x28 not utf-8", "text/plain"),
        ("/tag", b"<text>x</text>", "application/xml"),
        ("/tag?explain=maybe", b"x", "text/plain"),
        ("/tag", b"[" * 2000, "application/json"),
    ]
    stop = time.time() + seconds
    statuses = Counter()
    lock = threading.Lock()
    rss = []

    def client(n):
        c = http.client.HTTPConnection("127.0.0.1", app.port, timeout=30)
        i = n
        while time.time() < stop:
            path, body, ctype = requests[i % len(requests)]
            i += 1
            try:
                status, _ = post(c, path, body, ctype)
            except (OSError, http.client.HTTPException) as e:
                status = "error: " + type(e).__name__
                c = http.client.HTTPConnection("127.0.0.1", app.port, timeout=30)
            with lock:
                statuses[status] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(connections)]
    for t in threads:
        t.start()
    while time.time() < stop:
        rss.append(app.rss_mb())
        time.sleep(1)
    for t in threads:
        t.join()
    total = sum(statuses.values())
    bad = {s: n for s, n in statuses.items() if not isinstance(s, int) or (s >= 500 and s != 503)}
    print("| %d connections, %d s | %d requests (%.0f/s) | %s | RSS max %.0f MB, last %.0f MB | %s |" % (
        connections, seconds, total, total / seconds, dict(sorted(statuses.items(), key=str)),
        max(rss), rss[-1], "ok" if not bad else "FAILED %s" % bad))
    return not bad


def shutdown(app, clients=32):
    """Lost: a request sent before SIGTERM that never got its answer.

    Requests sent after SIGTERM are counted apart, by what they got: an answer, or a connection the
    server closed or refused without one (sanctag takes no new work once it is stopping).
    """
    article = open(os.path.join(ROOT, "bench", "load", "article-5k.txt"), encoding="utf-8").read().encode()
    before, after = Counter(), Counter()
    lock = threading.Lock()
    sigterm_at = [float("inf")]

    def client():
        c = http.client.HTTPConnection("127.0.0.1", app.port, timeout=30)
        while True:
            sent_at = time.time()
            outcomes = before if sent_at < sigterm_at[0] else after
            try:
                c.request("POST", "/tag", body=article, headers={"Content-Type": "text/plain"})
                r = c.getresponse()
                r.read()
            except ConnectionRefusedError:
                with lock:
                    outcomes["refused"] += 1
                return
            except (OSError, http.client.HTTPException):
                with lock:
                    outcomes["lost" if outcomes is before else "closed without an answer"] += 1
                if outcomes is after:
                    return
                c.close()
                c = http.client.HTTPConnection("127.0.0.1", app.port, timeout=30)
                continue
            with lock:
                outcomes[r.status] += 1
            if r.getheader("Connection", "").lower() == "close" or outcomes is after and r.status != 200:
                c.close()
                c = http.client.HTTPConnection("127.0.0.1", app.port, timeout=30)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    time.sleep(3)
    sigterm_at[0] = time.time()
    code = app.terminate_and_wait()
    took = time.time() - sigterm_at[0]
    for t in threads:
        t.join(30)
    print("| %d keep-alive clients, SIGTERM after 3 s | %s | %s | exit %d after %.2f s |" % (
        clients, dict(before), dict(after), code, took))
    return before["lost"] == 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("experiment", nargs="?", default="all",
                        choices=["burst", "fairness", "soak", "shutdown", "all"])
    parser.add_argument("--heap", default="256m")
    parser.add_argument("--gc", default="serial", choices=["serial", "g1"],
                        help="serial (with -Xmn64m, what the container gets below 1792 MB) or g1")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--port", type=int, help="a sanctag already running on 127.0.0.1:PORT")
    parser.add_argument("--stop", help="with --port: the command that stops it (SIGTERM)")
    args = parser.parse_args()
    if args.port:
        if args.experiment != "shutdown" or not args.stop:
            raise SystemExit("--port goes with the shutdown experiment and a --stop command")
        print("\n| shutdown (running) | sent before SIGTERM | sent after SIGTERM | stop |")
        print("| --- | --- | --- | --- |")
        sys.exit(0 if shutdown(Running(args.port, args.stop)) else 1)
    if not os.path.exists(JAR):
        raise SystemExit("no %s: build it with ./mvnw -B package -DskipTests" % JAR)
    ok = True
    todo = ["burst", "fairness", "soak", "shutdown"] if args.experiment == "all" else [args.experiment]
    for experiment in todo:
        app = App(args.heap, args.gc)
        try:
            if experiment == "burst":
                print("\n| burst (-Xmx%s) | statuses | time | largest answer | RSS after | verdict |" % args.heap)
                print("| --- | --- | ---: | ---: | ---: | --- |")
                ok &= burst(app, 24, True)
                ok &= burst(app, 64, False)
            elif experiment == "fairness":
                print("\n| fairness (-Xmx%s) | count | p50 | p99 | max | big requests |" % args.heap)
                print("| --- | ---: | ---: | ---: | ---: | --- |")
                ok &= fairness(app, args.seconds)
            elif experiment == "soak":
                print("\n| soak (-Xmx%s) | requests | statuses | memory | verdict |" % args.heap)
                print("| --- | ---: | --- | --- | --- |")
                ok &= soak(app, args.seconds)
            else:
                print("\n| shutdown (-Xmx%s) | sent before SIGTERM | sent after SIGTERM | stop |" % args.heap)
                print("| --- | --- | --- | --- |")
                ok &= shutdown(app)
        finally:
            app.stop()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
