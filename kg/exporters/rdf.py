"""RDF export: :func:`to_rdf` builds an rdflib Graph, :func:`write_turtle` serialises it.

The contract the scorer reads: every entity has ``rdf:type`` (kg:Official / kg:Person /
kg:Agency / kg:Place / kg:Programme; an Official is also a kg:Person), ``rdfs:label`` with
its canonical name and ``skos:altLabel`` for its other surface forms; typed relations are
direct triples between entity IRIs. Alongside: posts as ``kg:Post`` nodes (W3C ORG style),
reified ``kg:Assertion`` nodes and ``kg:Mention`` nodes with their provenance, co-occurrence
nodes, and the documents and articles. No blank nodes: every node has a stable IRI, so the file
is deterministic.

Evidence is written once per sentence: a ``kg:Sentence`` is a W3C Web Annotation
``oa:SpecificResource`` of its document (``oa:hasSource``) with a ``oa:TextPositionSelector``
(``oa:start``, ``oa:end``: offsets into the document's text) and a ``oa:TextQuoteSelector``
(``oa:exact``: the sentence, normalised as cleaning left it); mentions and assertions point at it
with ``kg:evidence`` and keep their own offsets.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import re
import shutil
import signal
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, SKOS, TIME

from ..iri import encode_segment, mint
from ..graph import sentence_id
from ..model import RELATION_TYPES
from ..vocab import ID, KG, OA
from .atomic import atomic_open, can_fork as _can_fork

if TYPE_CHECKING:  # a build's graph is kg.multigraph's, with networkx's interface: networkx need not be imported
    import networkx as nx

__all__ = ["to_rdf", "iter_triples", "write_turtle", "serialize_turtle"]

_CLASS = {"Official": KG.Official, "Person": KG.Person, "Agency": KG.Agency, "Place": KG.Place,
          "Programme": KG.Programme}
_PRED = {p: getattr(KG, p) for p in RELATION_TYPES}


#: ``Literal(value)``, made once for each value (offsets, methods and surface forms repeat: an rdflib
#: term costs more to make than to write); ``typed``, so that True and 1 stay apart
_literal = functools.lru_cache(maxsize=1 << 16, typed=True)(Literal)


@functools.lru_cache(maxsize=1 << 16)
def _lit(s: str) -> Literal:
    return Literal(_clean_literal(s), lang="zh") if _HAN.search(s) else Literal(_clean_literal(s))


_HAN = re.compile("[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1 << 16)
def _text(s: str) -> Literal:
    """Text copied from a source (an evidence sentence, a surface form): an ``xsd:string``, the
    range kg.ttl declares for it, with no language claimed for a verbatim excerpt."""
    return Literal(_clean_literal(s))


@functools.lru_cache(maxsize=1 << 12)
def _date(s: str) -> Literal:
    """An ``xsd:date`` for an ISO date (2024-03-21); any other string stays a plain literal."""
    try:
        date.fromisoformat(s)
    except ValueError:
        return Literal(s)
    return Literal(s, datatype=_XSD.date) if len(s) == 10 else Literal(s)


@functools.lru_cache(maxsize=1 << 12, typed=True)
def _decimal(x: float, places: int) -> Literal:
    """An ``xsd:decimal`` in plain notation (never 1e-05, which is no decimal)."""
    return Literal(format(Decimal(str(round(float(x), places) + 0.0)).normalize(), "f"), datatype=_XSD.decimal)


def _clean_literal(s: str) -> str:
    r"""Literals keep every character except the controls XML and some tools reject.

    >>> _clean_literal("a\x00b\tc\nd\x85e\ufffe")
    'ab\tc\nde'
    """
    return _CONTROLS.sub("", s)


# C0 controls but tab and newline, DEL and C1 controls, lone surrogates, U+FFFE and U+FFFF
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@functools.lru_cache(maxsize=1 << 16)
def _doc_iri(doc_id: str) -> URIRef:
    return URIRef(f"{ID}document/{encode_segment(doc_id)}")


@functools.lru_cache(maxsize=1 << 16)
def _article_iri(doc_id: str, index: int) -> URIRef:
    return URIRef(f"{ID}article/{encode_segment(doc_id)}/{index}")


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


class _Terms:
    """A namespace whose terms are looked up once, then read as plain attributes (rdflib's
    namespaces check every access, a third of the Turtle exporter's time)."""

    def __init__(self, ns) -> None:
        self._ns = ns

    def __getattr__(self, name: str):
        value = getattr(self._ns, name)
        setattr(self, name, value)
        return value


_KG, _RDF, _RDFS, _DCT, _SKOS, _PROV, _OWL, _XSD = map(_Terms, (KG, RDF, RDFS, DCTERMS, SKOS, PROV, OWL, XSD))
_OA = _Terms(OA)
_ORG, _TIME = _Terms(ORG), _Terms(TIME)

_PREFIXES = {"kg": str(KG._NS), "id": str(ID), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
             "skos": str(SKOS), "prov": str(PROV), "dct": str(DCTERMS), "owl": str(OWL), "oa": str(OA),
             "org": str(ORG), "time": str(TIME)}
#: prefixes for the kinds of node kg mints (graph.ttl writes ``place:440783`` for the long IRI)
_ID_PREFIXES = {k: f"{ID}{k}/" for k in ("place", "agency", "person", "official", "programme", "post", "mention",
                                         "assertion", "sentence", "position", "quote", "cooccurrence", "document",
                                         "article", "tenure", "interval", "instant")}


def iter_triples(G: nx.MultiDiGraph, *, provenance: bool = True, cooccurrence: bool = True,
                 mentions: bool = True) -> Iterator[tuple]:
    """Every triple of the graph, subject by subject, in a deterministic order."""
    ctx = _Context(G)
    for n in sorted(G.nodes):
        yield from _node_triples(G, n, ctx, provenance, cooccurrence, mentions)
    yield from _tail_triples(G, ctx, provenance)


class _Context:
    """What the triples of every node share: the nodes' IRIs, the sentences used so far, the articles."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.iri = {n: URIRef(mint(n)) for n in G.nodes}
        self.sentences = _Sentences(G)
        self.articles = G.graph.get("articles", {})


def _same(a, b) -> bool:
    """``a == b`` for rdflib terms (the same type and text), without rdflib's Python-level ``__eq__``."""
    return type(a) is type(b) and str.__eq__(a, b)


#: a node with more mentions and edges than this has its triples made twice (its own, then the
#: others) instead of held in memory once
_BUFFERED_LINKS = 20_000


def _node_triples(G: nx.MultiDiGraph, n, ctx: _Context, provenance: bool, cooccurrence: bool,
                  mentions: bool) -> Iterator[tuple]:
    """The triples of one node: its own block, then those of its mentions, posts, assertions ..."""
    iri, sentences, articles = ctx.iri, ctx.sentences, ctx.articles
    d = G.nodes[n]
    s = iri[n]
    yield s, _RDF.type, _CLASS[d["type"]]
    if d["type"] == "Official":
        yield s, _RDF.type, _KG.Person
    # names compared as written (control characters dropped), so no label is stated twice
    name = _clean_literal(d["name"])
    aliases = sorted({_clean_literal(a) for a in d["aliases"]} - {name})
    yield s, _RDFS.label, _lit(name)
    for a in aliases:
        yield s, _SKOS.altLabel, _lit(a)
    for a in sorted({_clean_literal(a) for a in d["context_aliases"]} - {name} - set(aliases)):
        yield s, _KG.contextAlias, _lit(a)
    attrs = d["attrs"]
    if d["type"] == "Place":
        if attrs.get("code"):
            yield s, _KG.divisionCode, _literal(attrs["code"])
        if attrs.get("level"):
            yield s, _KG.level, _literal(attrs["level"])
    if attrs.get("role"):
        yield s, _KG.role, _lit(attrs["role"])
    yield s, _KG.mentionCount, _literal(len(d["mentions"]))
    if d.get("first_seen"):
        yield s, _KG.firstSeen, _date(d["first_seen"])
        yield s, _KG.lastSeen, _date(d["last_seen"])
    if provenance:
        for doc in sorted(d["docs"]):
            yield s, _PROV.wasDerivedFrom, _doc_iri(doc)

    def linked():
        """The node's mentions, relations, posts, assertions and co-occurrences."""
        if provenance and mentions:
            yield from _mentions(s, n, d, sentences)
        for u, v, k, e in sorted(G.out_edges(n, keys=True, data=True), key=lambda x: (x[2], x[1])):
            if k in _PRED:
                yield iri[u], _PRED[k], iri[v]
                if k == "holdsPost":
                    yield from _post(G, iri, u, v, e)
                    yield from _tenures(G, iri, u, v, e, provenance)
                if provenance:
                    yield from _assertions(iri, u, v, k, e, sentences, articles)
            elif k == "coOccursWith" and cooccurrence:
                yield from _cooccurrence(iri, u, v, e)

    # the node's own triples first (one block in Turtle), then the nodes it links to; a node with
    # a great many (a place may have a million mentions) takes two passes over the same
    # deterministic triples rather than a copy of them
    if len(d["mentions"]) + G.out_degree(n) <= _BUFFERED_LINKS:
        others = []
        for t in linked():
            if t[0] is s or _same(t[0], s):
                yield t
            else:
                others.append(t)
        yield from others
    else:
        yield from (t for t in linked() if _same(t[0], s))
        yield from (t for t in linked() if not _same(t[0], s))


def _tail_triples(G: nx.MultiDiGraph, ctx: _Context, provenance: bool) -> Iterator[tuple]:
    """After the nodes: the sentences they used, the documents and the articles."""
    if not provenance:
        return
    iri = ctx.iri
    yield from ctx.sentences.triples()
    for doc_id, info in sorted(G.graph.get("documents", {}).items()):
        di = _doc_iri(doc_id)
        yield di, _RDF.type, _KG.Document
        yield di, _RDFS.label, _lit(doc_id)
        yield di, _KG.sha256, _literal(info["sha256"])
        yield from _document_metadata(di, info)
    for (doc_id, index), info in sorted(G.graph.get("articles", {}).items()):
        ai = _article_iri(doc_id, index)
        yield ai, _RDF.type, _KG.Article
        yield ai, _KG.document, _doc_iri(doc_id)
        if info.get("headline"):
            yield ai, _KG.headline, _lit(info["headline"])
        if info.get("newspaper"):
            yield ai, _KG.newspaper, _lit(info["newspaper"])
        if info.get("date"):
            yield ai, _DCT.date, _date(info["date"])
        for r in info.get("reporters", []):
            yield ai, _KG.reporter, _lit(r)
        for body in info.get("issuers", []):
            if body in iri:
                yield ai, _KG.issuedBy, iri[body]
        yield ai, _KG.startOffset, _literal(info["start"])
        yield ai, _KG.endOffset, _literal(info["end"])


def _document_metadata(di: URIRef, info: dict) -> Iterator[tuple]:
    """What the document's reader found: the page it was derived from (prov:wasDerivedFrom), its
    headline, date, publisher, author and media type. Plain text without a header has none."""
    if info.get("url"):
        yield di, _PROV.wasDerivedFrom, URIRef(web_iri(info["url"]))
    if info.get("headline"):
        yield di, _DCT.title, _lit(info["headline"])
    if info.get("date"):
        yield di, _DCT.date, _date(info["date"])
    if info.get("source"):
        yield di, _DCT.publisher, _lit(info["source"])
    if info.get("author"):
        yield di, _DCT.creator, _lit(info["author"])
    if info.get("format"):
        yield di, _DCT.format, _literal(_MEDIA_TYPES.get(info["format"], info["format"]))


_MEDIA_TYPES = {"html": "text/html", "pdf": "application/pdf", "jsonl": "application/jsonl", "json": "application/json",
                "csv": "text/csv", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f\u3000\ufeff\ud800-\udfff]')


def web_iri(url: str) -> str:
    """A web address as an IRI: characters an IRI may not hold are %-encoded (a space, quotes).

    >>> web_iri('http://example.cn/a b?q="x"')
    'http://example.cn/a%20b?q=%22x%22'
    """
    return _IRI_BAD.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8", "surrogatepass")), url.strip())


class _Sentences:
    """The evidence units the triples so far point at, written once each at the end."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.table = G.graph.get("sentences", {})
        self.articles = G.graph.get("articles", {})
        self.used: dict[str, dict] = {}
        self.refs: set[str] = set()  # those of the table (made ones are not)

    def ref(self, sid: str) -> URIRef | None:
        """The IRI of a sentence of the graph's table, remembered for :meth:`triples`."""
        info = self.table.get(sid)
        if info is None:
            return None
        self.used[sid] = info
        self.refs.add(sid)
        return URIRef(f"{ID}sentence/{sid}")

    def made(self, doc: str, start: int, end: int, text: str, article: int) -> URIRef | None:
        """A sentence for evidence that carries its own text (a graph made by hand)."""
        if not text.strip():
            return None
        sid = sentence_id(doc, start, end)
        self.used.setdefault(sid, {"doc": doc, "start": start, "end": end, "text": text, "article": article})
        return URIRef(f"{ID}sentence/{sid}")

    def triples(self) -> Iterator[tuple]:
        for sid, info in sorted(self.used.items(), key=lambda x: (x[1]["doc"], x[1]["start"], x[1]["end"], x[0])):
            si = URIRef(f"{ID}sentence/{sid}")
            pos, quote = URIRef(f"{ID}position/{sid}"), URIRef(f"{ID}quote/{sid}")
            yield si, _RDF.type, _KG.Sentence
            yield si, _OA.hasSource, _doc_iri(info["doc"])
            if (info["doc"], info.get("article", 0)) in self.articles:
                yield si, _KG.article, _article_iri(info["doc"], info.get("article", 0))
            yield si, _OA.hasSelector, pos
            yield si, _OA.hasSelector, quote
            if info.get("page"):
                yield si, _KG.page, _literal(info["page"])
            yield pos, _RDF.type, _OA.TextPositionSelector
            yield pos, _OA.start, _literal(info["start"])
            yield pos, _OA.end, _literal(max(info["end"], info["start"] + 1))
            yield quote, _RDF.type, _OA.TextQuoteSelector
            yield quote, _OA.exact, _text(info["text"])


def _mentions(s: URIRef, n: str, d: dict, sentences: _Sentences) -> Iterator[tuple]:
    """Each mention of the entity: where it is, in which sentence, found how."""
    seen = set()
    for m in d["mentions"]:
        if "doc" not in m or "start" not in m:
            continue  # a mention made by hand without its place in a document
        m = {"end": m["start"] + 1, "method": "", "confidence": 1.0, "article": 0, "text": "", **m}
        mi = URIRef(f"{ID}mention/{_hash(n, m['doc'], m['start'], m['end'], m['method'])}")
        if mi in seen:
            continue
        seen.add(mi)
        yield s, _KG.mention, mi
        yield mi, _RDF.type, _KG.Mention
        yield mi, _KG.surface, _text(m["text"] or d["name"])
        si = sentences.ref(m["sentence"]) if m.get("sentence") else None
        if si is not None:
            yield mi, _KG.evidence, si
        yield mi, _KG.startOffset, _literal(m["start"])
        yield mi, _KG.endOffset, _literal(max(m["end"], m["start"] + 1))
        yield mi, _KG.method, _literal(m["method"])
        yield mi, _KG.confidence, _decimal(m["confidence"], 3)
        if m.get("page"):
            yield mi, _KG.page, _literal(m["page"])


def _assertions(iri, u, v, k, d, sentences: _Sentences, articles: dict) -> Iterator[tuple]:
    """The fact's assertion, citing each sentence that states it (its offsets are the sentences'
    own, its document their ``oa:hasSource``), as a statement cites its references: one for each
    method (and title of a post, date stated other than the article's, page) that found it. The
    subject links to it only through ``rdf:subject``."""
    cited: dict[tuple, list] = {}
    confidence: dict[tuple, float] = {}
    first: dict[tuple, dict] = {}
    for ev in d["evidence"]:
        own = ev["date"] if ev.get("date") and ev["date"] != articles.get((ev["doc"], ev.get("article", 0)), {}).get("date") else ""
        # two titles in one sentence (市委副书记、市长 of one body) are two assertions
        key = (ev["method"], ev.get("title", ""), own, ev.get("page", 0))
        refs = [r for r in (sentences.ref(x) for x in ev.get("sentences", ())) if r is not None]
        if not refs and ev.get("text"):
            made = sentences.made(ev["doc"], ev["start"], ev["end"], ev["text"], ev.get("article", 0))
            refs = [made] if made is not None else []
        if not refs:
            continue  # a fact with no sentence to state it is not stated
        if key not in cited:
            cited[key], confidence[key], first[key] = [], ev["confidence"], ev
        cited[key] += [r for r in refs if r not in cited[key]]  # the same sentence given twice is cited once
        confidence[key] = max(confidence[key], ev["confidence"])
    for key, refs in cited.items():
        method, title, own, page = key
        a = URIRef(f"{ID}assertion/{_hash(u, k, v, method, title, own, page)}")
        yield a, _RDF.type, _KG.Assertion
        yield a, _RDF.subject, iri[u]
        yield a, _RDF.predicate, _PRED[k]
        yield a, _RDF.object, iri[v]
        for r in refs:
            yield a, _KG.evidence, r
        yield a, _KG.method, _literal(method)
        yield a, _KG.confidence, _decimal(confidence[key], 3)
        if own:
            yield a, _DCT.date, _date(own)
        if title:
            yield a, _KG.title, _lit(title)
        if page:
            yield a, _KG.page, _literal(page)


def _cooccurrence(iri, u, v, d) -> Iterator[tuple]:
    yield iri[u], _KG.coOccursWith, iri[v]
    c = URIRef(f"{ID}cooccurrence/{_hash(u, v)}")
    yield c, _RDF.type, _KG.CoOccurrence
    yield c, _KG.member, iri[u]
    yield c, _KG.member, iri[v]
    yield c, _KG.support, _literal(d["support"])
    yield c, _KG.pmi, _decimal(d["pmi"], 4)
    yield c, _KG.isCooccurrence, _literal(True)
    for day in d.get("dates", []):
        yield c, _DCT.date, _date(day)


def _post(G, iri, u, v, d) -> Iterator[tuple]:
    titles = sorted({ev.get("title", "") for ev in d["evidence"]}) or [""]
    for title in titles:
        p = URIRef(f"{ID}post/{_hash(u, v, title)}")
        yield iri[u], _KG.post, p
        yield p, _RDF.type, _KG.Post
        yield p, _KG.postIn, iri[v]
        if title:
            yield p, _KG.title, _lit(title)
            yield p, _RDFS.label, _lit(f"{G.nodes[v]['name']} {title}")
        quals = sorted({ev.get("qualifier", "") for ev in d["evidence"] if ev.get("title", "") == title} - {""})
        for q in quals:
            yield p, _KG.qualifier, _lit(q)
        dates = sorted(ev["date"] for ev in d["evidence"] if ev.get("date") and ev.get("title", "") == title)
        if dates:
            yield p, _KG.firstSeen, _date(dates[0])
            yield p, _KG.lastSeen, _date(dates[-1])


def _tenures(G, iri, u, v, d, provenance: bool) -> Iterator[tuple]:
    """Each tenure of a holdsPost (kg.identity.tenures) as a W3C ORG membership during an OWL-Time
    interval; an end that is not known at all is left out."""
    for i, t in enumerate(d.get("tenures", ())):
        h = _hash(u, v, t["title"], t["start"]["date"], t["end"]["date"], i)
        m, span = URIRef(f"{ID}tenure/{h}"), URIRef(f"{ID}interval/{h}")
        yield m, _RDF.type, _KG.Tenure
        yield m, _RDF.type, _ORG.Membership
        yield m, _ORG.member, iri[u]
        yield m, _ORG.organization, iri[v]
        yield m, _KG.title, _lit(t["title"])
        yield m, _RDFS.label, _lit(f"{G.nodes[u]['name']} {G.nodes[v]['name']} {t['title']}")
        for q in t.get("qualifiers", ()):
            yield m, _KG.tenureQualifier, _lit(q)
        for which, other in (("predecessor", _KG.predecessor), ("successor", _KG.successor)):
            if t.get(which) in iri:
                yield m, other, iri[t[which]]
        if provenance:
            for doc in sorted({r[2] for r in t.get("reports", ()) if r[2]}):
                yield m, _PROV.wasDerivedFrom, _doc_iri(doc)
        yield m, _ORG.memberDuring, span
        yield span, _RDF.type, _TIME.Interval
        known = [(end, prop, t[end]) for end, prop in (("start", _TIME.hasBeginning), ("end", _TIME.hasEnd))
                 if t[end]["kind"] != "open" and t[end]["date"]]
        for end, prop, _ in known:
            yield span, prop, URIRef(f"{ID}instant/{h}-{end}")
        for end, _, b in known:
            instant = URIRef(f"{ID}instant/{h}-{end}")
            yield instant, _RDF.type, _TIME.Instant
            yield instant, _TIME.inXSDDate, _date(b["date"])
            yield instant, _KG.dateBound, _literal(b["kind"])
            yield instant, _KG.knownBy, _literal(b["by"])


def to_rdf(G: nx.MultiDiGraph, **kw) -> Graph:
    """An rdflib Graph of the knowledge graph (for SPARQL in Python, SHACL, other serialisations)."""
    g = Graph()
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, ns)
    for t in iter_triples(G, **kw):
        g.add(t)
    return g


