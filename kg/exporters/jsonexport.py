"""JSON export: nodes and links with their attributes and provenance (sorted, deterministic)."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..iri import mint
from .atomic import atomic_write

__all__ = ["to_json", "write_json"]


def _plain(v):
    if isinstance(v, set):
        return sorted(v)
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in sorted(v.items())}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def to_json(G: nx.MultiDiGraph) -> dict:
    """A node-link dictionary; entity ids are the RDF IRIs."""
    nodes = []
    for n, d in sorted(G.nodes(data=True)):
        nodes.append({"id": mint(n), "key": n, "type": d["type"], "name": d["name"],
                      "aliases": sorted(d["aliases"]), "context_aliases": sorted(d["context_aliases"]),
                      "attrs": _plain(d["attrs"]), "docs": sorted(d["docs"]),
                      "first_seen": d.get("first_seen", ""), "last_seen": d.get("last_seen", ""),
                      "mentions": _plain(d["mentions"])})
    links = []
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        link = {"source": mint(u), "target": mint(v), "predicate": k, "cooccurrence": bool(d.get("cooccurrence"))}
        for key in ("support", "pmi", "dates", "confidence", "titles", "evidence"):
            if key in d:
                link[key] = _plain(d[key])
        links.append(link)
    docs = {k: v for k, v in sorted(G.graph.get("documents", {}).items())}
    arts = [{"doc": k[0], "index": k[1], **v} for k, v in sorted(G.graph.get("articles", {}).items())]
    return {"nodes": nodes, "links": links, "documents": docs, "articles": arts}


def write_json(G: nx.MultiDiGraph, path: str | Path) -> Path:
    data = json.dumps(to_json(G), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    return atomic_write(Path(path), data.encode("utf-8"))
