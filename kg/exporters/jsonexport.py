"""JSON export: nodes and links with their attributes and provenance (sorted, deterministic).

Evidence is stored once: ``sentences`` lists each evidence unit (id, document, offsets, article,
text); a mention's ``sentence`` and an evidence record's ``sentences`` are those ids.

:func:`write_json` streams the file one node and one link at a time; its bytes are those of
``json.dumps(to_json(G), ensure_ascii=False, indent=1)``.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # a build's graph is kg.multigraph's, with networkx's interface: networkx need not be imported
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


def _nodes(G: nx.MultiDiGraph, mentions: bool = True, plain=_plain) -> Iterator[dict]:
    """The nodes; without ``mentions`` their mention lists are left empty (the writer streams them).
    ``plain`` is applied to the values that are written with sorted keys and sets as sorted lists."""
    for n in sorted(G.nodes):
        d = G.nodes[n]
        yield {"id": mint(n), "key": n, "type": d["type"], "name": d["name"],
               "aliases": sorted(d["aliases"]), "context_aliases": sorted(d["context_aliases"]),
               "attrs": plain({k: _FLAG if v is True else v for k, v in d["attrs"].items()}), "docs": sorted(d["docs"]),
               "first_seen": d.get("first_seen", ""), "last_seen": d.get("last_seen", ""),
               "mentions": plain(d["mentions"]) if mentions else []}


def _links(G: nx.MultiDiGraph, plain=_plain) -> Iterator[dict]:
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        link = {"source": mint(u), "target": mint(v), "predicate": k, "cooccurrence": bool(d.get("cooccurrence"))}
        for key in ("support", "pmi", "dates", "confidence", "titles", "tenures", "evidence"):
            if key in d:
                link[key] = plain(d[key])
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


def _dump(value, level: int, plain: bool = False) -> str:
    """``value`` as json.dumps(indent=1) writes it ``level`` levels deep; with ``plain``, as it
    writes ``_plain(value)`` (keys sorted, sets as sorted lists).

    The same bytes, made faster: a list or dict of strings and numbers only is written by json's C
    encoder in one call, its item separator the line break and indent of its level (``indent``
    makes json.dumps encode in Python, three times slower); around others the brackets and indents
    are put here. A dict with a key that is no string goes to json.dumps as it is.

    >>> v = {"a": [1, 2.5, None, True], "b": {}, "c": [], "名": {"d": "x\\ny"}}
    >>> _dump(v, 2) == json.dumps(v, ensure_ascii=False, indent=1).replace("\\n", "\\n  ")
    True
    """
    try:
        return _indented(value, " " * level, plain)
    except _NotPlain:
        return json.dumps(_plain(value) if plain else value, ensure_ascii=False, indent=1,
                          default=_unwrap).replace("\n", "\n" + " " * level)


class _NotPlain(Exception):
    """A value :func:`_indented` leaves to json.dumps."""


class _Plain:
    """A value inside an item that is written as ``_plain(value)`` (see :func:`_dump`)."""

    __slots__ = ("value",)

    def __init__(self, value) -> None:
        self.value = value


def _wrapped(value):
    """``value`` for an item written with :func:`_dump`, as ``_plain(value)`` would write it: strings,
    numbers and empty lists as they are (``_plain`` leaves them so), anything else wrapped in :class:`_Plain`."""
    if type(value) in _SCALARS:
        return value
    if not value and type(value) in (list, tuple, set):
        return []
    return _Plain(value)


def _unwrap(o):
    if type(o) is _Plain:
        return _plain(o.value)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


_encoder = json.JSONEncoder(ensure_ascii=False).encode
_string = json.encoder.encode_basestring  # json's C function where it has one
_CONSTANTS = {None: "null", True: "true", False: "false"}
#: the types json writes without looking inside
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _scalar(value) -> str:
    """``value`` as json.dumps writes it: strings and integers straight to the functions json itself
    calls for them (its encoder's own dispatch costs more than the encoding of a short value)."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float and value == value and value not in (_INF, -_INF):
        return float.__repr__(value)
    if value is None or kind is bool:
        return _CONSTANTS[value]
    return _encoder(value)


_INF = float("inf")
_FLAT: dict = {}


def _flat(inner: str, sort: bool):
    """A function that writes a list or dict of scalars as ``[a,SEP b]`` (``{"k": a,SEP ...}``), SEP
    being a comma, a line break and ``inner``: json.dumps(indent=1) but the first and last breaks."""
    got = _FLAT.get((inner, sort))
    if got is None:
        make = json.encoder.c_make_encoder
        sep = ",\n" + inner
        if make is not None:
            encode = make(None, _unwrap, _string, None, ": ", sep, sort, False, True)

            def got(value):
                return "".join(encode(value, 0))
        else:  # pragma: no cover - a Python without json's C module
            got = json.JSONEncoder(ensure_ascii=False, separators=(sep, ": "), sort_keys=sort).encode
        _FLAT[(inner, sort)] = got
    return got


_KEY_HEADS: dict[str, dict] = {}
#: the most keys :func:`_key_heads` keeps for one indent (a graph's records have a few dozen kinds of key)
_KEY_HEADS_KEPT = 4096


def _key_heads(inner: str) -> dict:
    """The start of each item of a dict written at ``inner``, by key: the line break, the indent, the key as
    json writes it and ``": "``, made once a key (the records of a graph repeat a few dozen keys)."""
    got = _KEY_HEADS.get(inner)
    if got is None or len(got) > _KEY_HEADS_KEPT:
        got = _KEY_HEADS[inner] = {}
    return got


def _indented(value, indent: str, plain: bool = False) -> str:
    """``value`` (``_plain(value)`` with ``plain``) as json.dumps(indent=1) writes it, each line
    after the first starting with ``indent``."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is _Plain:
        return _indented(value.value, indent, True)
    if kind is dict or isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + " "
        if _SCALARS.issuperset(map(type, value.values())):
            if not plain and not all(type(k) is str for k in value):
                raise _NotPlain
            s = _flat(inner, plain)(value)
            return "{\n" + inner + s[1:-1] + "\n" + indent + "}"
        heads = _key_heads(inner)
        parts = []
        for k, v in (sorted(value.items()) if plain else value.items()):
            head = heads.get(k)
            if head is None:
                if type(k) is not str:
                    raise _NotPlain
                head = heads[k] = "\n" + inner + _string(k) + ": "
            t = type(v)
            if t is str:
                parts.append(head + _string(v))
            elif t in _SCALARS:
                parts.append(head + _scalar(v))
            elif not v and (t is list or t is tuple):
                parts.append(head + "[]")
            else:
                parts.append(head + _indented(v, inner, plain))
        return "{" + ",".join(parts) + "\n" + indent + "}"
    if plain and isinstance(value, set):
        value = sorted(value)
    if kind is list or kind is tuple or isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + " "
        if _SCALARS.issuperset(map(type, value)):
            s = _flat(inner, False)(value)
            return "[\n" + inner + s[1:-1] + "\n" + indent + "]"
        return "[\n" + inner + (",\n" + inner).join([_indented(v, inner, plain) for v in value]) + "\n" + indent + "]"
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
    # a mention is a dict of strings and numbers (json's encoder writes it in one call, as _dump would);
    # they are written in runs of _MENTIONS_A_WRITE, one string each
    flat = _flat("     ", True)
    for a in range(0, len(mentions), _MENTIONS_A_WRITE):
        parts = []
        for m in mentions[a : a + _MENTIONS_A_WRITE]:
            if type(m) is dict and m and _SCALARS.issuperset(map(type, m.values())) and \
                    all(type(k) is str for k in m):
                parts.append("\n    {\n     " + flat(m)[1:-1] + "\n    }")
            else:
                parts.append("\n    " + _dump(m, 4, plain=True))
        put(f, ("," if a else "") + ",".join(parts))
    put(f, "\n   ]\n  }")


#: how many mentions of a node go to the file in one write
_MENTIONS_A_WRITE = 1000


def write_json(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``graph.json`` as it is produced, atomically."""
    path = Path(path)

    def put(f, s: str) -> None:
        f.write(s.encode("utf-8", "replace"))  # a file name that is not Unicode must not stop the export

    with atomic_open(path) as f:
        put(f, "{")
        put(f, '\n "nodes": [')
        first = True
        for n, item in zip(sorted(G.nodes), _nodes(G, mentions=False, plain=_Plain)):
            put(f, ("" if first else ",") + "\n  ")
            _put_node(f, put, item, G.nodes[n]["mentions"])
            first = False
        put(f, "]" if first else "\n ]")
        put(f, ',\n "links": [')
        first = True
        for item in _links(G, plain=_wrapped):
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
