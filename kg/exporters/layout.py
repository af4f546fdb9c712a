"""Node positions computed in Python, so a large graph opens without running physics in the page.

Each connected component is placed by pivot MDS (breadth-first distances from a few
pivot nodes, then classical scaling: the global shape in one step), refined by a
Fruchterman–Reingold force pass whose repulsion is exact between nodes in neighbouring
cells of a grid (``O(n)`` per step rather than ``O(n²)``; all pairs at once in components
of up to 400 nodes), and the components are then packed in rows, largest first. Components
of up to 8 nodes (most of a news graph's: an agency and its place, a person alone) are
placed directly, as a star or a ring. numpy only; seeded, so one graph always gets the same
positions. A 5,000-node graph lays out in about two seconds; against networkx's
ForceAtlas2 see ``benchmarks/layout/``.

>>> import networkx as nx
>>> pos = force_layout(nx.path_graph(3), seed=1)
>>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
True
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # any graph with networkx.Graph's interface: kg.multigraph.Graph (no networkx imported) or its own
    import networkx as nx

__all__ = ["force_layout"]

#: above this many candidate pairs in one step, repulsion is estimated from a sample
_MAX_PAIRS = 1_000_000
#: components of at most this many nodes are placed directly (a star or a ring), without iterations
_SMALL = 8
#: components of at most this many nodes compute repulsion between all pairs (no grid)
_DENSE = 400


def force_layout(G: nx.Graph, *, seed: int = 0, iterations: int = 60, spacing: float = 60.0,
                 pivots: int = 40, weight: str | None = "weight") -> dict:
    """Positions ``{node: (x, y)}`` in page pixels, neighbours about ``spacing`` apart.

    Edges attract in proportion to their ``weight`` attribute (1 when missing); nodes
    closer than two spacings repel. The node order of ``G`` decides ties, so build ``G``
    in a fixed order for byte-identical output.
    """
    if len(G) == 0:
        return {}
    rng = np.random.default_rng(seed)
    order = {v: i for i, v in enumerate(G.nodes)}
    src, dst, w = [], [], []
    for u, v, d in G.edges(data=True):
        if u != v:
            src.append(order[u])
            dst.append(order[v])
            w.append(float(d.get(weight, 1.0)) if weight else 1.0)
    src_a, dst_a = np.array(src, dtype=np.intp), np.array(dst, dtype=np.intp)
    w_a = np.array(w, dtype=np.float32)
    comps = sorted((sorted(order[v] for v in c) for c in _connected(G)), key=lambda c: (-len(c), c[0]))
    label = np.empty(len(order), dtype=np.intp)
    local = np.empty(len(order), dtype=np.intp)
    for c, members in enumerate(comps):
        label[members] = c
        local[members] = np.arange(len(members))
    edge_comp = label[src_a]
    by_comp = np.argsort(edge_comp, kind="stable")
    bounds = np.searchsorted(edge_comp[by_comp], np.arange(len(comps) + 1))
    nodes = list(G.nodes)
    placed = []
    for c, members in enumerate(comps):
        e = by_comp[bounds[c]:bounds[c + 1]]
        xy = _component(len(members), local[src_a[e]], local[dst_a[e]], w_a[e], rng, iterations=iterations,
                        k=spacing, pivots=pivots)
        placed.append(([nodes[i] for i in members], xy))
    return _pack(placed, spacing)


def _connected(G) -> list[set]:
    """The node sets of ``G``'s connected components (any order: the caller sorts them)."""
    adj = G.adj
    seen: set = set()
    out = []
    for start in G:
        if start in seen:
            continue
        comp = {start}
        todo = [start]
        while todo:
            for nbr in adj[todo.pop()]:
                if nbr not in comp:
                    comp.add(nbr)
                    todo.append(nbr)
        seen |= comp
        out.append(comp)
    return out


def _component(n: int, src_a, dst_a, w_a, rng, *, iterations: int, k: float, pivots: int) -> np.ndarray:
    if n == 1:
        return np.zeros((1, 2), dtype=np.float32)
    if n == 2:
        return np.array([[0, 0], [k, 0]], dtype=np.float32)
    if n <= _SMALL:
        return _small(n, src_a, dst_a, k)
    xy = _pivot_mds(n, src_a, dst_a, min(pivots, n))
    # scale so that an edge is about k long, or so that the nodes get about k² of room each,
    # whichever is larger; a little jitter separates twins (leaves of one parent)
    xy -= xy.mean(axis=0)
    spread = float(np.sqrt((xy ** 2).sum(axis=1).mean())) or 1.0
    scale = k * math.sqrt(n / math.pi) / spread
    if len(src_a):
        lengths = np.sqrt(((xy[src_a] - xy[dst_a]) ** 2).sum(axis=1))
        scale = max(scale, k / (float(lengths.mean()) or 1.0))
    xy *= scale
    xy += rng.normal(0, k / 4, size=xy.shape)
    x, y = xy[:, 0].astype(np.float32), xy[:, 1].astype(np.float32)
    _refine(x, y, src_a, dst_a, w_a, rng, iterations=iterations, k=np.float32(k))
    return np.stack([x, y], axis=1)


