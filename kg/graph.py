"""Merge per-document results into one networkx graph: the reduce step of a build.

Nodes are entity keys with ``type``, ``name``, ``aliases`` and provenance; edges are typed
relations (``key`` = predicate) with their evidence, plus co-occurrence edges
(``key="coOccursWith"``, ``cooccurrence=True``) with support and PMI.

>>> G = build_graph([])
>>> G.number_of_nodes()
0
"""
from __future__ import annotations

import heapq
import math
import re
import zlib
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import combinations
from sys import intern
from typing import Iterable

import networkx as nx

from .model import RELATION_TYPES, Article, Document, DocResult, Entity, Mention, Relation
from .resolve import AliasRules, normalise_name, programme_stem

__all__ = ["build_graph", "GraphMerger", "MergeInput", "merge_input", "merge_nodes", "add_cooccurrence", "summary",
           "sketch", "similarity"]

COOCCURRENCE = "coOccursWith"


@dataclass(frozen=True, slots=True)
class MergeInput:
    """What the merge needs of one document: its :class:`DocResult` without the text.

    A build keeps one of these per document instead of the DocResult, so the reduce step never
    holds the texts of a corpus at once: the text is replaced by its length (articles carry
    their own sketch for near-duplicate detection). See :func:`merge_input`.
    """

    document: Document  # with text ""
    chars: int  # len(document.text)
    articles: tuple[Article, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[str, ...] = ()


def merge_input(r: DocResult | MergeInput) -> MergeInput:
    """The :class:`MergeInput` of a result: the result without its document's text."""
    if isinstance(r, MergeInput):
        return r
    return MergeInput(document=replace(r.document, text=""), chars=len(r.document.text), articles=r.articles,
                      mentions=r.mentions, entities=r.entities, relations=r.relations, warnings=r.warnings)


def build_graph(results: Iterable[DocResult | MergeInput], *, cooccurrence: bool = True, min_support: int = 1,
                aliases: AliasRules | None = None) -> nx.MultiDiGraph:
    """One graph from many documents; deterministic for the same results in any order."""
    merger = GraphMerger(cooccurrence=cooccurrence, min_support=min_support, aliases=aliases)
    for r in sorted(results, key=lambda r: r.document.doc_id):
        merger.add(r)
    return merger.graph()


class GraphMerger:
    """The reduce step, one document at a time: :meth:`add` results in ``doc_id`` order, then
    :meth:`graph`. It keeps the growing graph and, for co-occurrence, the mention offsets of
    each distinct article and the sketches that tell reprints, never a document's text.

    >>> m = GraphMerger()
    >>> m.graph().number_of_nodes()
    0
    """

    def __init__(self, *, cooccurrence: bool = True, min_support: int = 1, aliases: AliasRules | None = None) -> None:
        self.G = nx.MultiDiGraph(documents={}, articles={})
        self.cooccurrence = cooccurrence
        self.min_support = min_support
        self.aliases = aliases
        self._sketches: dict[int, list[tuple[int, ...]]] = defaultdict(list)  # see _distinct_articles
        self._articles: list[tuple[str, str, array]] = []
        self._duplicates = 0

    def add(self, result: DocResult | MergeInput) -> None:
        """Merge one document. The graph depends on the order of the documents, so a caller that
        wants the same graph from the same inputs adds them in one fixed order (``doc_id`` order
        for :func:`build_graph`; the order of sorted files, then of their records, for a build)."""
        r = merge_input(result)
        G = self.G
        doc = r.document
        if doc.doc_id in G.graph["documents"]:
            raise ValueError(f"document {doc.doc_id!r} merged twice")
        arts = {a.index: a for a in r.articles}
        G.graph["documents"][doc.doc_id] = {"path": doc.path, "sha256": doc.sha256, "encoding": doc.encoding,
                                            "chars": r.chars, **doc.metadata()}
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
        sentences: dict[str, str] = {}  # one string per sentence of the document, however many mentions
        for m in r.mentions:
            if m.key not in G:
                continue
            a = arts.get(m.article)
            G.nodes[m.key]["mentions"].append(  # surface forms and methods recur: one string each
                {"doc": doc.doc_id, "start": m.start, "end": m.end, "text": intern(m.text),
                 "method": intern(m.method), "confidence": m.confidence, "article": m.article,
                 "sentence": sentences.setdefault(m.attr("sentence", ""), m.attr("sentence", "")),
                 "date": a.date if a else "",  # headline and paper: G.graph["articles"][(doc, article)]
                 **({"page": int(m.attr("page"))} if m.attr("page") else {})}
            )
        for rel in r.relations:
            if rel.subject not in G or rel.object not in G:
                continue
            a = arts.get(rel.article)
            ev = {"doc": doc.doc_id, "start": rel.start, "end": rel.end, "text": rel.evidence, "method": rel.method,
                  "confidence": rel.confidence, "article": rel.article, "date": a.date if a else "",
                  "headline": a.headline if a else "", "newspaper": a.newspaper if a else ""}
            ev.update({k: int(v) if k == "page" else v for k, v in rel.attrs})
            if G.has_edge(rel.subject, rel.object, key=rel.predicate):
                G.edges[rel.subject, rel.object, rel.predicate]["evidence"].append(ev)
            else:
                G.add_edge(rel.subject, rel.object, key=rel.predicate, predicate=rel.predicate, evidence=[ev],
                           cooccurrence=False)
        if self.cooccurrence:
            articles, duplicates = _distinct_articles(r, self._sketches)
            self._articles += articles
            self._duplicates += duplicates

    def graph(self) -> nx.MultiDiGraph:
        """Finish the merge (node merging, sorting, co-occurrence) and return the graph."""
        G = self.G
        merge_nodes(G, self.aliases)
        for u, v, k, d in G.edges(keys=True, data=True):
            d["evidence"].sort(key=lambda e: (e["doc"], e["start"], e["end"], e["method"], e.get("title", "")))
            # one sentence states a fact once, however many mentions or merged nodes repeat it
            d["evidence"] = _unique(d["evidence"], ("doc", "start", "end", "method", "title"))
            d["confidence"] = max(e["confidence"] for e in d["evidence"])
            titles = sorted({e["title"] for e in d["evidence"] if e.get("title")})
            if titles:
                d["titles"] = titles
        for n, d in G.nodes(data=True):
            d["mentions"].sort(key=lambda m: (m["doc"], m["start"], m["end"], m["method"]))
            d["mentions"] = _unique(d["mentions"], ("doc", "start", "end", "method"))
            dates = sorted(m["date"] for m in d["mentions"] if m["date"])
            d["first_seen"], d["last_seen"] = (dates[0], dates[-1]) if dates else ("", "")
        if self.cooccurrence:
            _cooccur(G, self._articles, self._duplicates, self.min_support)
            self._articles, self._sketches = [], defaultdict(list)
        return G


def _unique(records: list[dict], fields: tuple[str, ...]) -> list[dict]:
    """The first of each run of records that agree on ``fields`` (records sorted by them).

    >>> _unique([{"a": 1, "b": 2}, {"a": 1, "b": 3}, {"a": 2, "b": 2}], ("a",))
    [{'a': 1, 'b': 2}, {'a': 2, 'b': 2}]
    """
    seen: set = set()
    out = []
    for r in records:
        key = tuple(r.get(f, "") for f in fields)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


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


def _jurisdiction_named(G: nx.MultiDiGraph, official: str, docs: set) -> bool:
    """Whether the place of an official's key (Official/陈小曼@440783) is named in one of ``docs``."""
    code = official.rpartition("@")[2] if "@" in official else ""
    place = f"Place/{code}"
    return bool(code) and place in G and bool(G.nodes[place]["docs"] & docs)


def merge_nodes(G: nx.MultiDiGraph, rules: AliasRules | None = None) -> list[dict]:
    """Merge nodes that name the same entity under different keys; returns what was merged.

    Automatic merges:

    - programmes whose names reduce to one stem (八镇联动发展 → 八镇联动);
    - two nodes of one type where one's alias is the other's name (开平市医保局 → 开平市医疗保障局);
    - a Person and an Official of the same name in the same document (the Official stays), or in
      documents that name the official's jurisdiction, when only one such official exists.

    ``rules`` (the user's alias file) add merges (``same``), forbid them (``different``) and
    add surface forms (``alias``). The result is recorded in ``G.graph["merges"]``.
    """
    rules = rules or AliasRules()
    nodes = sorted(G.nodes)
    parent = {n: n for n in nodes}
    members = {n: {n} for n in nodes}
    blocked = {frozenset(p) for p in rules.resolve_pairs(G, rules.different)}
    merges: list[dict] = []

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str, reason: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        if any(frozenset((x, y)) in blocked for x in members[ra] for y in members[rb]):
            merges.append({"kept_apart": sorted((a, b)), "reason": reason + " (refused by the alias file)"})
            return
        parent[rb] = ra
        members[ra] |= members.pop(rb)
        merges.append({"merged": sorted((a, b)), "reason": reason})

    stems: dict[str, list[str]] = defaultdict(list)
    names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in nodes:
        d = G.nodes[n]
        names[(d["type"], normalise_name(d["name"]))].append(n)
        if d["type"] == "Programme":
            stems[programme_stem(d["name"])].append(n)
    for stem, group in sorted(stems.items()):
        for other in group[1:]:
            union(group[0], other, f"programme variants of {stem}")
    for n in nodes:
        d = G.nodes[n]
        for alias in sorted(d["aliases"]):
            for other in names.get((d["type"], normalise_name(alias)), ()):
                if other != n:
                    union(n, other, f"alias {alias}")
    officials: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        if G.nodes[n]["type"] == "Official":
            officials[G.nodes[n]["name"]].append(n)
    for n in nodes:
        d = G.nodes[n]
        if d["type"] == "Person":
            for o in officials.get(d["name"], ()):
                if G.nodes[o]["docs"] & d["docs"]:
                    union(o, n, "the same name as an official in the same document")
                    break
            else:
                # in other documents: tied by the official's jurisdiction, named where the person is
                tied = [o for o in officials.get(d["name"], ()) if _jurisdiction_named(G, o, d["docs"])]
                if len(tied) == 1:
                    union(tied[0], n, "the same name as an official of a place named in the same document")
    for a, b in rules.resolve_pairs(G, rules.same):
        union(a, b, "the alias file")
    # merge each group into one node: an Official over a Person, then the shortest programme
    # name, then the most mentioned
    groups: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        groups[find(n)].append(n)
    for group in groups.values():
        if len(group) < 2:
            continue
        keep = min(group, key=lambda x: (G.nodes[x]["type"] != "Official",
                                         len(G.nodes[x]["name"]) if G.nodes[x]["type"] == "Programme" else 0,
                                         -len(G.nodes[x]["mentions"]), x))
        for other in sorted(group):
            if other != keep:
                _merge_into(G, keep, other)
    for ref, alias in rules.aliases:
        for n in rules.resolve(G, ref):
            if alias != G.nodes[n]["name"]:
                G.nodes[n]["aliases"].add(alias)
    G.graph["merges"] = merges
    return merges


SKETCH_SIZE = 32
_SHINGLE = 5
#: estimated Jaccard similarity above which two articles are one story printed twice
NEAR_DUPLICATE = 0.7


def sketch(text: str, k: int = SKETCH_SIZE) -> tuple[int, ...]:
    """Bottom-k CRC32 hashes of the text's character 5-grams (punctuation, digits, spaces removed).

    >>> sketch("开平市召开推进会。") == sketch("开平市 召开推进会!")
    True
    """
    t = re.sub(r"[\W\d_]+", "", text)
    if len(t) < _SHINGLE:
        return (zlib.crc32(t.encode("utf-8")),) if t else ()
    hashes = {zlib.crc32(t[i : i + _SHINGLE].encode("utf-8")) for i in range(len(t) - _SHINGLE + 1)}
    return tuple(heapq.nsmallest(k, hashes))


def similarity(a: tuple[int, ...], b: tuple[int, ...], k: int = SKETCH_SIZE) -> float:
    """Jaccard similarity estimated from two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(k, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def add_cooccurrence(G: nx.MultiDiGraph, results: list[DocResult | MergeInput], min_support: int = 1) -> None:
    """Article-level co-occurrence edges with support (distinct articles, dates) and PMI.

    Near-duplicate articles (the same story in two papers: estimated Jaccard similarity of
    their 5-gram shingles ≥ 0.7) count once, so reprints do not inflate support.
    """
    sketches: dict[int, list[tuple[int, ...]]] = defaultdict(list)
    articles, duplicates = [], 0
    for r in results:
        found, dup = _distinct_articles(merge_input(r), sketches)
        articles += found
        duplicates += dup
    _cooccur(G, articles, duplicates, min_support)


def _distinct_articles(r: MergeInput, sketches: dict[int, list[tuple[int, ...]]]) -> tuple[list, int]:
    """(doc_id, date, mention offsets) of each article of ``r`` that is not a near-duplicate of
    one seen before, and how many were. ``sketches`` (a few smallest hashes -> sketches seen)
    grows with the distinct articles."""
    per_article: dict[int, array] = defaultdict(lambda: array("q"))
    for m in r.mentions:
        per_article[m.article].extend((m.start, m.end))
    out, duplicates = [], 0
    for a in r.articles:
        sk = a.sketch
        if sk:
            if any(similarity(sk, other) >= NEAR_DUPLICATE for h in sk[:4] for other in sketches.get(h, ())):
                duplicates += 1
                continue
            for h in sk[:4]:
                sketches[h].append(sk)
        offsets = per_article.get(a.index)
        if offsets:
            out.append((r.document.doc_id, a.date, offsets))
    return out, duplicates


def _cooccur(G: nx.MultiDiGraph, articles: list[tuple[str, str, array]], duplicates: int, min_support: int) -> None:
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
    G.graph["duplicate_articles"] = duplicates
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
    """Counts of entities by type and of relations by predicate, and how many typed facts have a
    date (an evidence sentence with a date, or in a dated article or document)."""
    ents = Counter(d["type"] for _, d in G.nodes(data=True))
    rels = Counter(k for _, _, k in G.edges(keys=True) if k in RELATION_TYPES)
    dated = sum(1 for _, _, k, d in G.edges(keys=True, data=True)
                if k in RELATION_TYPES and any(e.get("date") for e in d.get("evidence", ())))
    co = sum(1 for _, _, k in G.edges(keys=True) if k == COOCCURRENCE)
    return {"entities": dict(sorted(ents.items())), "relations": dict(sorted(rels.items())), "dated": dated,
            "cooccurrence": co}
