"""The HTML explorer: one self-contained, offline page drawn with vis-network.

The page is kg's own template (``explorer.html``) with vis-network's script and style
embedded from pyvis's package data, so it makes no network request. Every string from
the text reaches the page as JSON inside a ``<script type="application/json">`` block and
is shown with ``textContent`` (or drawn on the canvas): names and evidence can never run
as script or close an element.

Every layout is computed here (:func:`force_layout`, over the typed relations) and the page
opens with physics off: nothing is stabilised in the browser. The page draws the names of
the most important nodes itself, at a readable size at every zoom and never on top of one
another; co-occurrence edges come strongest first and only as many as asked for; a time
filter and a table of officials and their posts sit beside the graph.
"""
from __future__ import annotations

import importlib.util
import json
import math
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a build's graph is kg.multigraph's: the page is made without importing networkx
    import networkx as nx

from ..iri import mint
from ..multigraph import Graph
from .atomic import atomic_write
from .layout import force_layout

__all__ = ["to_html", "write_html", "graph_data", "layout_graph", "TYPES", "RELATIONS", "LARGE", "COOCCURRENCE_SHOWN"]

#: type -> colour, vis-network shape, legend glyph and Chinese name
TYPES = {
    "Official": {"color": "#d62728", "shape": "star", "glyph": "★", "zh": "公职人员"},
    "Person": {"color": "#ff7f0e", "shape": "dot", "glyph": "●", "zh": "人物"},
    "Agency": {"color": "#1f77b4", "shape": "square", "glyph": "■", "zh": "机构"},
    "Place": {"color": "#2ca02c", "shape": "triangle", "glyph": "▲", "zh": "地点"},
    "Programme": {"color": "#9467bd", "shape": "diamond", "glyph": "◆", "zh": "项目"},
}
#: relation -> colour and Chinese name; coOccursWith is drawn dashed and hidden by default
RELATIONS = {
    "holdsPost": {"color": "#d62728", "zh": "任职于"},
    "partOf": {"color": "#2ca02c", "zh": "隶属于"},
    "locatedIn": {"color": "#17becf", "zh": "辖区"},
    "subOrganizationOf": {"color": "#1f77b4", "zh": "下属于"},
    "implements": {"color": "#9467bd", "zh": "实施"},
    "participatesIn": {"color": "#e377c2", "zh": "参与"},
    "coOccursWith": {"color": "#bbbbbb", "zh": "共现"},
}
#: above this many nodes edges are drawn straight and hidden while the view moves
LARGE = 1000
#: co-occurrence edges drawn when the toggle is turned on (the strongest first; the page can ask for more)
COOCCURRENCE_SHOWN = 1000
#: document attributes that are bookkeeping, not provenance a reader wants to see
_NOT_PROVENANCE = ("sha256", "encoding", "chars")
#: jurisdiction levels offered in the filter
_JURISDICTION_LEVELS = ("province", "city", "county", "town", "street")


def _asset(*parts: str) -> str:
    """A file of vis-network's from pyvis's package data, found without importing pyvis (its import,
    with jinja2's, costs more than the rest of the page)."""
    spec = importlib.util.find_spec("pyvis")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    root = Path(folders[0]) if folders else resources.files("pyvis")
    return root.joinpath("lib", *parts).read_text(encoding="utf-8")


def _template() -> str:
    return resources.files("kg.exporters").joinpath("explorer.html").read_text(encoding="utf-8")


def jurisdictions(G: nx.MultiDiGraph) -> tuple[dict[str, set[str]], dict[str, tuple[str, str]]]:
    """Division codes each node lies in, and ``code -> (name, level)`` of those codes.

    A node lies in the divisions of its own jurisdiction chain (``jurisdiction``, set when the
    graph is built: see :func:`kg.identity.jurisdiction.add_jurisdictions`); an agency without one
    lies where it is located, an official also where the agencies it holds posts in lie, and a
    programme in the places of the bodies that implement it.
    """
    names: dict[str, tuple[str, str]] = {}
    jur: dict[str, set[str]] = {n: set() for n in G}
    for n, d in G.nodes(data=True):
        for code, name, level in d.get("jurisdiction", ()):
            jur[n].add(code)
            names[code] = (name, level)
    for u, v, k in sorted(G.edges(keys=True)):
        if k == "locatedIn" and not jur[u]:
            jur[u] |= jur[v]
    for u, v, k in sorted(G.edges(keys=True)):
        if k == "holdsPost":
            jur[u] |= jur[v]
    for u, v, k in sorted(G.edges(keys=True)):
        if k == "implements":
            jur[v] |= jur[u]
    return jur, names


def _size(mentions: int) -> float:
    return round(8 + 5 * math.sqrt(min(mentions, 64)), 1)