def _term(t, nm) -> str:
    """The Turtle form of a term; URIs (vocabulary, documents, articles repeat) and literals (offsets,
    methods, confidences repeat) are remembered."""
    if type(t) is URIRef or isinstance(t, URIRef):
        key = str.__str__(t)  # a plain string: the dictionary compares it in C, not with rdflib's __eq__
        out = _URI_TERMS.get(key)
        if out is None:
            out = _URI_TERMS[key] = _term_uncached(t, nm)
            if len(_URI_TERMS) > 200_000:
                _URI_TERMS.clear()
        return out
    if type(t) is Literal:
        datatype = t.datatype
        key = (str.__str__(t), t.language, str.__str__(datatype) if datatype is not None else None)
        out = _LITERAL_TERMS.get(key)
        if out is None:
            out = _LITERAL_TERMS[key] = _term_uncached(t, nm)
            if len(_LITERAL_TERMS) > 200_000:
                _LITERAL_TERMS.clear()
        return out
    return _term_uncached(t, nm)


_URI_TERMS: dict = {}
_LITERAL_TERMS: dict = {}


def _term_uncached(t, nm) -> str:
    if isinstance(t, Literal) and t.datatype in (_XSD.integer, _XSD.boolean) and not t.language:
        return str(t).lower() if t.datatype == _XSD.boolean else str(int(t))
    if isinstance(t, Literal) and t.datatype == _XSD.decimal and _DECIMAL.fullmatch(str(t)):
        return str(t)  # Turtle reads 0.95 as an xsd:decimal
    if isinstance(t, URIRef):
        s = str(t)
        for prefix, ns in _VOCAB_PREFIXES:
            if s.startswith(ns) and _SIMPLE_LOCAL.fullmatch(s[len(ns):]):
                return f"{prefix}:{s[len(ns):]}"
        if s.startswith(_ID_BASE):
            kind, _, local = s[len(_ID_BASE):].partition("/")
            if kind in _ID_PREFIXES:
                name = _local_name(local)
                if name is not None:
                    return f"{kind}:{name}"
        return t.n3()
    return t.n3(nm)


