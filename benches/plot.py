#!/usr/bin/env python3
"""Draws criterion's last run as an SVG: decode throughput against part count, one panel
per vendor operation, our decoder against the usual approach (and the parser floor,
dashed). Reads the groups named `<vendor>-<operation>-decode/<N>-parts`.

Run after `cargo bench -p benches`:
    python3 benches/plot.py [target/criterion] [benches/throughput.svg]
Plain Python, no plotting library, so it runs wherever the benches do."""
import json
import math
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "benches/throughput.svg")

# panel -> series -> {parts: MB/s}
panels = {}
for bench in sorted(root.glob("*/*/*/new/benchmark.json")):
    meta = json.loads(bench.read_text())
    match = re.fullmatch(r"(.+)-decode/(\d+)-parts", meta["group_id"])
    if not match:
        continue
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    rate = meta["throughput"]["Bytes"] / estimates["mean"]["point_estimate"] * 1e3
    function = meta["function_id"]
    if function.endswith("serde-owned"):
        series = "usual approach (serde, owned)"
    elif function.endswith("floor"):
        series = "parser floor (builds nothing)"
    elif function.startswith("codec-") and "+" not in function:
        series = "ours"
    else:
        continue
    panels.setdefault(match[1], {}).setdefault(series, {})[int(match[2])] = rate

if not panels:
    sys.exit(f"no `…-decode/N-parts` groups under {root}: run `cargo bench -p benches` first")

STYLE = {
    "ours": ("#1f77b4", ""),
    "usual approach (serde, owned)": ("#d62728", ""),
    "parser floor (builds nothing)": ("#7f7f7f", "6,4"),
}
W, H, PAD_L, PAD_B, PAD_T, PAD_R = 360, 240, 56, 40, 28, 12
COLS = min(2, len(panels))
ROWS = math.ceil(len(panels) / COLS)
LEGEND = 30
svg = [
    f'<svg xmlns="http://www.w3.org/2000/svg" width="{W * COLS}" height="{H * ROWS + LEGEND}" '
    'font-family="sans-serif" font-size="11">',
    f'<rect width="100%" height="100%" fill="white"/>',
]
for index, (name, series) in enumerate(sorted(panels.items())):
    ox, oy = (index % COLS) * W, (index // COLS) * H
    parts = sorted({p for points in series.values() for p in points})
    top = max(r for points in series.values() for r in points.values()) * 1.1
    lo, hi = math.log10(min(parts)), math.log10(max(parts))
    span = (hi - lo) or 1.0

    def x(p):
        return ox + PAD_L + (math.log10(p) - lo) / span * (W - PAD_L - PAD_R)

    def y(rate):
        return oy + H - PAD_B - rate / top * (H - PAD_B - PAD_T)

    svg.append(f'<text x="{ox + W / 2}" y="{oy + 16}" text-anchor="middle" '
               f'font-weight="bold">{name} decode</text>')
    svg.append(f'<line x1="{x(min(parts))}" y1="{y(0)}" x2="{x(max(parts))}" y2="{y(0)}" stroke="black"/>')
    svg.append(f'<line x1="{x(min(parts))}" y1="{y(0)}" x2="{x(min(parts))}" y2="{y(top)}" stroke="black"/>')
    for p in parts:
        svg.append(f'<text x="{x(p)}" y="{y(0) + 14}" text-anchor="middle">{p}</text>')
    step = 10 ** math.floor(math.log10(top / 4))
    step *= 5 if top / step > 20 else 2 if top / step > 8 else 1
    tick = 0.0
    while tick <= top:
        svg.append(f'<text x="{x(min(parts)) - 4}" y="{y(tick) + 4}" text-anchor="end">{tick:g}</text>')
        svg.append(f'<line x1="{x(min(parts))}" y1="{y(tick)}" x2="{x(max(parts))}" y2="{y(tick)}" '
                   'stroke="#ddd"/>')
        tick += step
    svg.append(f'<text x="{ox + 12}" y="{oy + H / 2}" transform="rotate(-90 {ox + 12} {oy + H / 2})" '
               'text-anchor="middle">MB/s</text>')
    svg.append(f'<text x="{ox + W / 2}" y="{oy + H - 8}" text-anchor="middle">parts per page</text>')
    for label, points in sorted(series.items()):
        color, dash = STYLE[label]
        coords = " ".join(f"{x(p):.1f},{y(r):.1f}" for p, r in sorted(points.items()))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        svg.append(f'<polyline points="{coords}" fill="none" stroke="{color}" stroke-width="2"{dash_attr}/>')
        for p, r in sorted(points.items()):
            svg.append(f'<circle cx="{x(p):.1f}" cy="{y(r):.1f}" r="2.5" fill="{color}"/>')
legend_y = H * ROWS + 18
for i, (label, (color, dash)) in enumerate(STYLE.items()):
    lx = 20 + i * 230
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    svg.append(f'<line x1="{lx}" y1="{legend_y - 4}" x2="{lx + 24}" y2="{legend_y - 4}" stroke="{color}" '
               f'stroke-width="2"{dash_attr}/>')
    svg.append(f'<text x="{lx + 30}" y="{legend_y}">{label}</text>')
svg.append("</svg>")
out.write_text("\n".join(svg) + "\n")
print(f"wrote {out} ({len(panels)} panels)")
