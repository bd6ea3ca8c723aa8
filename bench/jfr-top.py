#!/usr/bin/env python3
"""Top methods of a JFR recording: CPU samples (self and total) and sampled allocation.

Usage: python3 bench/jfr-top.py profile.jfr [how-many] [only-stacks-with]

Reads `jfr print --json` (the JDK's jfr tool); counts jdk.ExecutionSample by the top frame (self)
and by every distinct method on the stack (total), and sums jdk.ObjectAllocationSample weights by
allocated class and by the first org.sanctag frame that allocated. Only the events whose stack
holds a method containing `only-stacks-with` (default: the JMH-generated benchmark loop, so setup
work such as loading rules and generating texts is left out) are counted.
"""
import collections
import json
import subprocess
import sys


def frames(event):
    stack = event["values"].get("stackTrace") or {}
    for frame in stack.get("frames") or []:
        method = frame["method"]
        yield f"{method['type']['name']}.{method['name']}".replace("/", ".")


def events(path, name):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", name, path], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)["recording"]["events"]


def main(path, top, only):
    samples = [e for e in events(path, "jdk.ExecutionSample") if any(only in m for m in frames(e))]
    self_count = collections.Counter()
    total_count = collections.Counter()
    for event in samples:
        stack = list(frames(event))
        if not stack:
            continue
        self_count[stack[0]] += 1
        for method in set(stack):
            total_count[method] += 1
    n = len(samples) or 1
    print(f"CPU samples: {len(samples)}")
    print("\n| self % | method |\n| ---: | --- |")
    for method, count in self_count.most_common(top):
        print(f"| {100 * count / n:.1f} | {method} |")
    print("\n| total % | method (org.sanctag only) |\n| ---: | --- |")
    for method, count in [m for m in total_count.most_common() if m[0].startswith("org.sanctag") and ".bench." not in m[0]][:top]:
        print(f"| {100 * count / n:.1f} | {method} |")

    allocations = [e for e in events(path, "jdk.ObjectAllocationSample") if any(only in m for m in frames(e))]
    by_class = collections.Counter()
    by_site = collections.Counter()
    total = 0
    for event in allocations:
        weight = event["values"].get("weight", 0)
        total += weight
        by_class[event["values"]["objectClass"]["name"]] += weight
        site = next((m for m in frames(event) if m.startswith("org.sanctag") and ".bench." not in m), "(outside sanctag)")
        by_site[site] += weight
    total = total or 1
    print(f"\nAllocation samples: {len(allocations)}, {total / 1e6:.0f} MB sampled weight")
    print("\n| alloc % | class |\n| ---: | --- |")
    for name, weight in by_class.most_common(top):
        print(f"| {100 * weight / total:.1f} | {name} |")
    print("\n| alloc % | first org.sanctag frame |\n| ---: | --- |")
    for name, weight in by_site.most_common(top):
        print(f"| {100 * weight / total:.1f} | {name} |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20,
         sys.argv[3] if len(sys.argv) > 3 else "_jmhStub")
