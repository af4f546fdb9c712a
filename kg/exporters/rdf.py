"""RDF export: :func:`to_rdf` builds an rdflib Graph, :func:`write_turtle` serialises it.

The contract the scorer reads: every entity has ``rdf:type`` (kg:Official / kg:Person /
kg:Agency / kg:Place / kg:Programme; an Official is also a kg:Person), ``rdfs:label`` with
its canonical name and ``skos:altLabel`` for its other surface forms; typed relations are
direct triples between entity IRIs. Alongside: posts as ``kg:Post`` nodes (W3C ORG style),
reified ``kg:Assertion`` nodes with evidence and provenance, co-occurrence nodes, and the
documents and articles. No blank nodes: every node has a stable IRI, so the file is
deterministic.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterator

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from ..iri import encode_segment, mint
from ..model import RELATION_TYPES
from ..vocab import ID, KG
from .atomic import atomic_open

__all__ = ["to_rdf", "iter_triples", "write_turtle", "serialize_turtle"]

_CLASS = {"Official": KG.Official, "Person": KG.Person, "Agency": KG.Agency, "Place": KG.Place,
          "Programme": KG.Programme}
_PRED = {p: getattr(KG, p) for p in RELATION_TYPES}


def _lit(s: str) -> Literal:
    return Literal(_clean_literal(s), lang="zh") if any("\u4e00" <= c <= "\u9fff" for c in s) else Literal(_clean_literal(s))


def _date(s: str) -> Literal:
    """An ``xsd:date`` for an ISO date (2024-03-21); any other string stays a plain literal."""
    try:
        date.fromisoformat(s)
    except ValueError:
        return Literal(s)
    return Literal(s, datatype=XSD.date) if len(s) == 10 else Literal(s)


def _decimal(x: float, places: int) -> Literal:
    """An ``xsd:decimal`` in plain notation (never 1e-05, which is no decimal)."""
    return Literal(format(Decimal(str(round(float(x), places) + 0.0)).normalize(), "f"), datatype=XSD.decimal)


def _clean_literal(s: str) -> str:
    """Literals keep every character except the controls XML and some tools reject."""
    return "".join(c for c in s if c in "\n\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000
                                                          or ord(c) in (0xFFFE, 0xFFFF)))


def _doc_iri(doc_id: str) -> URIRef:
    return URIRef(f"{ID}document/{encode_segment(doc_id)}")


def _article_iri(doc_id: str, index: int) -> URIRef:
    return URIRef(f"{ID}article/{encode_segment(doc_id)}/{index}")


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


_PREFIXES = {"kg": str(KG._NS), "id": str(ID), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
             "skos": str(SKOS), "prov": str(PROV), "dct": str(DCTERMS), "owl": str(OWL)}


def iter_triples(G: nx.MultiDiGraph, *, provenance: bool = True, cooccurrence: bool = True,
                 mentions: bool = True) -> Iterator[tuple]:
    """Every triple of the graph, subject by subject, in a deterministic order."""
    iri = {n: URIRef(mint(n)) for n in G.nodes}
    for n in sorted(G.nodes):
        d = G.nodes[n]
        s = iri[n]
        yield s, RDF.type, _CLASS[d["type"]]
        if d["type"] == "Official":
            yield s, RDF.type, KG.Person
        yield s, RDFS.label, _lit(d["name"])
        for a in sorted(d["aliases"]):
            if a != d["name"]:
                yield s, SKOS.altLabel, _lit(a)
        for a in sorted(d["context_aliases"]):
            if a != d["name"] and a not in d["aliases"]:
                yield s, KG.contextAlias, _lit(a)
        attrs = d["attrs"]
        if d["type"] == "Place":
            if attrs.get("code"):
                yield s, KG.divisionCode, Literal(attrs["code"])
            if attrs.get("level"):
                yield s, KG.level, Literal(attrs["level"])
        if attrs.get("role"):
            yield s, KG.role, _lit(attrs["role"])
        yield s, KG.mentionCount, Literal(len(d["mentions"]))
        if d.get("first_seen"):
            yield s, KG.firstSeen, _date(d["first_seen"])
            yield s, KG.lastSeen, _date(d["last_seen"])
        if provenance:
            for doc in sorted(d["docs"]):
                yield s, PROV.wasDerivedFrom, _doc_iri(doc)
            if mentions:
                yield from _mentions(s, n, d)
        for u, v, k, e in sorted(G.out_edges(n, keys=True, data=True), key=lambda x: (x[2], x[1])):
            if k in _PRED:
                yield iri[u], _PRED[k], iri[v]
                if k == "holdsPost":
                    yield from _post(G, iri, u, v, e)
                if provenance:
                    yield from _assertions(iri, u, v, k, e)
            elif k == "coOccursWith" and cooccurrence:
                yield from _cooccurrence(iri, u, v, e)
    if provenance:
        for doc_id, info in sorted(G.graph.get("documents", {}).items()):
            di = _doc_iri(doc_id)
            yield di, RDF.type, KG.Document
            yield di, RDFS.label, _lit(doc_id)
            yield di, KG.sha256, Literal(info["sha256"])
        for (doc_id, index), info in sorted(G.graph.get("articles", {}).items()):
            ai = _article_iri(doc_id, index)
            yield ai, RDF.type, KG.Article
            yield ai, KG.document, _doc_iri(doc_id)
            if info.get("headline"):
                yield ai, KG.headline, _lit(info["headline"])
            if info.get("newspaper"):
                yield ai, KG.newspaper, _lit(info["newspaper"])
            if info.get("date"):
                yield ai, DCTERMS.date, _date(info["date"])
            for r in info.get("reporters", []):
                yield ai, KG.reporter, _lit(r)
            yield ai, KG.startOffset, Literal(info["start"])
            yield ai, KG.endOffset, Literal(info["end"])


def _mentions(s: URIRef, n: str, d: dict) -> Iterator[tuple]:
    """Each mention of the entity: where it is, in which sentence, found how."""
    for m in d["mentions"]:
        if "doc" not in m or "start" not in m:
            continue  # a mention made by hand without its place in a document
        m = {"end": m["start"] + 1, "method": "", "confidence": 1.0, "article": 0, "text": "", **m}
        mi = URIRef(f"{ID}mention/{_hash(n, m['doc'], m['start'], m['end'], m['method'])}")
        yield s, KG.mention, mi
        yield mi, RDF.type, KG.Mention
        yield mi, KG.surface, _lit(m["text"] or d["name"])
        if m.get("sentence"):
            yield mi, KG.evidence, _lit(m["sentence"])
        yield mi, KG.document, _doc_iri(m["doc"])
        yield mi, KG.article, _article_iri(m["doc"], m["article"])
        yield mi, KG.startOffset, Literal(m["start"])
        yield mi, KG.endOffset, Literal(max(m["end"], m["start"] + 1))
        yield mi, KG.method, Literal(m["method"])
        yield mi, KG.confidence, _decimal(m["confidence"], 3)
        if m.get("date"):
            yield mi, DCTERMS.date, _date(m["date"])


def _assertions(iri, u, v, k, d) -> Iterator[tuple]:
    for ev in d["evidence"]:
        a = URIRef(f"{ID}assertion/{_hash(u, k, v, ev['doc'], ev['start'], ev['end'], ev['method'])}")
        yield iri[u], KG.assertion, a
        yield a, RDF.type, KG.Assertion
        yield a, RDF.subject, iri[u]
        yield a, RDF.predicate, _PRED[k]
        yield a, RDF.object, iri[v]
        yield a, KG.evidence, _lit(ev["text"])
        yield a, KG.document, _doc_iri(ev["doc"])
        yield a, KG.article, _article_iri(ev["doc"], ev["article"])
        yield a, KG.startOffset, Literal(ev["start"])
        yield a, KG.endOffset, Literal(ev["end"])
        yield a, KG.method, Literal(ev["method"])
        yield a, KG.confidence, _decimal(ev["confidence"], 3)
        if ev.get("date"):
            yield a, DCTERMS.date, _date(ev["date"])
        if ev.get("title"):
            yield a, KG.title, _lit(ev["title"])


def _cooccurrence(iri, u, v, d) -> Iterator[tuple]:
    yield iri[u], KG.coOccursWith, iri[v]
    c = URIRef(f"{ID}cooccurrence/{_hash(u, v)}")
    yield iri[u], KG.cooccurrence, c
    yield c, RDF.type, KG.CoOccurrence
    yield c, KG.member, iri[u]
    yield c, KG.member, iri[v]
    yield c, KG.support, Literal(d["support"])
    yield c, KG.pmi, _decimal(d["pmi"], 4)
    yield c, KG.isCooccurrence, Literal(True)
    for day in d.get("dates", []):
        yield c, DCTERMS.date, _date(day)


def _post(G, iri, u, v, d) -> Iterator[tuple]:
    titles = sorted({ev.get("title", "") for ev in d["evidence"]}) or [""]
    for title in titles:
        p = URIRef(f"{ID}post/{_hash(u, v, title)}")
        yield iri[u], KG.post, p
        yield p, RDF.type, KG.Post
        yield p, KG.postIn, iri[v]
        if title:
            yield p, KG.title, _lit(title)
            yield p, RDFS.label, _lit(f"{G.nodes[v]['name']} {title}")
        quals = sorted({ev.get("qualifier", "") for ev in d["evidence"] if ev.get("title", "") == title} - {""})
        for q in quals:
            yield p, KG.qualifier, _lit(q)
        dates = sorted(ev["date"] for ev in d["evidence"] if ev.get("date") and ev.get("title", "") == title)
        if dates:
            yield p, KG.firstSeen, _date(dates[0])
            yield p, KG.lastSeen, _date(dates[-1])


def to_rdf(G: nx.MultiDiGraph, **kw) -> Graph:
    """An rdflib Graph of the knowledge graph (for SPARQL in Python, SHACL, other serialisations)."""
    g = Graph()
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, ns)
    for t in iter_triples(G, **kw):
        g.add(t)
    return g


def _term(t, nm) -> str:
    if isinstance(t, Literal) and t.datatype in (XSD.integer, XSD.boolean) and not t.language:
        return str(t).lower() if t.datatype == XSD.boolean else str(int(t))
    if isinstance(t, URIRef):
        s = str(t)
        for prefix, ns in _VOCAB_PREFIXES:
            if s.startswith(ns) and _SIMPLE_LOCAL.fullmatch(s[len(ns):]):
                return f"{prefix}:{s[len(ns):]}"
        return t.n3()
    return t.n3(nm)


def write_turtle(G: nx.MultiDiGraph, path: str | Path, **kw) -> Path:
    """Write ``graph.ttl`` as it is produced (no whole-graph copy in memory), atomically.

    Triples come subject by subject in a deterministic order, so two builds of one input give
    the same bytes; vocabulary terms use prefixes, entity IRIs are written in full.
    """
    from rdflib.namespace import NamespaceManager

    nm = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, ns in _PREFIXES.items():
        nm.bind(prefix, ns)
    path = Path(path)
    with atomic_open(path) as f:
        for prefix, ns in _PREFIXES.items():
            f.write(f"@prefix {prefix}: <{ns}> .\n".encode("utf-8"))
        f.write(b"\n")
        subject = None
        lines: list[str] = []
        for s, p, o in iter_triples(G, **kw):
            if s != subject:
                if lines:
                    f.write(("".join(lines) + " .\n\n").encode("utf-8"))
                subject = s
                lines = [f"{_term(s, nm)}\n    {_term(p, nm)} {_term(o, nm)}"]
            else:
                lines.append(f" ;\n    {_term(p, nm)} {_term(o, nm)}")
        if lines:
            f.write(("".join(lines) + " .\n").encode("utf-8"))
    return path


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
