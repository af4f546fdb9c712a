"""Merge per-document results into one networkx graph: the reduce step of a build.

Nodes are entity keys with ``type``, ``name``, ``aliases`` and provenance; edges are typed
relations (``key`` = predicate) with their evidence, plus co-occurrence edges
(``key="coOccursWith"``, ``cooccurrence=True``) with support and PMI.

Evidence is stored once: ``G.graph["sentences"]`` maps a sentence id (:func:`sentence_id`) to
its document, offsets, article and text; a mention's ``sentence`` and an evidence record's
``sentences`` name it (:func:`evidence_text` gives the text back).

>>> G = build_graph([])
>>> G.number_of_nodes()
0
"""
from __future__ import annotations

import hashlib
import math
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields, replace
from itertools import combinations
from operator import attrgetter
from sys import intern
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # networkx is imported where a graph is made: not in the workers, which make none
    import networkx as nx

from .resources import collector_relaxed
from .model import RELATION_TYPES, Article, Document, DocResult, Entity, ItemList, Mention, Relation, Sentence
from .identity.aliases import AliasRules
from .gazetteer import Division, Gazetteer
from .identity.jurisdiction import add_jurisdictions, jurisdiction_code
from .identity.merge import merge_nodes
from .identity.tenures import add_tenures
from .multigraph import MultiDiGraph
from .sketch import NEAR_DUPLICATE, similarity

__all__ = ["build_graph", "GraphMerger", "MergeInput", "merge_input", "merge_nodes", "add_cooccurrence", "summary",
           "sentence_id", "evidence_text", "COOCCURRENCE_UNITS"]

COOCCURRENCE = "coOccursWith"
#: what a co-occurrence counts: two entities named in one sentence (or clause, or list item with
#: what its list is about), in one article (every pair: the cost grows with the square of an
#: article's entities), or nothing
COOCCURRENCE_UNITS = ("sentence", "article", "none")


def sentence_id(doc_id: str, start: int, end: int) -> str:
    """The id of an evidence unit: a hash of its document and offsets (16 hex digits).

    >>> sentence_id("a.txt", 0, 12)
    'cb1e0bd5f35c249e'
    """
    return hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def evidence_text(G: nx.MultiDiGraph, ev: dict) -> str:
    """The text of an evidence record: its sentences' texts joined (a record made by hand may
    carry its ``text`` itself)."""
    ids = ev.get("sentences")
    if not ids:
        return ev.get("text", "")
    table = G.graph.get("sentences", {})
    return "".join(table[i]["text"] for i in ids if i in table)


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
    sentences: tuple[Sentence, ...] = ()
    lists: tuple[ItemList, ...] = ()
    # the villages its entities lie in, as the gazetteer gives them where the document was extracted, so
    # that the merge does not read the village store again (a worker has read it: the build process has
    # not); not part of the result (a cache entry leaves them out), so not compared
    villages: tuple[Division, ...] = field(default=(), compare=False)

    def __reduce__(self):
        """Pickled (a worker's results go to the build process so) as rows of its records' fields: they
        pickle and load several times faster than the records, each with its own dataclass state."""
        return _rebuild, (self.document, self.chars, self.warnings, self.villages,
                          tuple(_rows(getattr(self, name)) for name in _RECORD_FIELDS))


#: the MergeInput fields that hold records, and the record classes pickled as rows of their fields
_RECORD_FIELDS = ("articles", "mentions", "entities", "relations", "sentences", "lists")
_ROWS = {cls: attrgetter(*(f.name for f in fields(cls))) for cls in (Article, Mention, Entity, Relation, Sentence, ItemList)}


def _rows(records: tuple) -> tuple:
    """``(class, rows)`` of records of one class of :data:`_ROWS`, else ``(None, records)``."""
    cls = type(records[0]) if records else None
    if cls not in _ROWS or any(type(r) is not cls for r in records):
        return None, records
    return cls, tuple(map(_ROWS[cls], records))


def _rebuild(document: Document, chars: int, warnings: tuple, villages: tuple, parts: tuple) -> MergeInput:
    """The MergeInput that :meth:`MergeInput.__reduce__` pickled."""
    records = {name: records if cls is None else tuple(cls(*row) for row in records)
               for name, (cls, records) in zip(_RECORD_FIELDS, parts)}
    return MergeInput(document=document, chars=chars, warnings=warnings, villages=villages, **records)


