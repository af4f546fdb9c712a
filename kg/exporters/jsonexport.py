"""JSON export: nodes and links with their attributes and provenance (sorted, deterministic).

Evidence is stored once: ``sentences`` lists each evidence unit (id, document, offsets, article,
text); a mention's ``sentence`` and an evidence record's ``sentences`` are those ids.

:func:`write_json` streams the file one node and one link at a time; its bytes are those of
``json.dumps(to_json(G), ensure_ascii=False, indent=1)``.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import networkx as nx

from ..iri import mint
from .atomic import atomic_open

__all__ = ["to_json", "write_json"]


#: how the file writes a node's flags (national, implied)
_FLAG = "1"


def _plain(v):
    if isinstance(v, set):
        return sorted(v)
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in sorted(v.items())}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def _nodes(G: nx.MultiDiGraph, mentions: bool = True) -> Iterator[dict]:
    """The nodes; without ``mentions`` their mention lists are left empty (the writer streams them)."""
    for n in sorted(G.nodes):
        d = G.nodes[n]
        yield {"id": mint(n), "key": n, "type": d["type"], "name": d["name"],
               "aliases": sorted(d["aliases"]), "context_aliases": sorted(d["context_aliases"]),
               "attrs": _plain({k: _FLAG if v is True else v for k, v in d["attrs"].items()}), "docs": sorted(d["docs"]),
               "first_seen": d.get("first_seen", ""), "last_seen": d.get("last_seen", ""),
               "mentions": _plain(d["mentions"]) if mentions else []}


def _links(G: nx.MultiDiGraph) -> Iterator[dict]:
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        link = {"source": mint(u), "target": mint(v), "predicate": k, "cooccurrence": bool(d.get("cooccurrence"))}
        for key in ("support", "pmi", "dates", "confidence", "titles", "tenures", "evidence"):
            if key in d:
                link[key] = _plain(d[key])
        yield link


def _articles(G: nx.MultiDiGraph) -> Iterator[dict]:
    for k, v in sorted(G.graph.get("articles", {}).items()):
        yield {"doc": k[0], "index": k[1], **{x: ([mint(i) for i in y] if x == "issuers" else y) for x, y in v.items()}}


def _sentences(G: nx.MultiDiGraph) -> Iterator[dict]:
    table = G.graph.get("sentences", {})
    for sid, v in sorted(table.items(), key=lambda x: (x[1]["doc"], x[1]["start"], x[1]["end"], x[0])):
        yield {"id": sid, **v}


def to_json(G: nx.MultiDiGraph) -> dict:
    """A node-link dictionary; entity ids are the RDF IRIs."""
    docs = {k: v for k, v in sorted(G.graph.get("documents", {}).items())}
    return {"nodes": list(_nodes(G)), "links": list(_links(G)), "documents": docs, "articles": list(_articles(G)),
            "sentences": list(_sentences(G))}


def _dump(value, level: int) -> str:
    """``value`` as json.dumps(indent=1) writes it ``level`` levels deep.

    The same bytes, made faster: json's C encoder writes each string and number, the brackets
    and indents are put around them here (``indent`` makes json.dumps encode in Python, three
    times slower). A dict with a key that is no string goes to json.dumps as it is.

    >>> v = {"a": [1, 2.5, None, True], "b": {}, "c": [], "名": {"d": "x\\ny"}}
    >>> _dump(v, 2) == json.dumps(v, ensure_ascii=False, indent=1).replace("\\n", "\\n  ")
    True
    """
    try:
        return _indented(value, " " * level)
    except _NotPlain:
        return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


class _NotPlain(Exception):
    """A value :func:`_indented` leaves to json.dumps."""


_scalar = json.JSONEncoder(ensure_ascii=False).encode


def _indented(value, indent: str) -> str:
    """``value`` as json.dumps(indent=1) writes it, each line after the first starting with ``indent``."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + " "
        parts = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise _NotPlain
            parts.append(f"\n{inner}{_scalar(k)}: {_indented(v, inner)}")
        return "{" + ",".join(parts) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + " "
        return "[" + ",".join(f"\n{inner}{_indented(v, inner)}" for v in value) + "\n" + indent + "]"
    return _scalar(value)


def _put_node(f, put, item: dict, mentions: list[dict]) -> None:
    """A node as ``_dump(node, 2)`` writes it, its mentions one at a time (a place may have a million)."""
    head = _dump(item, 2)
    if not mentions:
        put(f, head)
        return
    tail = "[]\n  }"
    assert head.endswith(tail)
    put(f, head[: -len(tail)] + "[")
    for i, m in enumerate(mentions):
        put(f, ("," if i else "") + "\n    " + _dump(_plain(m), 4))
    put(f, "\n   ]\n  }")


def write_json(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``graph.json`` as it is produced, atomically."""
    path = Path(path)

    def put(f, s: str) -> None:
        f.write(s.encode("utf-8", "replace"))  # a file name that is not Unicode must not stop the export

    with atomic_open(path) as f:
        put(f, "{")
        put(f, '\n "nodes": [')
        first = True
        for n, item in zip(sorted(G.nodes), _nodes(G, mentions=False)):
            put(f, ("" if first else ",") + "\n  ")
            _put_node(f, put, item, G.nodes[n]["mentions"])
            first = False
        put(f, "]" if first else "\n ]")
        put(f, ',\n "links": [')
        first = True
        for item in _links(G):
            put(f, ("" if first else ",") + "\n  " + _dump(item, 2))
            first = False
        put(f, "]" if first else "\n ]")
        docs = {k: v for k, v in sorted(G.graph.get("documents", {}).items())}
        put(f, ',\n "documents": ' + _dump(docs, 1))
        for name, items in (("articles", _articles(G)), ("sentences", _sentences(G))):
            put(f, f',\n "{name}": [')
            first = True
            for item in items:
                put(f, ("" if first else ",") + "\n  " + _dump(item, 2))
                first = False
            put(f, "]" if first else "\n ]")
        put(f, "\n}\n")
    return path