def _importance(G: nx.MultiDiGraph) -> dict[str, float]:
    """Mentions and typed relations: whose name the page draws first."""
    degree = {n: 0 for n in G}
    for u, v, k in G.edges(keys=True):
        if k != "coOccursWith":
            degree[u] += 1
            degree[v] += 1
    return {n: len(d["mentions"]) + 3 * degree[n] for n, d in G.nodes(data=True)}


def _scalar(v) -> bool:
    return isinstance(v, (str, int, float)) and not isinstance(v, bool) and v != ""


def graph_data(G: nx.MultiDiGraph, *, max_evidence: int = 5) -> dict:
    """Nodes (with positions), typed edges, co-occurrence edges strongest first, dates,
    documents' provenance, legend and jurisdictions for the page (plain JSON-able data)."""
    jur, jur_names = jurisdictions(G)
    posts: dict[str, list[str]] = {n: [] for n in G}
    typed = sorted(((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if not d.get("cooccurrence")),
                   key=lambda e: (e[0], e[1], e[2]))
    for u, v, k, d in typed:
        if k == "holdsPost":
            titles = d.get("titles") or [""]
            posts[u] += [f"{G.nodes[v]['name']} {t}".strip() for t in titles]
            posts[v] += [f"{G.nodes[u]['name']} {t}".strip() for t in titles]
    pos = _positions(G)
    importance = _importance(G)
    order = sorted(G.nodes)
    rank = {n: i for i, n in enumerate(sorted(order, key=lambda n: (-importance[n], n)))}
    index = {n: i for i, n in enumerate(order)}
    edge_dates = [sorted({e["date"] for e in d.get("evidence", []) if e.get("date")}) for *_, d in typed]
    # a node is in a time window when it is mentioned then or a fact about it is reported then
    node_dates = {n: {m["date"] for m in G.nodes[n]["mentions"] if m.get("date")} for n in order}
    for (u, v, _, _), ds in zip(typed, edge_dates):
        node_dates[u].update(ds)
        node_dates[v].update(ds)
    node_dates = {n: sorted(ds) for n, ds in node_dates.items()}
    # a post is in a time window while its tenure lasts (kg.identity.tenures): from its start (or first
    # report) to its end, to the last date of the graph while it is open
    edge_tenures = [[(t["start"]["date"] or _first_report(t), t["end"]["date"] if t["end"]["kind"] in ("exact", "not_after")
                      else "", t) for t in d.get("tenures", ())] for *_, d in typed]
    career: dict[str, list[tuple[str, str, str]]] = {n: [] for n in order}
    for (u, v, _, _), ts in zip(typed, edge_tenures):
        for start, end, t in ts:
            qual = f"（{'、'.join(t['qualifiers'])}）" if t.get("qualifiers") else ""
            career[u].append((start, end, f"{start or '?'} — {end or '…'} {G.nodes[v]['name']} {t['title']}{qual}"))
    co = sorted(((u, v, d) for u, v, k, d in G.edges(keys=True, data=True) if d.get("cooccurrence")),
                key=lambda e: (-e[2].get("support", 0), -e[2].get("pmi", 0), e[0], e[1]))
    dates = sorted({x for ds in node_dates.values() for x in ds} | {x for ds in edge_dates for x in ds}
                   | {x for *_, d in co for x in d.get("dates", [])}
                   | {x for ts in edge_tenures for s, e, _ in ts for x in (s, e) if x})
    at = {x: i for i, x in enumerate(dates)}
    last = len(dates) - 1
    edge_spans = [[[at[s] if s else 0, at[e] if e else last] for s, e, _ in ts] for ts in edge_tenures]
    node_spans: dict[str, list[list[int]]] = {n: [] for n in order}
    for (u, v, _, _), spans in zip(typed, edge_spans):
        node_spans[u] += spans
        node_spans[v] += spans
    nodes = []
    for n in order:
        d = G.nodes[n]
        attrs = d["attrs"]
        titles = attrs.get("titles", [])
        x, y = pos[n]
        nodes.append({
            "id": mint(n), "label": d["name"], "type": d["type"], "size": _size(len(d["mentions"])),
            "name": d["name"], "aliases": sorted(d["aliases"] | d["context_aliases"]), "code": attrs.get("code", ""),
            "level": attrs.get("level", ""), "role": attrs.get("role", ""),
            "titles": sorted(titles) if isinstance(titles, (set, list, tuple)) else [str(titles)],
            "posts": posts[n], "docs": sorted(d["docs"]), "mentions": len(d["mentions"]),
            "first_seen": d.get("first_seen", ""), "last_seen": d.get("last_seen", ""), "jur": sorted(jur[n]),
            "x": x, "y": y, "rank": rank[n], "dates": [at[x] for x in node_dates[n]],
            "spans": sorted(node_spans[n]), "career": [c for *_, c in sorted(career[n])],
        })
    edges = []
    table = G.graph.get("sentences", {})
    sentences: list[str] = []  # each evidence sentence once; an evidence record names them by index
    sentence_at: dict[str, int] = {}

    def shown(e: dict) -> dict:
        out = {key: val for key, val in sorted(e.items()) if _scalar(val) and key not in ("start", "end", "article")}
        ids = [i for i in e.get("sentences", ()) if i in table]
        if ids:
            out["s"] = [sentence_at.setdefault(i, len(sentence_at)) for i in ids]
            for i in ids:
                if sentence_at[i] == len(sentences):
                    sentences.append(table[i]["text"])
        return out

    for (u, v, k, d), ds, spans, ts in zip(typed, edge_dates, edge_spans, edge_tenures):
        ev = [shown(e) for e in d.get("evidence", [])[:max_evidence]]
        edges.append({"from": mint(u), "to": mint(v), "predicate": k, "evidence": ev,
                      "n_evidence": len(d.get("evidence", [])), "titles": d.get("titles", []),
                      "dates": [at[x] for x in ds], "spans": spans,
                      "tenures": [[t["title"], s, e, "、".join(t.get("qualifiers", ()))] for s, e, t in ts]})
    cooc = [[index[u], index[v], d.get("support", 0), d.get("pmi", 0), [at[x] for x in d.get("dates", [])]]
            for u, v, d in co]
    documents = {doc: {k: v for k, v in sorted(info.items()) if _scalar(v) and k not in _NOT_PROVENANCE}
                 for doc, info in sorted(G.graph.get("documents", {}).items())}
    for (doc, _), info in sorted(G.graph.get("articles", {}).items()):  # a notice's issuing bodies
        names = [G.nodes[k]["name"] for k in info.get("issuers", ()) if k in G]
        if names and doc in documents:
            documents[doc]["issuer"] = "、".join(dict.fromkeys(filter(None, [documents[doc].get("issuer", ""), *names])))
    used = sorted({c for cs in jur.values() for c in cs if jur_names[c][1] in _JURISDICTION_LEVELS})
    return {"nodes": nodes, "edges": edges, "cooc": cooc, "dates": dates, "documents": documents, "sentences": sentences,
            "types": TYPES, "relations": RELATIONS, "large": G.number_of_nodes() > LARGE,
            "cooc_shown": COOCCURRENCE_SHOWN, "jurisdictions": [[c, *jur_names[c]] for c in used]}


def _first_report(t: dict) -> str:
    return next((r[0] for r in t.get("reports", ()) if r[0]), "")


def layout_graph(G: nx.MultiDiGraph, *, networkx: bool = True) -> nx.Graph | Graph:
    """The undirected graph the layout runs on: every entity, and the typed relations (what the
    page shows by default); co-occurrence does not move nodes. Built in sorted order. A
    ``networkx.Graph``, or with ``networkx=False`` a :class:`kg.multigraph.Graph` (the same tables,
    networkx not imported: what the page's own layout uses)."""
    if networkx:
        import networkx as nx

        H = nx.Graph()
    else:
        H = Graph()
    H.add_nodes_from(sorted(G.nodes))
    H.add_edges_from(sorted((u, v) for u, v, k in G.edges(keys=True) if k != "coOccursWith" and u != v))
    return H


def _positions(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Force-directed positions over the typed relations."""
    return {n: (round(x, 1), round(y, 1))
            for n, (x, y) in force_layout(layout_graph(G, networkx=False), seed=1).items()}


def _script_json(data: dict) -> str:
    """JSON that is safe inside a <script> element: no ``<``, ``>`` or ``&`` appear as such."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def to_html(G: nx.MultiDiGraph, title: str = "kg knowledge graph", **kw) -> str:
    """The page as a string: template, vis-network, and the graph as JSON."""
    page = _template()
    parts = {
        "/*VIS_CSS*/": _asset("vis-9.1.2", "vis-network.css"),
        "/*VIS_JS*/": _asset("vis-9.1.2", "vis-network.min.js"),
        "{{KG_TITLE_JSON}}": _script_json({"title": title}),
        "{{KG_DATA}}": _script_json(graph_data(G, **kw)),
    }
    # one pass, so that nothing inserted is searched for a later placeholder
    return re.sub("|".join(re.escape(k) for k in parts), lambda m: parts[m.group(0)], page)


def write_html(G: nx.MultiDiGraph, path: str | Path, title: str = "kg knowledge graph") -> Path:
    """Write ``graph.html`` atomically (UTF-8)."""
    return atomic_write(Path(path), to_html(G, title).encode("utf-8"))
