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
from datetime import date
from decimal import Decimal
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from ..iri import encode_segment, mint
from ..model import RELATION_TYPES
from ..vocab import ID, KG
from .atomic import atomic_write

__all__ = ["to_rdf", "write_turtle", "serialize_turtle"]

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


def to_rdf(G: nx.MultiDiGraph, *, provenance: bool = True, cooccurrence: bool = True) -> Graph:
    """An rdflib Graph of the knowledge graph."""
    g = Graph()
    g.bind("kg", str(KG._NS))
    g.bind("id", str(ID))
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dct", DCTERMS)
    g.bind("owl", OWL)
    iri = {n: URIRef(mint(n)) for n in G.nodes}
    for n, d in G.nodes(data=True):
        s = iri[n]
        g.add((s, RDF.type, _CLASS[d["type"]]))
        if d["type"] == "Official":
            g.add((s, RDF.type, KG.Person))
        g.add((s, RDFS.label, _lit(d["name"])))
        for a in d["aliases"]:
            if a != d["name"]:
                g.add((s, SKOS.altLabel, _lit(a)))
        for a in d["context_aliases"]:
            if a != d["name"] and a not in d["aliases"]:
                g.add((s, KG.contextAlias, _lit(a)))
        attrs = d["attrs"]
        if d["type"] == "Place":
            if attrs.get("code"):
                g.add((s, KG.divisionCode, Literal(attrs["code"])))
            if attrs.get("level"):
                g.add((s, KG.level, Literal(attrs["level"])))
        if attrs.get("role"):
            g.add((s, KG.role, _lit(attrs["role"])))
        g.add((s, KG.mentionCount, Literal(len(d["mentions"]))))
        if d.get("first_seen"):
            g.add((s, KG.firstSeen, _date(d["first_seen"])))
            g.add((s, KG.lastSeen, _date(d["last_seen"])))
        if provenance:
            for doc in sorted(d["docs"]):
                g.add((s, PROV.wasDerivedFrom, _doc_iri(doc)))
    for u, v, k, d in G.edges(keys=True, data=True):
        if k in _PRED:
            g.add((iri[u], _PRED[k], iri[v]))
            if k == "holdsPost":
                _post(g, G, iri, u, v, d)
            if provenance:
                for ev in d["evidence"]:
                    a = URIRef(f"{ID}assertion/{_hash(u, k, v, ev['doc'], ev['start'], ev['end'], ev['method'])}")
                    g.add((a, RDF.type, KG.Assertion))
                    g.add((a, RDF.subject, iri[u]))
                    g.add((a, RDF.predicate, _PRED[k]))
                    g.add((a, RDF.object, iri[v]))
                    g.add((a, KG.evidence, _lit(ev["text"])))
                    g.add((a, KG.document, _doc_iri(ev["doc"])))
                    g.add((a, KG.article, _article_iri(ev["doc"], ev["article"])))
                    g.add((a, KG.startOffset, Literal(ev["start"])))
                    g.add((a, KG.endOffset, Literal(ev["end"])))
                    g.add((a, KG.method, Literal(ev["method"])))
                    g.add((a, KG.confidence, _decimal(ev["confidence"], 3)))
                    if ev.get("date"):
                        g.add((a, DCTERMS.date, _date(ev["date"])))
                    if ev.get("title"):
                        g.add((a, KG.title, _lit(ev["title"])))
                    g.add((iri[u], KG.assertion, a))
        elif k == "coOccursWith" and cooccurrence:
            g.add((iri[u], KG.coOccursWith, iri[v]))
            c = URIRef(f"{ID}cooccurrence/{_hash(u, v)}")
            g.add((c, RDF.type, KG.CoOccurrence))
            g.add((c, KG.member, iri[u]))
            g.add((c, KG.member, iri[v]))
            g.add((c, KG.support, Literal(d["support"])))
            g.add((c, KG.pmi, _decimal(d["pmi"], 4)))
            g.add((c, KG.isCooccurrence, Literal(True)))
            for day in d.get("dates", []):
                g.add((c, DCTERMS.date, _date(day)))
            g.add((iri[u], KG.cooccurrence, c))
    if provenance:
        for doc_id, info in G.graph.get("documents", {}).items():
            di = _doc_iri(doc_id)
            g.add((di, RDF.type, KG.Document))
            g.add((di, RDFS.label, _lit(doc_id)))
            g.add((di, KG.sha256, Literal(info["sha256"])))
        for (doc_id, index), info in G.graph.get("articles", {}).items():
            ai = _article_iri(doc_id, index)
            g.add((ai, RDF.type, KG.Article))
            g.add((ai, KG.document, _doc_iri(doc_id)))
            if info.get("headline"):
                g.add((ai, KG.headline, _lit(info["headline"])))
            if info.get("newspaper"):
                g.add((ai, KG.newspaper, _lit(info["newspaper"])))
            if info.get("date"):
                g.add((ai, DCTERMS.date, _date(info["date"])))
            for r in info.get("reporters", []):
                g.add((ai, KG.reporter, _lit(r)))
            g.add((ai, KG.startOffset, Literal(info["start"])))
            g.add((ai, KG.endOffset, Literal(info["end"])))
    return g


def _post(g: Graph, G, iri, u, v, d) -> None:
    titles = sorted({ev.get("title", "") for ev in d["evidence"]}) or [""]
    for title in titles:
        p = URIRef(f"{ID}post/{_hash(u, v, title)}")
        g.add((p, RDF.type, KG.Post))
        g.add((iri[u], KG.post, p))
        g.add((p, KG.postIn, iri[v]))
        if title:
            g.add((p, KG.title, _lit(title)))
            g.add((p, RDFS.label, _lit(f"{G.nodes[v]['name']} {title}")))
        quals = sorted({ev.get("qualifier", "") for ev in d["evidence"] if ev.get("title", "") == title} - {""})
        for q in quals:
            g.add((p, KG.qualifier, _lit(q)))
        dates = sorted(ev["date"] for ev in d["evidence"] if ev.get("date") and ev.get("title", "") == title)
        if dates:
            g.add((p, KG.firstSeen, _date(dates[0])))
            g.add((p, KG.lastSeen, _date(dates[-1])))


def serialize_turtle(g: Graph) -> bytes:
    """Turtle with subjects, predicates and objects in sorted order: byte-identical for one graph."""
    # rdflib sorts subjects and predicates; objects of one predicate are emitted in store order,
    # so rebuild the graph in sorted triple order first
    ordered = Graph()
    for prefix, ns in g.namespaces():
        ordered.bind(prefix, ns, override=True)
    for t in sorted(g, key=lambda t: (str(t[0]), str(t[1]), t[2].n3())):
        ordered.add(t)
    return ordered.serialize(format="turtle", encoding="utf-8")


def write_turtle(G: nx.MultiDiGraph, path: str | Path, **kw) -> Path:
    """Write ``graph.ttl`` atomically."""
    return atomic_write(Path(path), serialize_turtle(to_rdf(G, **kw)))
