"""The HTML explorer: one self-contained, offline page drawn with vis-network.

pyvis builds the node and edge lists (from a copy of the graph: ``from_nx`` would change the
one it is given); the page itself is kg's own template with vis-network's script and style
embedded from pyvis's package data, so it makes no network request. Every string from the
text reaches the page as JSON inside a ``<script type="application/json">`` block and is
shown with ``textContent``: names and evidence can never run as script.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import networkx as nx

from ..iri import mint
from .atomic import atomic_write

__all__ = ["to_html", "write_html", "COLORS", "SHAPES"]

COLORS = {"Official": "#d62728", "Person": "#ff9896", "Agency": "#1f77b4", "Place": "#2ca02c", "Programme": "#9467bd"}
SHAPES = {"Official": "star", "Person": "dot", "Agency": "box", "Place": "triangle", "Programme": "diamond"}
EDGE_COLORS = {"holdsPost": "#d62728", "partOf": "#2ca02c", "locatedIn": "#17becf", "subOrganizationOf": "#1f77b4",
               "implements": "#9467bd", "participatesIn": "#e377c2", "coOccursWith": "#cccccc"}


def _asset(*parts: str) -> str:
    return resources.files("pyvis").joinpath("lib", *parts).read_text(encoding="utf-8")


def _template() -> str:
    return resources.files("kg.exporters").joinpath("explorer.html").read_text(encoding="utf-8")


def graph_data(G: nx.MultiDiGraph, *, max_evidence: int = 5) -> dict:
    """Nodes and edges for the page, built with pyvis from a copy of ``G``."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="remote")
    for n, d in sorted(G.nodes(data=True)):
        attrs = d["attrs"]
        jurisdiction = attrs.get("place") or ""
        if d["type"] == "Place":
            jurisdiction = d["name"]
        info = {
            "type": d["type"], "name": d["name"], "aliases": sorted(d["aliases"]), "iri": mint(n),
            "code": attrs.get("code", ""), "level": attrs.get("level", ""), "role": attrs.get("role", ""),
            "titles": sorted(attrs.get("titles", [])) if isinstance(attrs.get("titles"), (set, list)) else [],
            "docs": sorted(d["docs"]), "mentions": len(d["mentions"]), "jurisdiction": jurisdiction,
            "first_seen": d.get("first_seen", ""), "last_seen": d.get("last_seen", ""),
        }
        net.add_node(mint(n), label=d["name"], shape=SHAPES[d["type"]], color=COLORS[d["type"]],
                     size=10 + min(30, 3 * len(d["mentions"])), group=d["type"], kg=info)
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        ev = [{"text": e["text"], "doc": e["doc"], "date": e.get("date", ""), "headline": e.get("headline", ""),
               "method": e["method"], "confidence": e["confidence"], "title": e.get("title", "")}
              for e in d.get("evidence", [])[:max_evidence]]
        info = {"predicate": k, "evidence": ev, "titles": d.get("titles", []), "support": d.get("support", 0),
                "pmi": d.get("pmi", 0), "cooccurrence": bool(d.get("cooccurrence"))}
        net.add_edge(mint(u), mint(v), label="" if d.get("cooccurrence") else k, color=EDGE_COLORS.get(k, "#888"),
                     arrows="" if d.get("cooccurrence") else "to", dashes=bool(d.get("cooccurrence")), kg=info)
    return {"nodes": net.nodes, "edges": net.edges, "colors": COLORS, "shapes": SHAPES, "edgeColors": EDGE_COLORS}


def _script_json(data: dict) -> str:
    """JSON that is safe inside a <script> element."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def to_html(G: nx.MultiDiGraph, title: str = "kg knowledge graph") -> str:
    page = _template()
    data = _script_json(graph_data(G))
    title_json = _script_json({"title": title})
    return (page.replace("/*VIS_CSS*/", _asset("vis-9.1.2", "vis-network.css"))
                .replace("/*VIS_JS*/", _asset("vis-9.1.2", "vis-network.min.js"))
                .replace("{{KG_TITLE_JSON}}", title_json)
                .replace("{{KG_DATA}}", data))


def write_html(G: nx.MultiDiGraph, path: str | Path, title: str = "kg knowledge graph") -> Path:
    return atomic_write(Path(path), to_html(G, title).encode("utf-8"))