def _small(n: int, src: np.ndarray, dst: np.ndarray, k: float) -> np.ndarray:
    """A small component without iterations: its best-connected node in the middle, the others
    on a ring around it in order (a star, a short chain, a triangle: most small components of a
    news graph), or all of them on a ring when no node touches every other."""
    degree = np.bincount(np.concatenate([src, dst]), minlength=n)
    hub = int(np.argmax(degree))
    xy = np.zeros((n, 2), dtype=np.float32)
    if degree[hub] == n - 1:
        others = [i for i in range(n) if i != hub]
        angles = np.arange(len(others)) * (2 * math.pi / len(others)) + math.pi / 2
        xy[others] = np.stack([np.cos(angles), np.sin(angles)], axis=1) * k
        return xy
    order = _ring_order(n, src, dst, hub)
    radius = k / (2 * math.sin(math.pi / n))  # neighbours on the ring about k apart
    angles = np.arange(n) * (2 * math.pi / n) + math.pi / 2
    xy[order] = np.stack([np.cos(angles), np.sin(angles)], axis=1) * radius
    return xy


def _ring_order(n: int, src: np.ndarray, dst: np.ndarray, start: int) -> list[int]:
    """Nodes in depth-first order from ``start`` (neighbours by index): edges join ring neighbours."""
    neigh: list[list[int]] = [[] for _ in range(n)]
    for a, b in zip(src.tolist(), dst.tolist()):
        neigh[a].append(b)
        neigh[b].append(a)
    seen, order, stack = set(), [], [start]
    while stack:
        v = stack.pop()
        if v in seen:
            continue
        seen.add(v)
        order.append(v)
        stack.extend(sorted(neigh[v], reverse=True))
    return order


def _pivot_mds(n: int, src: np.ndarray, dst: np.ndarray, p: int) -> np.ndarray:
    """Pivot MDS (Brandes & Pich 2006): classical scaling of the distances to ``p`` pivots."""
    a = np.concatenate([src, dst])
    b = np.concatenate([dst, src])
    order = np.argsort(a, kind="stable")
    neigh = b[order]
    indptr = np.concatenate([[0], np.cumsum(np.bincount(a, minlength=n))])
    degree = np.diff(indptr)
    D = np.zeros((n, p))
    nearest = np.full(n, np.inf)
    pivot = int(np.argmax(degree))  # the first node of the highest degree
    for j in range(p):
        col = _bfs(indptr, neigh, pivot, n)
        D[:, j] = col
        nearest = np.minimum(nearest, col)
        pivot = int(np.argmax(nearest))  # the node farthest from every pivot so far
    D2 = D ** 2
    C = -0.5 * (D2 - D2.mean(axis=0) - D2.mean(axis=1, keepdims=True) + D2.mean())
    vals, vecs = np.linalg.eigh(C.T @ C)
    top = vecs[:, ::-1][:, :2]
    xy = C @ top
    # a deterministic orientation: the spread along x is the larger, and the first node on the left
    for a in range(2):
        if xy[0, a] > 0:
            xy[:, a] = -xy[:, a]
    return xy


def _bfs(indptr: np.ndarray, neigh: np.ndarray, start: int, n: int) -> np.ndarray:
    """Hop distances from ``start`` over a CSR adjacency, one frontier at a time."""
    dist = np.full(n, -1.0)
    dist[start] = 0
    frontier = np.array([start])
    level = 0
    while len(frontier):
        level += 1
        lo, cnt = indptr[frontier], indptr[frontier + 1] - indptr[frontier]
        total = int(cnt.sum())
        if not total:
            break
        idx = np.repeat(lo - (np.cumsum(cnt) - cnt), cnt) + np.arange(total)
        nxt = np.unique(neigh[idx])
        nxt = nxt[dist[nxt] < 0]
        dist[nxt] = level
        frontier = nxt
    return dist


