#!/usr/bin/env python3
"""Turns JMH JSON results (java -jar benchmarks.jar ... -rf json -rff FILE) into a Markdown table.

Usage: python3 bench/report.py results.json [more.json ...]

One row per benchmark and parameter set: documents per second (the primary score), MB/s
(10^6 UTF-8 bytes per second, from the `bytes` secondary result) and microseconds per KB, and the
same for the best iteration: on a shared machine the best iteration is the closest to the speed
of an idle core.
"""
import json
import sys

RULES_ORDER = {"real": 0, "100": 1, "1k": 2, "10k": 3, "100k": 4}
TEXT_ORDER = {"280B": 0, "5KB": 1, "100KB": 2, "10MB": 3}
ENGINE_ORDER = ["sanctagFull", "sanctagRaw", "luceneMonitor", "ahoCorasick", "doubleArrayTrie", "regex"]


def rows(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for result in json.load(f):
                name = result["benchmark"].rsplit(".", 1)[-1]
                params = result.get("params", {})
                primary = result["primaryMetric"]
                secondary = result.get("secondaryMetrics", {}).get("bytes")
                raw = [x for fork in primary.get("rawData", []) for x in fork]
                raw_bytes = [x for fork in (secondary or {}).get("rawData", []) for x in fork]
                yield {
                    "engine": name,
                    "rules": params.get("rules", ""),
                    "text": params.get("text", ""),
                    "docs": primary["score"],
                    "docs_error": primary.get("scoreError"),
                    "bytes": secondary["score"] if secondary else None,
                    "best_docs": max(raw) if raw else None,
                    "best_bytes": max(raw_bytes) if raw_bytes else None,
                    "mode": result.get("mode"),
                    "prof": {k: v for k, v in result.get("secondaryMetrics", {}).items() if k.startswith("gc.")},
                }


def number(value, digits=1):
    try:
        value = float(value)
    except (TypeError, ValueError):
        return "-"
    if value != value:  # NaN, as JMH writes the error of a single iteration
        return "-"
    return f"{value:,.{digits}f}"


def main(paths):
    table = sorted(rows(paths), key=lambda r: (TEXT_ORDER.get(r["text"], 9), RULES_ORDER.get(r["rules"], 9),
                                              ENGINE_ORDER.index(r["engine"]) if r["engine"] in ENGINE_ORDER else 99))
    print("| text | rules | engine | docs/s | ± | MB/s | µs per KB | best docs/s | best MB/s |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in table:
        mb = r["bytes"] / 1e6 if r["bytes"] else None
        us_per_kb = 1e6 / (r["bytes"] / 1024) if r["bytes"] else None
        print(f"| {r['text']} | {r['rules']} | {r['engine']} | {number(r['docs'])} | {number(r['docs_error'])} "
              f"| {number(mb, 2)} | {number(us_per_kb, 2)} | {number(r['best_docs'])} "
              f"| {number(r['best_bytes'] / 1e6 if r['best_bytes'] else None, 2)} |")
    gc = [r for r in table if r["prof"]]
    if gc:
        print()
        print("| text | rules | engine | gc.alloc.rate.norm (B/op) | B allocated per input byte |")
        print("| --- | --- | --- | ---: | ---: |")
        for r in gc:
            norm = r["prof"].get("gc.alloc.rate.norm", {}).get("score")
            per_byte = norm / (r["bytes"] / r["docs"]) if norm and r["bytes"] else None
            print(f"| {r['text']} | {r['rules']} | {r['engine']} | {number(norm, 0)} | {number(per_byte, 1)} |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