_DECIMAL = re.compile(r"[+-]?[0-9]+\.[0-9]+")
_ID_BASE = str(ID)
#: what a local name may hold as it stands: digits, Latin and CJK letters, %-escapes, and inside it
#: hyphens and dots; "/" and "~" are written with a backslash (Turtle's PN_LOCAL_ESC)
_LOCAL_CHARS = re.compile(r"(?:[-.A-Za-z0-9_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff/~]|%[0-9A-Fa-f]{2})+")


def _local_name(local: str) -> str | None:
    r"""``local`` as the local part of a Turtle prefixed name, or None where it cannot be one.

    >>> _local_name("notice-000.txt/0"), _local_name("440783/陈小曼"), _local_name("a b")
    ('notice-000.txt\\/0', '440783\\/陈小曼', None)
    """
    if not local or not _LOCAL_CHARS.fullmatch(local):
        return None
    out = local.replace("/", "\\/").replace("~", "\\~")
    if out[0] in "-.":
        out = "\\" + out
    if out.endswith("."):
        out = out[:-1] + "\\."
    return out


def write_turtle(G: nx.MultiDiGraph, path: str | Path, *, parts: int = 1, **kw) -> Path:
    """Write ``graph.ttl`` as it is produced (no whole-graph copy in memory), atomically.

    Triples come subject by subject in a deterministic order, so two builds of one input give
    the same bytes; vocabulary terms and the IRIs kg mints use prefixes (``place:440783``) where
    their local part is a valid prefixed name, ``a`` stands for rdf:type, and objects of one
    predicate in a row share it (``kg:member a, b``). With ``parts`` > 1 the nodes are written in
    that many parts at once (:class:`TurtleWriter`), the same bytes.
    """
    with TurtleWriter(G, path, parts=parts, **kw) as writer:
        return writer.finish()