def _refine(x, y, src, dst, w, rng, *, iterations: int, k) -> None:
    """Fruchterman–Reingold steps in place: edges pull, nodes within 2k push."""
    n = len(x)
    k2 = k * k
    temperature = float(k) * 2
    cool = temperature / (iterations + 1)
    every = np.arange(n)
    for _ in range(iterations):
        if n <= _DENSE:  # a small component: every pair within 4k at once, no grid
            dx = x[:, None] - x[None, :]
            dy = y[:, None] - y[None, :]
            d2 = dx * dx + dy * dy
            f = np.where(d2 < 16 * k2, k2 / np.maximum(d2, np.float32(1.0)), np.float32(0.0))
            np.fill_diagonal(f, 0)
            fx, fy = (dx * f).sum(axis=1), (dy * f).sum(axis=1)
            _attract_and_move(x, y, fx, fy, src, dst, w, k, temperature)
            temperature -= cool
            continue
        fx = np.zeros(n, dtype=np.float32)
        fy = np.zeros(n, dtype=np.float32)
        h = 2 * k
        cx = ((x - x.min()) // h).astype(np.intp)
        cy = ((y - y.min()) // h).astype(np.intp)
        width, height = int(cx.max()) + 1, int(cy.max()) + 1
        cell = cy * width + cx
        order = np.argsort(cell, kind="stable")
        counts = np.bincount(cell, minlength=width * height)
        starts = np.cumsum(counts) - counts
        blocks = []
        for ox in (-1, 0, 1):
            for oy in (-1, 0, 1):
                tx, ty = cx + ox, cy + oy
                ok = (tx >= 0) & (tx < width) & (ty >= 0) & (ty < height)
                target = np.where(ok, ty * width + tx, 0)
                blocks.append((target, np.where(ok, counts[target], 0)))
        pairs = sum(int(c.sum()) for _, c in blocks)
        if pairs <= _MAX_PAIRS:
            for target, cnt in blocks:
                total = int(cnt.sum())
                if not total:
                    continue
                i = np.repeat(every, cnt)
                within = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
                j = order[np.repeat(starts[target], cnt) + within]
                keep = i != j
                i, j = i[keep], j[keep]
                dx, dy = x[i] - x[j], y[i] - y[j]
                f = k2 / np.maximum(dx * dx + dy * dy, np.float32(1.0))
                fx += np.bincount(i, weights=dx * f, minlength=n).astype(np.float32)
                fy += np.bincount(i, weights=dy * f, minlength=n).astype(np.float32)
        else:  # a crowded start (a star's leaves): estimate repulsion from a sample
            s = min(256, n - 1)
            picks = rng.choice(n, size=s, replace=False)
            dx = x[:, None] - x[None, picks]
            dy = y[:, None] - y[None, picks]
            f = k2 * np.float32((n - 1) / s) / np.maximum(dx * dx + dy * dy, np.float32(1.0))
            fx += (dx * f).sum(axis=1)
            fy += (dy * f).sum(axis=1)
        _attract_and_move(x, y, fx, fy, src, dst, w, k, temperature)
        temperature -= cool


def _attract_and_move(x, y, fx, fy, src, dst, w, k, temperature: float) -> None:
    """Add the edges' pull to the forces and move each node, at most ``temperature`` far."""
    n = len(x)
    if len(src):
        ex = x[src] - x[dst]
        ey = y[src] - y[dst]
        pull = np.sqrt(ex * ex + ey * ey) * w / k
        px, py = ex * pull, ey * pull
        fx = fx + (np.bincount(dst, weights=px, minlength=n) - np.bincount(src, weights=px, minlength=n)).astype(np.float32)
        fy = fy + (np.bincount(dst, weights=py, minlength=n) - np.bincount(src, weights=py, minlength=n)).astype(np.float32)
    fx, fy = fx.astype(np.float32), fy.astype(np.float32)
    length = np.maximum(np.sqrt(fx * fx + fy * fy), np.float32(1e-6))
    step = np.minimum(length, np.float32(temperature)) / length
    x += fx * step
    y += fy * step


def _pack(placed: list, k: float) -> dict:
    """Components in rows, largest first, each row as wide as the whole drawing should be."""
    boxes = []
    for comp, xy in placed:
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        boxes.append((comp, xy - lo, hi - lo + k))
    area = sum(float(size[0] * size[1]) for _, _, size in boxes)
    row_width = max(math.sqrt(area) * 1.2, max(float(size[0]) for _, _, size in boxes))
    pos = {}
    cx = cy = row_height = 0.0
    for comp, xy, size in boxes:
        # a full row, or a box much shorter than the row so far, starts a new row
        if cx > 0 and (cx + size[0] > row_width or size[1] * 4 < row_height):
            cx, cy, row_height = 0.0, cy + row_height, 0.0
        for v, (a, b) in zip(comp, xy):
            pos[v] = (float(a) + cx, float(b) + cy)
        cx += float(size[0])
        row_height = max(row_height, float(size[1]))
    if pos:
        mx = sum(p[0] for p in pos.values()) / len(pos)
        my = sum(p[1] for p in pos.values()) / len(pos)
        pos = {v: (p[0] - mx, p[1] - my) for v, p in pos.items()}
    return pos
