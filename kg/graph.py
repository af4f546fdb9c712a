"""Merge per-document results into one networkx graph: the reduce step of a build.

Nodes are entity keys with ``type``, ``name``, ``aliases`` and provenance; edges are typed
relations (``key`` = predicate) with their evidence, plus co-occurrence edges
(``key="coOccursWith"``, ``cooccurrence=True``) with support and PMI.

>>> G = build_graph([])
>>> G.number_of_nodes()
0
"""
from __future__ import annotations

import hashlib
import math
import re
from array import array
from sys import intern
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Iterable

import networkx as nx

from .model import RELATION_TYPES, Article, Document, DocResult, Entity, Mention, Relation
from .resolve import normalise_name, programme_stem

__all__ = ["build_graph", "GraphMerger", "MergeInput", "merge_input", "merge_nodes", "add_cooccurrence", "summary"]

COOCCURRENCE = "coOccursWith"


@dataclass(frozen=True, slots=True)
class MergeInput:
    """What the merge needs of one document: its :class:`DocResult` without the text.

    A build keeps one of these per document instead of the DocResult, so the reduce step never
    holds the texts of a corpus at once. The text is replaced by its length and, per article,
    the fingerprint that spots a story printed twice (see :func:`merge_input`).
    """

    document: Document  # with text ""
    chars: int  # len(document.text)
    fingerprints: tuple[str, ...]  # one per article, in the order of ``articles``
    articles: tuple[Article, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[str, ...] = ()


def merge_input(r: DocResult | MergeInput) -> MergeInput:
    """The :class:`MergeInput` of a result: drop the text, keep its length and article fingerprints."""
    if isinstance(r, MergeInput):
        return r
    text = r.document.text
    return MergeInput(document=replace(r.document, text=""), chars=len(text),
                      fingerprints=tuple(_fingerprint(text[a.start : a.end]) for a in r.articles),
                      articles=r.articles, mentions=r.mentions, entities=r.entities, relations=r.relations,
                      warnings=r.warnings)


def build_graph(results: Iterable[DocResult | MergeInput], *, cooccurrence: bool = True,
                min_support: int = 1) -> nx.MultiDiGraph:
    """One graph from many documents; deterministic for the same results in any order."""
    merger = GraphMerger(cooccurrence=cooccurrence, min_support=min_support)
    for r in sorted(results, key=lambda r: r.document.doc_id):
        merger.add(r)
    return merger.graph()


class GraphMerger:
    """The reduce step, one document at a time: :meth:`add` results in ``doc_id`` order, then
    :meth:`graph`. It keeps the growing graph and, for co-occurrence, the mention offsets of
    each distinct article, never a document's text.

    >>> m = GraphMerger()
    >>> m.graph().number_of_nodes()
    0
    """

    def __init__(self, *, cooccurrence: bool = True, min_support: int = 1) -> None:
        self.G = nx.MultiDiGraph(documents={}, articles={})
        self.cooccurrence = cooccurrence
        self.min_support = min_support
        self._last: str | None = None
        self._seen_articles: set[str] = set()
        # (doc_id, date, flat start/end offsets of the article's mentions) for each distinct article
        self._articles: list[tuple[str, str, array]] = []

    def add(self, result: DocResult | MergeInput) -> None:
        """Merge one document; documents must come in increasing ``doc_id`` order."""
        r = merge_input(result)
        G = self.G
        doc = r.document
        if self._last is not None and doc.doc_id < self._last:
            raise ValueError(f"documents must be merged in doc_id order: {doc.doc_id!r} after {self._last!r}")
        self._last = doc.doc_id
        arts = {a.index: a for a in r.articles}
        G.graph["documents"][doc.doc_id] = {"path": doc.path, "sha256": doc.sha256, "encoding": doc.encoding,
                                            "chars": r.chars}
        for a in r.articles:
            G.graph["articles"][(doc.doc_id, a.index)] = {
                "headline": a.headline, "newspaper": a.newspaper, "date": a.date, "reporters": list(a.reporters),
                "start": a.start, "end": a.end, "place": a.place}
        for e in r.entities:
            if e.key not in G:
                G.add_node(e.key, type=e.type, name=e.name, aliases=set(), context_aliases=set(), attrs={},
                           mentions=[], docs=set())
            n = G.nodes[e.key]
            n["aliases"].update(e.aliases)
            for k, v in e.attrs:
                if k == "context_aliases":
                    n["context_aliases"].update(x for x in v.split(";") if x)
                elif k == "titles":
                    n["attrs"].setdefault("titles", set()).update(v.split(";"))
                else:
                    n["attrs"].setdefault(k, v)
            n["docs"].add(doc.doc_id)
        for m in r.mentions:
            if m.key not in G:
                continue
            a = arts.get(m.article)
            G.nodes[m.key]["mentions"].append(  # surface forms and methods recur: one string each
                {"doc": doc.doc_id, "start": m.start, "end": m.end, "text": intern(m.text),
                 "method": intern(m.method), "confidence": m.confidence, "article": m.article,
                 "date": a.date if a else "", "headline": a.headline if a else "", "newspaper": a.newspaper if a else ""}
            )
        for rel in r.relations:
            if rel.subject not in G or rel.object not in G:
                continue
            a = arts.get(rel.article)
            ev = {"doc": doc.doc_id, "start": rel.start, "end": rel.end, "text": rel.evidence, "method": rel.method,
                  "confidence": rel.confidence, "article": rel.article, "date": a.date if a else "",
                  "headline": a.headline if a else "", "newspaper": a.newspaper if a else ""}
            ev.update({k: v for k, v in rel.attrs})
            if G.has_edge(rel.subject, rel.object, key=rel.predicate):
                G.edges[rel.subject, rel.object, rel.predicate]["evidence"].append(ev)
            else:
                G.add_edge(rel.subject, rel.object, key=rel.predicate, predicate=rel.predicate, evidence=[ev],
                           cooccurrence=False)
        if self.cooccurrence:
            self._articles += _distinct_articles(r, self._seen_articles)

    def graph(self) -> nx.MultiDiGraph:
        """Finish the merge (node merging, sorting, co-occurrence) and return the graph."""
        G = self.G
        merge_nodes(G)
        for u, v, k, d in G.edges(keys=True, data=True):
            d["evidence"].sort(key=lambda e: (e["doc"], e["start"], e["end"], e["method"]))
            d["confidence"] = max(e["confidence"] for e in d["evidence"])
            titles = sorted({e["title"] for e in d["evidence"] if e.get("title")})
            if titles:
                d["titles"] = titles
        for n, d in G.nodes(data=True):
            d["mentions"].sort(key=lambda m: (m["doc"], m["start"], m["end"]))
            dates = sorted(m["date"] for m in d["mentions"] if m["date"])
            d["first_seen"], d["last_seen"] = (dates[0], dates[-1]) if dates else ("", "")
        if self.cooccurrence:
            _cooccur(G, self._articles, self.min_support)
            self._articles = []
        return G


def _merge_into(G: nx.MultiDiGraph, keep: str, drop: str) -> None:
    if keep == drop or drop not in G or keep not in G:
        return
    a, b = G.nodes[keep], G.nodes[drop]
    a["aliases"] |= b["aliases"] | ({b["name"]} - {a["name"]})
    a["context_aliases"] |= b["context_aliases"]
    for k, v in b["attrs"].items():
        if isinstance(v, set):
            a["attrs"].setdefault(k, set()).update(v)
        else:
            a["attrs"].setdefault(k, v)
    a["mentions"] += b["mentions"]
    a["docs"] |= b["docs"]
    for u, v, k, d in list(G.in_edges(drop, keys=True, data=True)):
        _move_edge(G, u, keep, k, d)
    for u, v, k, d in list(G.out_edges(drop, keys=True, data=True)):
        _move_edge(G, keep, v, k, d)
    G.remove_node(drop)


def _move_edge(G, u, v, k, d) -> None:
    if u == v:
        return
    if G.has_edge(u, v, key=k):
        G.edges[u, v, k]["evidence"] += d["evidence"]
    else:
        G.add_edge(u, v, key=k, **{**d, "evidence": list(d["evidence"])})


def merge_nodes(G: nx.MultiDiGraph) -> None:
    """Merge nodes that name the same entity under different keys.

    - a programme whose name is another's plus a variant ending (八镇联动发展 → 八镇联动);
    - two nodes of one type where one's alias is the other's name (开平市医保局 → 开平市医疗保障局);
    - a Person and an Official of the same name on the same page: the Official keeps both.
    """
    by_type: dict[str, dict[str, str]] = defaultdict(dict)
    for n, d in sorted(G.nodes(data=True)):
        by_type[d["type"]].setdefault(normalise_name(d["name"]), n)
    # programmes: variants of one stem
    stems: dict[str, list[str]] = defaultdict(list)
    for n, d in sorted(G.nodes(data=True)):
        if d["type"] == "Programme":
            stems[programme_stem(d["name"])].append(n)
    for stem, nodes in stems.items():
        if len(nodes) < 2:
            continue
        nodes.sort(key=lambda n: (len(G.nodes[n]["name"]), n))
        for other in nodes[1:]:
            _merge_into(G, nodes[0], other)
    # aliases that are another node's name
    changed = True
    while changed:
        changed = False
        names: dict[tuple[str, str], str] = {}
        for n, d in sorted(G.nodes(data=True)):
            names.setdefault((d["type"], normalise_name(d["name"])), n)
        for n, d in sorted(G.nodes(data=True)):
            for alias in sorted(d["aliases"]):
                other = names.get((d["type"], normalise_name(alias)))
                if other and other != n and other in G and n in G:
                    keep, drop = sorted((n, other), key=lambda x: (-len(G.nodes[x]["mentions"]), x))
                    _merge_into(G, keep, drop)
                    changed = True
                    break
            if changed:
                break
    # a Person who is an Official in the same document
    officials = defaultdict(list)
    for n, d in G.nodes(data=True):
        if d["type"] == "Official":
            officials[d["name"]].append(n)
    for n, d in sorted(G.nodes(data=True)):
        if d["type"] == "Person" and d["name"] in officials:
            for o in officials[d["name"]]:
                if G.nodes[o]["docs"] & d["docs"]:
                    _merge_into(G, o, n)
                    break


def _fingerprint(text: str) -> str:
    return hashlib.sha1(re.sub(r"[\W\d_]+", "", text).encode("utf-8")).hexdigest()


def add_cooccurrence(G: nx.MultiDiGraph, results: list[DocResult | MergeInput], min_support: int = 1) -> None:
    """Article-level co-occurrence edges with support (distinct articles, dates) and PMI.

    Articles whose text is the same once punctuation and digits are removed (one story
    printed twice) count once.
    """
    seen: set[str] = set()
    articles = []
    for r in results:
        articles += _distinct_articles(merge_input(r), seen)
    _cooccur(G, articles, min_support)


def _distinct_articles(r: MergeInput, seen: set[str]) -> list[tuple[str, str, array]]:
    """(doc_id, date, mention offsets) of each article of ``r`` whose fingerprint is not in ``seen``."""
    per_article: dict[int, array] = defaultdict(lambda: array("q"))
    for m in r.mentions:
        per_article[m.article].extend((m.start, m.end))
    out = []
    for a, fp in zip(r.articles, r.fingerprints):
        if fp in seen:
            continue
        seen.add(fp)
        offsets = per_article.get(a.index)
        if offsets:
            out.append((r.document.doc_id, a.date, offsets))
    return out


def _cooccur(G: nx.MultiDiGraph, articles: list[tuple[str, str, array]], min_support: int) -> None:
    node_of: dict[str, str] = {}
    for n, d in G.nodes(data=True):
        for m in d["mentions"]:
            node_of[f"{m['doc']}\x00{m['start']}\x00{m['end']}"] = n
    baskets: list[tuple[frozenset, str]] = []
    for doc_id, date, offsets in articles:
        nodes = set()
        for i in range(0, len(offsets), 2):
            n = node_of.get(f"{doc_id}\x00{offsets[i]}\x00{offsets[i + 1]}")
            if n is not None:
                nodes.add(n)
        if nodes:
            baskets.append((frozenset(nodes), date))
    total = len(baskets)
    if total == 0:
        return
    count = Counter()
    pair = Counter()
    pair_dates: dict[tuple[str, str], set[str]] = defaultdict(set)
    for nodes, date in baskets:
        count.update(nodes)
        for u, v in combinations(sorted(nodes), 2):
            pair[(u, v)] += 1
            if date:
                pair_dates[(u, v)].add(date)
    for (u, v), n in sorted(pair.items()):
        if n < min_support:
            continue
        pmi = math.log((n * total) / (count[u] * count[v]))
        G.add_edge(u, v, key=COOCCURRENCE, predicate=COOCCURRENCE, cooccurrence=True, support=n,
                   dates=sorted(pair_dates[(u, v)]), pmi=round(pmi, 4), evidence=[], confidence=0.0)


def summary(G: nx.MultiDiGraph) -> dict:
    """Counts of entities by type and of relations by predicate."""
    ents = Counter(d["type"] for _, d in G.nodes(data=True))
    rels = Counter(k for _, _, k in G.edges(keys=True) if k in RELATION_TYPES)
    co = sum(1 for _, _, k in G.edges(keys=True) if k == COOCCURRENCE)
    return {"entities": dict(sorted(ents.items())), "relations": dict(sorted(rels.items())), "cooccurrence": co}
