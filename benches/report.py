#!/usr/bin/env python3
"""Prints criterion's last run as a Markdown table: MB/s per competitor, and each one's
ratio to the usual approach (the `*-serde-owned` entry of its group) and to the parser
floor (`*-floor`). Run after `cargo bench -p benches`:  python3 benches/report.py"""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
groups = {}
for bench in sorted(root.glob("*/*/*/new/benchmark.json")):
    meta = json.loads(bench.read_text())
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    nanos = estimates["mean"]["point_estimate"]
    size = meta["throughput"]["Bytes"]
    groups.setdefault(meta["group_id"], {})[meta["function_id"]] = size / nanos * 1e3  # MB/s

print("| group | competitor | MB/s | vs usual | vs floor |")
print("|---|---|---:|---:|---:|")
for group, rates in groups.items():
    usual = next((r for name, r in rates.items() if name.endswith("serde-owned")), None)
    floor = next((r for name, r in rates.items() if name.endswith("floor")), None)
    for name, rate in sorted(rates.items(), key=lambda item: -item[1]):
        vs_usual = f"{rate / usual:.2f}x" if usual else ""
        vs_floor = f"{rate / floor:.2f}x" if floor else ""
        print(f"| {group} | {name} | {rate:.0f} | {vs_usual} | {vs_floor} |")