#: the least weight (nodes, mentions and edges) of a graph whose Turtle is worth writing in parts
PARALLEL_MIN_WEIGHT = 2_000


class TurtleWriter:
    """``graph.ttl`` of a graph, written in ``parts`` by forked processes where it pays.

    Made, it starts the processes (each writes the triples of a run of the sorted nodes to a file
    of its own, and says which sentences they used); the caller may do other work, then
    :meth:`finish` joins the parts, writes the sentences, documents and articles after them and
    renames the file into place: the bytes :func:`write_turtle` writes in one process. Where
    processes cannot be forked, the graph is small or a part fails, :meth:`finish` writes it all.
    Use it in a ``with`` block, so that the processes and their files go when the block ends.
    """

    def __init__(self, G: nx.MultiDiGraph, path: str | Path, *, parts: int = 1, **kw) -> None:
        self.G, self.path, self.kw = G, Path(path), kw
        self.nodes = sorted(G.nodes)
        self.ctx = _Context(G)
        self._children: list[tuple[int, Path]] = []
        self._folder: Path | None = None
        if parts > 1 and _can_fork():
            weights = [2 + len(G.nodes[n]["mentions"]) + G.out_degree(n) for n in self.nodes]
            if sum(weights) >= PARALLEL_MIN_WEIGHT:
                self._start(_split(weights, parts))

    def __enter__(self) -> "TurtleWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _start(self, bounds: list[tuple[int, int]]) -> None:
        import tempfile

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._folder = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.parts.", dir=self.path.parent))
        for j, (a, b) in enumerate(bounds):
            file = self._folder / f"{j}.ttl"
            pid = os.fork()
            if pid == 0:  # the child: write the part, then leave without running the parent's exit handlers
                code = 1
                try:
                    gc.freeze()  # the parent's objects are never collected here: their pages stay shared
                    self._write_part(a, b, file)
                    code = 0
                finally:
                    os._exit(code)
            self._children.append((pid, file))

    def _write_part(self, a: int, b: int, file: Path) -> None:
        with open(file, "wb", buffering=1 << 20) as f:
            blocks = _Blocks(f, _namespaces())
            for n in self.nodes[a:b]:
                for t in _node_triples(self.G, n, self.ctx, **self._options()):
                    blocks.add(*t)
            blocks.write("")  # the last block stays open: what follows it decides how it ends
        sentences = self.ctx.sentences
        with open(file.with_suffix(".meta"), "wb") as f:
            pickle.dump((blocks.first, blocks.subject, blocks.predicate, sentences.used, sentences.refs), f,
                        protocol=pickle.HIGHEST_PROTOCOL)

    def _options(self) -> dict:
        return {"provenance": self.kw.get("provenance", True), "cooccurrence": self.kw.get("cooccurrence", True),
                "mentions": self.kw.get("mentions", True)}

    def _join(self) -> list[tuple[Path, tuple]] | None:
        """Wait for the parts; their files and what each says, or None where one failed."""
        ok = True
        for pid, _ in self._children:
            _, status = os.waitpid(pid, 0)
            ok = ok and os.waitstatus_to_exitcode(status) == 0
        children, self._children = self._children, []
        if not ok:
            return None
        out = []
        for _, file in children:
            try:
                with open(file.with_suffix(".meta"), "rb") as f:
                    out.append((file, pickle.load(f)))
            except (OSError, pickle.UnpicklingError, EOFError):
                return None
        # a part must begin a new subject, as the one process would have at that point
        for (_, before), (_, after) in zip(out, out[1:]):
            if before[1] is not None and _same(after[0], before[1]):
                return None
        return out

    def finish(self) -> Path:
        """Write the file (joining the parts, if any) and return its path."""
        parts = self._join() if self._children else None
        nm = _namespaces()
        with atomic_open(self.path) as f:
            f.write(_header())
            blocks = _Blocks(f, nm)
            if parts is None:
                ctx = self.ctx
                for n in self.nodes:
                    for t in _node_triples(self.G, n, ctx, **self._options()):
                        blocks.add(*t)
            else:
                ctx = self.ctx
                for file, (first, last, predicate, used, refs) in parts:
                    if first is None:
                        continue
                    blocks.write(" .\n\n")
                    with open(file, "rb") as part:
                        shutil.copyfileobj(part, f, 1 << 20)
                    blocks.resume(last, predicate)
                    for sid, info in used.items():  # as one process would have kept them
                        if sid in refs:
                            ctx.sentences.used[sid] = info
                        else:
                            ctx.sentences.used.setdefault(sid, info)
            for t in _tail_triples(self.G, ctx, self._options()["provenance"]):
                blocks.add(*t)
            blocks.write(" .\n")
        self.close()
        return self.path

    def close(self) -> None:
        """Stop parts still running and remove their files."""
        for pid, _ in self._children:
            try:
                os.kill(pid, signal.SIGTERM)
                os.waitpid(pid, 0)
            except OSError:
                pass
        self._children = []
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def _split(weights: list[int], parts: int) -> list[tuple[int, int]]:
    """``parts`` runs of indexes of about the same total weight (none empty).

    >>> _split([1, 1, 1, 1, 4], 2)
    [(0, 4), (4, 5)]
    """
    parts = max(1, min(parts, len(weights)))
    total = sum(weights)
    bounds, start, acc = [], 0, 0
    for i, w in enumerate(weights):
        acc += w
        left = parts - len(bounds) - 1  # parts still to make after this one
        after = len(weights) - (i + 1)  # indexes still to come
        if left and after >= left and (acc >= total * (len(bounds) + 1) / parts or after == left):
            bounds.append((start, i + 1))
            start = i + 1
    bounds.append((start, len(weights)))
    return bounds


