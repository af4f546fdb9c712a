"""GraphML export for Gephi, yEd and Cytoscape: a flattened copy with scalar attributes only.

networkx's ``write_graphml`` refuses lists, sets and dicts, and Gephi shows only scalar
columns, so :func:`flatten` turns the graph into one where every attribute is a string,
an int, a float or a bool: lists are joined with ``"; "``, the first evidence sentence
and its source become edge columns, and every edge gets a unique id (``e0``, ``e1``, …)
because GraphML requires one. Nodes are the entity IRIs, with ``label`` for Gephi.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx

from ..graph import evidence_text
from ..iri import mint
from .atomic import atomic_write

__all__ = ["flatten", "to_graphml", "write_graphml"]

_SEP = "; "
#: characters XML 1.0 cannot carry (ingest drops them from text, but a graph built through the
#: library API may still hold them): left out of every string attribute
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _join(values) -> str:
    return _SEP.join(str(v) for v in values)


def flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with scalar attributes only, in sorted order (``G`` is not changed)."""
    H = nx.MultiDiGraph()
    for n, d in sorted(G.nodes(data=True)):
        attrs = d["attrs"]
        titles = attrs.get("titles", ())
        H.add_node(
            mint(n), label=d["name"], type=d["type"], key=n,
            aliases=_join(sorted(d["aliases"])), context_aliases=_join(sorted(d["context_aliases"])),
            division_code=attrs.get("code", ""), level=attrs.get("level", ""), role=attrs.get("role", ""),
            jurisdiction=attrs.get("place", ""),
            titles=_join(sorted(titles)) if isinstance(titles, (set, list, tuple)) else str(titles),
            mentions=len(d["mentions"]), documents=_join(sorted(d["docs"])),
            first_seen=d.get("first_seen", ""), last_seen=d.get("last_seen", ""),
        )
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
    for i, (u, v, k, d) in enumerate(edges):
        ev = d.get("evidence") or []
        first = ev[0] if ev else {}
        co = bool(d.get("cooccurrence"))
        H.add_edge(
            mint(u), mint(v), key=f"e{i}", label=k, predicate=k, cooccurrence=co,
            weight=float(d.get("support", 1)) if co else 1.0,
            confidence=float(d.get("confidence", 0.0)), titles=_join(d.get("titles", [])),
            evidence=" ".join(evidence_text(G, first).split()), document=first.get("doc", ""),
            date=first.get("date", ""), evidence_count=len(ev),
            documents=_join(sorted({e["doc"] for e in ev})), dates=_join(sorted({e["date"] for e in ev if e.get("date")}
                                                                               | set(d.get("dates", [])))),
            support=int(d.get("support", 0)), pmi=float(d.get("pmi", 0.0)),
        )
    for _, d in H.nodes(data=True):
        _xml_safe(d)
    for _, _, d in H.edges(data=True):
        _xml_safe(d)
    return H


def _xml_safe(attrs: dict) -> None:
    for k, v in attrs.items():
        if type(v) is str and _NOT_XML.search(v):
            attrs[k] = _NOT_XML.sub("", v)


def to_graphml(G: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(flatten(G), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``graph.graphml`` atomically."""
    return atomic_write(Path(path), to_graphml(G))
