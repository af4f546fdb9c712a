"""kg's layout (kg/exporters/layout.py) against networkx's ForceAtlas2 on graphs the explorer draws.

For each graph (the typed relations of a build, as the explorer lays them out) and each layout:
the time to compute it (best of ``--repeat``), the number of edge crossings (straight edges), and
the normalised stress of the largest component (how far drawn distances are from hop distances,
after the best uniform scaling; 0 is perfect). Positions are scaled so that the median edge length
is the same for every layout before anything is measured.

    .venv/bin/python benchmarks/layout/compare_layouts.py --json benchmarks/layout/results.json
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import networkx as nx
import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from kg.exporters.html import layout_graph  # noqa: E402
from kg.exporters.layout import force_layout  # noqa: E402


def crossings(pos: dict, edges: list[tuple]) -> int:
    """Pairs of straight edges that cross (sharing an end is no crossing)."""
    if len(edges) < 2:
        return 0
    index = {n: i for i, n in enumerate(pos)}
    xy = np.array([pos[n] for n in pos], dtype=float)
    e = np.array([(index[u], index[v]) for u, v in edges])
    a, b = xy[e[:, 0]], xy[e[:, 1]]
    total = 0
    for i in range(0, len(e), 512):  # blocks of rows against every edge after them
        ai, bi, ei = a[i : i + 512, None], b[i : i + 512, None], e[i : i + 512, None]
        j = np.arange(len(e))[None, :]
        later = j > np.arange(i, min(i + 512, len(e)))[:, None]
        shared = (ei[..., 0] == e[None, :, 0]) | (ei[..., 0] == e[None, :, 1]) | (ei[..., 1] == e[None, :, 0]) | \
                 (ei[..., 1] == e[None, :, 1])

        def orient(p, q, r):
            return np.sign((q[..., 0] - p[..., 0]) * (r[..., 1] - p[..., 1]) - (q[..., 1] - p[..., 1]) * (r[..., 0] - p[..., 0]))

        c, d = a[None, :], b[None, :]
        cross = (orient(ai, bi, c) * orient(ai, bi, d) < 0) & (orient(c, d, ai) * orient(c, d, bi) < 0)
        total += int((cross & later & ~shared).sum())
    return total


def stress(pos: dict, G: nx.Graph, samples: int = 400, seed: int = 0) -> float:
    """Normalised stress of the largest component over BFS distances from ``samples`` sources."""
    comp = max(nx.connected_components(G), key=len)
    nodes = sorted(comp, key=str)
    rng = np.random.default_rng(seed)
    sources = rng.choice(len(nodes), size=min(samples, len(nodes)), replace=False)
    index = {n: i for i, n in enumerate(nodes)}
    xy = np.array([pos[n] for n in nodes], dtype=float)
    g, d = [], []
    for s in sources:
        dist = nx.single_source_shortest_path_length(G, nodes[s])
        t = np.array([index[n] for n in dist if n != nodes[s]])
        g.append(np.array([dist[nodes[i]] for i in t], dtype=float))
        d.append(np.hypot(*(xy[t] - xy[s]).T))
    g, d = np.concatenate(g), np.concatenate(d)
    w = 1 / g ** 2
    scale = (w * g * d).sum() / (w * d * d).sum()  # the best uniform scaling of the drawing
    return float((w * (scale * d - g) ** 2).sum() / (w * g * g).sum())


def normalise(pos: dict, edges: list[tuple]) -> dict:
    lengths = [np.hypot(pos[u][0] - pos[v][0], pos[u][1] - pos[v][1]) for u, v in edges]
    k = float(np.median(lengths)) if lengths else 1.0
    return {n: (x / k, y / k) for n, (x, y) in pos.items()}


def fa2(H: nx.Graph) -> dict:
    return {n: tuple(p) for n, p in nx.forceatlas2_layout(H, seed=1, max_iter=100).items()}


LAYOUTS = {"kg force_layout": lambda H: force_layout(H, seed=1), "networkx forceatlas2_layout": fa2}


def graphs(sizes: list[int]) -> dict[str, nx.Graph]:
    from synthetic import synthetic_graph

    from kg.builder import build

    out = {}
    seeds = build([str(ROOT / "seeds" / "documents")], "/tmp/kg-layout-bench", formats=(), cache=False).graph
    out[f"seeds ({seeds.number_of_nodes()} entities)"] = layout_graph(seeds)
    dev = build([str(ROOT / "eval" / "dev-texts")], "/tmp/kg-layout-bench-dev", formats=(), cache=False).graph
    out[f"dev passages ({dev.number_of_nodes()} entities)"] = layout_graph(dev)
    for n in sizes:
        out[f"synthetic {n:,}"] = layout_graph(synthetic_graph(n))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000", help="synthetic graph sizes")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--only", choices=sorted(LAYOUTS), help="run one layout only")
    args = ap.parse_args(argv)
    rows = []
    for name, H in graphs([int(s) for s in args.sizes.split(",") if s]).items():
        edges = [(u, v) for u, v in H.edges() if u != v]
        for layout, fn in LAYOUTS.items():
            if args.only and layout != args.only:
                continue
            best = float("inf")
            for _ in range(args.repeat):
                t = time.perf_counter()
                pos = fn(H)
                best = min(best, time.perf_counter() - t)
            pos = normalise(pos, edges)
            row = {"graph": name, "nodes": H.number_of_nodes(), "edges": len(edges), "layout": layout,
                   "seconds": round(best, 3), "crossings": crossings(pos, edges), "stress": round(stress(pos, H), 4)}
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    info = {"python": platform.python_version(), "networkx": nx.__version__, "machine": platform.machine(),
            "processor": platform.processor(), "rows": rows}
    if args.json:
        args.json.write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