def merge_input(r: DocResult | MergeInput) -> MergeInput:
    """The :class:`MergeInput` of a result: the result without its document's text."""
    if isinstance(r, MergeInput):
        return r
    return MergeInput(document=replace(r.document, text=""), chars=len(r.document.text), articles=r.articles,
                      mentions=r.mentions, entities=r.entities, relations=r.relations, warnings=r.warnings,
                      sentences=r.sentences, lists=r.lists, villages=_villages(r.entities))


def _villages(entities: Iterable[Entity]) -> tuple[Division, ...]:
    """The villages (12-digit codes) that ``entities`` lie in (:func:`jurisdiction_code`), in code order."""
    codes = set()
    for e in entities:
        code = jurisdiction_code(e.key, {"type": e.type, "attrs": dict(e.attrs)})
        if len(code) == 12:
            codes.add(code)
    if not codes:
        return ()
    gaz = Gazetteer.load()
    return tuple(d for d in map(gaz.get, sorted(codes)) if d is not None)


class _Known:
    """The gazetteer, with villages already known (from :attr:`MergeInput.villages`) looked up here
    first: what :func:`add_jurisdictions` asks of it."""

    def __init__(self, gaz: Gazetteer, villages: dict[str, Division]) -> None:
        self.gaz, self.villages = gaz, villages

    def get(self, code: str) -> Division | None:
        found = self.villages.get(code)
        return found if found is not None else self.gaz.get(code)

    def ancestors(self, code: str) -> list[Division]:
        found = self.villages.get(code)
        if found is None or not found.parent:
            return self.gaz.ancestors(code)
        parent = self.gaz.get(found.parent)
        if parent is None:
            return self.gaz.ancestors(code)
        return [parent, *self.gaz.ancestors(parent.code)]