def _namespaces():
    from rdflib.namespace import NamespaceManager

    nm = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, ns in _PREFIXES.items():
        nm.bind(prefix, ns)
    return nm


def _header() -> bytes:
    return ("".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in {**_PREFIXES, **_ID_PREFIXES}.items())
            + "\n").encode("utf-8")


class _Blocks:
    """Triples as Turtle blocks, one a subject: ``s p o, o2 ;\n  p2 o3 .``, blank lines between."""

    def __init__(self, f, nm) -> None:
        self.f, self.nm = f, nm
        self.first = self.subject = self.predicate = None
        self.open = False  # a block has begun and not ended (its text may be written already)
        self.lines: list[str] = []

    def add(self, s, p, o) -> None:
        nm = self.nm
        subject = self.subject
        if s is not subject and not (type(s) is type(subject) and str.__eq__(s, subject)):
            self.write(" .\n\n")
            if self.first is None:
                self.first = s
            self.subject, self.predicate, self.open = s, p, True
            self.lines = [f"{_term(s, nm)} {_predicate(p, nm)} {_term(o, nm)}"]
        elif p is self.predicate or _same(p, self.predicate):
            self.lines.append(f", {_term(o, nm)}")
        else:
            self.predicate = p
            self.lines.append(f" ;\n  {_predicate(p, nm)} {_term(o, nm)}")

    def write(self, end: str) -> None:
        """Write the open block, if any, ending it with ``end`` ("" leaves it open)."""
        if self.open:
            self.f.write(("".join(self.lines) + end).encode("utf-8"))
            self.lines = []
            self.open = not end

    def resume(self, subject, predicate) -> None:
        """Go on after text written elsewhere that leaves a block of ``subject`` open."""
        self.lines = []
        if subject is not None:
            self.subject, self.predicate, self.open = subject, predicate, True


def _predicate(p, nm) -> str:
    out = _PREDICATE_TERMS.get(str.__str__(p))
    if out is None:
        out = _PREDICATE_TERMS[str.__str__(p)] = "a" if _same(p, _RDF.type) else _term(p, nm)
    return out


_PREDICATE_TERMS: dict[str, str] = {}


#: prefixes for vocabulary terms (entity IRIs stay in full: their local parts are not always
#: valid prefixed names)
_VOCAB_PREFIXES = [(k, v) for k, v in _PREFIXES.items() if k != "id"]
_SIMPLE_LOCAL = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def serialize_turtle(g: Graph) -> bytes:
    """Turtle of an rdflib Graph with triples in sorted order: byte-identical for one graph."""
    ordered = Graph()
    for prefix, ns in g.namespaces():
        ordered.bind(prefix, ns, override=True)
    for t in sorted(g, key=lambda t: (str(t[0]), str(t[1]), t[2].n3())):
        ordered.add(t)
    return ordered.serialize(format="turtle", encoding="utf-8")