def build_graph(results: Iterable[DocResult | MergeInput], *, cooccurrence: bool | str = True, min_support: int = 1,
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

    def __init__(self, *, cooccurrence: bool | str = True, min_support: int = 1, aliases: AliasRules | None = None) -> None:
        # networkx's tables without networkx (kg.multigraph): handed to a networkx graph when one is asked for
        self.G = MultiDiGraph(documents={}, articles={}, sentences={})
        # True is the default unit, the sentence; False none
        unit = {True: "sentence", False: "none"}.get(cooccurrence, cooccurrence)
        if unit not in COOCCURRENCE_UNITS:
            raise ValueError(f"co-occurrence unit {cooccurrence!r}: one of {', '.join(COOCCURRENCE_UNITS)}")
        self.unit = unit
        self.cooccurrence = unit != "none"
        self.min_support = min_support
        self.aliases = aliases
        self._sketches: dict[int, list[tuple[int, ...]]] = defaultdict(list)  # see _distinct_articles
        self._articles: list[tuple[str, str, array]] = []
        self._duplicates = 0
        self._villages: dict[str, Division] = {}  # see MergeInput.villages

    def add(self, result: DocResult | MergeInput) -> None:
        """Merge one document. The graph depends on the order of the documents, so a caller that
        wants the same graph from the same inputs adds them in one fixed order (``doc_id`` order
        for :func:`build_graph`; the order of sorted files, then of their records, for a build)."""
        r = merge_input(result)
        G = self.G
        doc = r.document
        if doc.doc_id in G.graph["documents"]:
            raise ValueError(f"document {doc.doc_id!r} merged twice")
        for d in r.villages:
            self._villages[d.code] = d
        arts = {a.index: a for a in r.articles}
        G.graph["documents"][doc.doc_id] = {"path": doc.path, "sha256": doc.sha256, "encoding": doc.encoding,
                                            "chars": r.chars, **doc.metadata()}
        for a in r.articles:
            G.graph["articles"][(doc.doc_id, a.index)] = {
                "headline": a.headline, "newspaper": a.newspaper, "date": a.date, "reporters": list(a.reporters),
                "start": a.start, "end": a.end, "place": a.place, **({"issuers": list(a.issuers)} if a.issuers else {})}
        nodes = G._node  # networkx's own node table: the attributes of each node, by key (G.nodes[k] is the same dict)
        for e in r.entities:
            if e.key not in nodes:
                G.add_node(e.key, type=e.type, name=e.name, aliases=set(), context_aliases=set(), attrs={},
                           mentions=[], docs=set())
            n = nodes[e.key]
            n["aliases"].update(e.aliases)
            n["context_aliases"].update(e.context_aliases)
            for k, v in e.attrs:
                n["attrs"].setdefault(k, v)
            if e.titles:
                n["attrs"].setdefault("titles", set()).update(e.titles)
            if e.national:
                n["attrs"]["national"] = True
            if e.implied:
                n["attrs"]["implied"] = True
            n["docs"].add(doc.doc_id)
        sids = [sentence_id(doc.doc_id, u.start, u.end) for u in r.sentences]
        # the sentences that kept mentions and facts point at, each once
        used = {m.sentence for m in r.mentions if m.key in nodes} | {i for x in r.relations for i in x.sentences}
        table = G.graph["sentences"]
        for i in sorted(used):
            if 0 <= i < len(r.sentences):
                u = r.sentences[i]
                table[sids[i]] = {"doc": doc.doc_id, "start": u.start, "end": u.end, "text": u.text,
                                  "article": u.article, **({"kind": u.kind} if u.kind else {}),
                                  **({"page": doc.page_of(u.start)} if doc.pages else {})}
        doc_id = doc.doc_id
        for m in r.mentions:
            n = nodes.get(m.key)
            if n is None:
                continue
            a = arts.get(m.article)
            record = {"doc": doc_id, "start": m.start, "end": m.end, "text": intern(m.text),
                      "method": intern(m.method), "confidence": m.confidence, "article": m.article,
                      "sentence": sids[m.sentence] if 0 <= m.sentence < len(sids) else "",
                      "date": a.date if a else ""}  # headline and paper: G.graph["articles"][(doc, article)]
            page = m.attr("page") if m.attrs else None
            if page:
                record["page"] = int(page)
            n["mentions"].append(record)  # surface forms and methods recur: one string each
        for rel in r.relations:
            if rel.subject not in nodes or rel.object not in nodes:
                continue
            a = arts.get(rel.article)
            ev = {"doc": doc.doc_id, "start": rel.start, "end": rel.end,
                  "sentences": [sids[i] for i in rel.sentences if 0 <= i < len(sids)], "method": rel.method,
                  "confidence": rel.confidence, "article": rel.article, "date": a.date if a else "",
                  "headline": a.headline if a else "", "newspaper": a.newspaper if a else ""}
            ev.update({k: int(v) if k == "page" else v for k, v in rel.attrs})
            if G.has_edge(rel.subject, rel.object, key=rel.predicate):
                G.edges[rel.subject, rel.object, rel.predicate]["evidence"].append(ev)
            else:
                G.add_edge(rel.subject, rel.object, key=rel.predicate, predicate=rel.predicate, evidence=[ev],
                           cooccurrence=False)
        if self.cooccurrence:
            articles, duplicates = _distinct_articles(r, self._sketches, self.unit)
            self._articles += articles
            self._duplicates += duplicates

    def graph(self, *, networkx: bool = True) -> nx.MultiDiGraph | MultiDiGraph:
        """Finish the merge (node merging, sorting, co-occurrence) and return the graph: a
        ``networkx.MultiDiGraph``, or with ``networkx=False`` the same tables in a
        :class:`kg.multigraph.MultiDiGraph` (what a build's exports are written from: networkx
        not imported).

        The collector runs less often meanwhile (:func:`kg.resources.collector_relaxed`): the finish
        makes many small records and keeps nearly all of them (200 article files: some 30 collections
        of the youngest generation and 3 of the next, 0.04-0.05 s, before)."""
        with collector_relaxed():
            G = self._finish()
        return G.to_networkx() if networkx else G

    def _finish(self) -> MultiDiGraph:
        G = self.G
        merge_nodes(G, self.aliases)
        renamed = G.graph.pop("renamed", {})
        for info in G.graph["articles"].values():  # an issuer merged into another node is that node
            if info.get("issuers"):
                info["issuers"] = list(dict.fromkeys(_final_key(renamed, k) for k in info["issuers"]))
        for u, v, k, d in G.edges(keys=True, data=True):
            if len(d["evidence"]) == 1:  # most facts are stated once: nothing to sort, repeat or compare
                e = d["evidence"][0]
                d["evidence"] = [e]  # a list of its own, as _unique makes
                d["confidence"] = e["confidence"]
                if e.get("title"):
                    d["titles"] = [e["title"]]
                continue
            d["evidence"].sort(key=lambda e: (e["doc"], e["start"], e["end"], e["method"], e.get("title", "")))
            # one sentence states a fact once, however many mentions or merged nodes repeat it
            d["evidence"] = _unique(d["evidence"], ("doc", "start", "end", "method", "title"))
            d["confidence"] = max(e["confidence"] for e in d["evidence"])
            titles = sorted({e["title"] for e in d["evidence"] if e.get("title")})
            if titles:
                d["titles"] = titles
        add_tenures(G)
        for n, d in G.nodes(data=True):
            if len(d["mentions"]) == 1:  # named once: nothing to sort or repeat
                m = d["mentions"][0]
                d["mentions"] = [m]
                date = m["date"]
                d["first_seen"], d["last_seen"] = (date, date) if date else ("", "")
                continue
            d["mentions"].sort(key=lambda m: (m["doc"], m["start"], m["end"], m["method"]))
            d["mentions"] = _unique(d["mentions"], ("doc", "start", "end", "method"))
            dates = sorted(m["date"] for m in d["mentions"] if m["date"])
            d["first_seen"], d["last_seen"] = (dates[0], dates[-1]) if dates else ("", "")
        add_jurisdictions(G, _Known(Gazetteer.load(), self._villages) if self._villages else None)
        if self.cooccurrence:
            _cooccur(G, self._articles, self._duplicates, self.min_support)
            self._articles, self._sketches = [], defaultdict(list)
        return G


def _final_key(renamed: dict[str, str], key: str) -> str:
    seen = set()
    while key in renamed and key not in seen:
        seen.add(key)
        key = renamed[key]
    return key


def _unique(records: list[dict], fields: tuple[str, ...]) -> list[dict]:
    """The first of each run of records that agree on ``fields`` (records sorted by them).

    >>> _unique([{"a": 1, "b": 2}, {"a": 1, "b": 3}, {"a": 2, "b": 2}], ("a",))
    [{'a': 1, 'b': 2}, {'a': 2, 'b': 2}]
    """
    seen: set = set()
    out = []
    for r in records:
        key = tuple([r.get(f, "") for f in fields])  # a list first: a tuple of a generator is slower
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out




def add_cooccurrence(G: nx.MultiDiGraph, results: list[DocResult | MergeInput], min_support: int = 1,
                     unit: str = "sentence") -> None:
    """Co-occurrence edges with support (distinct units: sentences, or articles), dates and PMI.

    Near-duplicate articles (the same story in two papers: estimated Jaccard similarity of
    their 5-gram shingles ≥ 0.7) count once, so reprints do not inflate support.
    """
    sketches: dict[int, list[tuple[int, ...]]] = defaultdict(list)
    baskets, duplicates = [], 0
    for r in results:
        found, dup = _distinct_articles(merge_input(r), sketches, unit)
        baskets += found
        duplicates += dup
    _cooccur(G, baskets, duplicates, min_support)


#: a basket of co-occurrence: (doc_id, date, runon, members, about). ``members`` holds four numbers
#: a mention (start, end, outermost name, enumeration), ``about`` two (start, end) per mention that
#: a list item is linked to; see :func:`_pairs`
Basket = tuple[str, str, bool, array, array]


def _distinct_articles(r: MergeInput, sketches: dict[int, list[tuple[int, ...]]], unit: str = "sentence") \
        -> tuple[list[Basket], int]:
    """The co-occurrence baskets of the articles of ``r`` that are not near-duplicates of one seen
    before, and how many were. ``unit`` "sentence": one basket per evidence unit (a list item
    with the mentions of what its list is about); "article": one per article, every mention in it.
    ``sketches`` (a few smallest hashes -> sketches seen) grows with the distinct articles."""
    distinct: dict[int, str] = {}
    duplicates = 0
    for a in r.articles:
        sk = a.sketch
        if sk:
            if any(similarity(sk, other) >= NEAR_DUPLICATE for h in sk[:4] for other in sketches.get(h, ())):
                duplicates += 1
                continue
            for h in sk[:4]:
                sketches[h].append(sk)
        distinct[a.index] = a.date
    doc_id = r.document.doc_id
    out: list[Basket] = []
    if unit == "article":
        per_article: dict[int, array] = defaultdict(lambda: array("q"))
        for m in r.mentions:
            if m.article in distinct:
                per_article[m.article].extend((m.start, m.end, len(per_article[m.article]) // 4, 0))
        for index, members in sorted(per_article.items()):
            out.append((doc_id, distinct[index], False, members, array("q")))
        return out, duplicates
    per_unit: dict[int, array] = defaultdict(lambda: array("q"))
    for m in r.mentions:
        if m.article in distinct and m.sentence >= 0:
            per_unit[m.sentence].extend((m.start, m.end, m.top, m.enum))
    for i, members in sorted(per_unit.items()):
        u = r.sentences[i] if i < len(r.sentences) else None
        if u is None:
            continue
        about = array("q")
        if 0 <= u.list < len(r.lists):
            inside = {(members[k], members[k + 1]) for k in range(0, len(members), 4)}
            for s, e in r.lists[u.list].about:
                if (s, e) not in inside:
                    about.extend((s, e))
        out.append((doc_id, distinct[u.article] if u.article in distinct else "", u.runon, members, about))
    return out, duplicates


def _pairs(nodes: list[tuple[str, int, int, bool]], about: list[str], runon: bool,
           related: frozenset | set = frozenset()) -> set[tuple[str, str]]:
    """The node pairs one basket links: ``nodes`` are (node, name, enumeration, principal) of its
    mentions. Two mentions are linked unless they belong to one name (an address 开平市水口镇, a body
    and the place in its name: the relation rules relate those) or name members of one enumeration
    (A、B和C: each is linked to what the enumeration is about, not to the others); in a run-on piece
    (a line of names without punctuation) only neighbouring names are. The principal mention of
    each name (its last, outermost: the village of an address) is linked to ``about`` (a list
    item to its heading, title and issuer), those not to each other, unless ``related`` holds
    the pair: a typed relation says more (a listed village implements its heading's designation).

    >>> sorted(_pairs([("a", 0, 0, True), ("b", 1, 1, True), ("c", 2, 1, True)], ["t"], False))
    [('a', 'b'), ('a', 'c'), ('a', 't'), ('b', 't'), ('c', 't')]
    >>> sorted(_pairs([("a", 0, 0, True), ("b", 1, 0, True), ("c", 2, 0, True)], [], True))
    [('a', 'b'), ('b', 'c')]
    >>> sorted(_pairs([("county", 0, 0, False), ("village", 0, 0, True), ("x", 1, 0, True)], ["t"], False))
    [('county', 'x'), ('t', 'village'), ('t', 'x'), ('village', 'x')]
    >>> sorted(_pairs([("a", 0, 0, True), ("b", 1, 0, True)], ["t"], True, {("a", "t")}))
    [('a', 'b'), ('b', 't')]
    """
    out: set[tuple[str, str]] = set()
    by_top = sorted(nodes, key=lambda x: x[1])
    if not runon and len({t for _, t, _, _ in nodes}) == len(nodes) and not any(e for _, _, e, _ in nodes):
        out.update(combinations(sorted({n for n, _, _, _ in nodes}), 2))  # every pair: of the distinct nodes
        by_top = []
    for i, (u, tu, eu, _) in enumerate(by_top):
        for v, tv, ev, _ in by_top[i + 1 :]:
            if tv == tu:
                continue
            if runon and tv - tu > 1:
                break  # sorted by name: the rest are further away
            if u == v or (eu and eu == ev):
                continue
            out.add((u, v) if u < v else (v, u))
    for u, _, _, principal in nodes:
        if principal:
            for v in about:
                pair = (u, v) if u < v else (v, u)
                if u != v and pair not in related:
                    out.add(pair)
    return out


def _cooccur(G: nx.MultiDiGraph, baskets: list[Basket], duplicates: int, min_support: int) -> None:
    """Support (baskets linking the pair), dates and PMI = log(n·N / (n_u·n_v)), N the baskets
    and n_u those that hold u, for every linked pair."""
    node_of: dict[str, dict[int, str]] = defaultdict(dict)  # doc -> start·2^32+end -> node
    for n, d in G.nodes(data=True):
        for m in d["mentions"]:
            node_of[m["doc"]][(m["start"] << 32) | m["end"]] = n
    count: Counter = Counter()
    pair: Counter = Counter()
    pair_dates: dict[tuple[str, str], set[str]] = defaultdict(set)
    total = 0
    # pairs a typed relation links, in sorted order: a list item is not linked to them again
    related = {(u, v) if u < v else (v, u) for u, v, d in G.edges(data=True) if not d.get("cooccurrence")}
    for doc_id, date, runon, members, about in baskets:
        where = node_of.get(doc_id, {})
        principal: dict[int, tuple[int, int]] = {}  # name -> (end, -start) of its last outermost mention
        for k in range(0, len(members), 4):
            key = (members[k + 1], -members[k])
            if key > principal.get(members[k + 2], (-1, 0)):
                principal[members[k + 2]] = key
        nodes = []
        for k in range(0, len(members), 4):
            n = where.get((members[k] << 32) | members[k + 1])
            if n is not None:
                nodes.append((n, members[k + 2], members[k + 3],
                              principal[members[k + 2]] == (members[k + 1], -members[k])))
        linked = sorted({n for k in range(0, len(about), 2)
                         if (n := where.get((about[k] << 32) | about[k + 1])) is not None})
        if not nodes:
            continue
        total += 1
        count.update({n for n, _, _, _ in nodes} | set(linked))
        for p in _pairs(nodes, linked, runon, related):
            pair[p] += 1
            if date:
                pair_dates[p].add(date)
    G.graph["duplicate_articles"] = duplicates
    if total == 0:
        return
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
