"""JSON-LD export: the same triples as graph.ttl, compacted with a small @context.

Built by hand from :func:`kg.exporters.rdf.to_rdf` rather than with rdflib's serializer, so
the output is compact (``"@id": "id:agency/开平市医疗保障局"``, ``"rdfs:label"``), sorted and
byte-identical across runs. Numbers and booleans are native JSON where JSON-LD maps them
back to the same datatype (``xsd:integer``, ``xsd:boolean``); decimals and dates keep
``@type``. Parsing it gives a graph isomorphic to graph.ttl's.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import RDF, XSD, Graph, Literal, URIRef

from ..vocab import ID, KG_NS
from .atomic import atomic_write
from .rdf import to_rdf

if TYPE_CHECKING:  # a build's graph is kg.multigraph's, with networkx's interface
    import networkx as nx

__all__ = ["to_jsonld", "write_jsonld", "CONTEXT"]

#: prefixes of the @context; every IRI under one of them is written compact
CONTEXT = {
    "kg": KG_NS,
    "id": str(ID),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dct": "http://purl.org/dc/terms/",
    "oa": "http://www.w3.org/ns/oa#",
}
_BY_LENGTH = sorted(CONTEXT.items(), key=lambda kv: -len(kv[1]))


def _compact(iri: str) -> str:
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _value(o):
    if isinstance(o, URIRef):
        return {"@id": _compact(str(o))}
    if isinstance(o, Literal):
        if o.language:
            return {"@value": str(o), "@language": o.language}
        if o.datatype in (None, XSD.string):
            return str(o)
        if o.datatype == XSD.integer and str(o).lstrip("-").isdigit():
            return int(str(o))
        if o.datatype == XSD.boolean and str(o) in ("true", "false"):
            return str(o) == "true"
        return {"@value": str(o), "@type": _compact(str(o.datatype))}
    raise ValueError(f"blank node {o!r}: kg graphs have none")


def _key(v) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def graph_to_jsonld(g: Graph) -> dict:
    """A compact JSON-LD document of any rdflib Graph without blank nodes."""
    nodes: dict[str, dict] = {}
    for s, p, o in g:
        if not isinstance(s, URIRef):
            raise ValueError(f"blank node {s!r}: kg graphs have none")
        node = nodes.setdefault(str(s), {"@id": _compact(str(s))})
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(_compact(str(o)))
        else:
            node.setdefault(_compact(str(p)), []).append(_value(o))
    out = []
    for iri in sorted(nodes):
        node = nodes[iri]
        doc = {}
        for k in sorted(node, key=lambda k: (not k.startswith("@"), k)):
            v = node[k]
            if isinstance(v, list):
                v = sorted(v, key=_key)
                v = v[0] if len(v) == 1 and k != "@type" else v
            doc[k] = v
        out.append(doc)
    return {"@context": dict(CONTEXT), "@graph": out}


def to_jsonld(G: nx.MultiDiGraph, **kw) -> dict:
    """The knowledge graph as a JSON-LD document (the triples of :func:`to_rdf`)."""
    return graph_to_jsonld(to_rdf(G, **kw))


def write_jsonld(G: nx.MultiDiGraph, path: str | Path, **kw) -> Path:
    """Write ``graph.jsonld`` atomically."""
    data = json.dumps(to_jsonld(G, **kw), ensure_ascii=False, indent=1) + "\n"
    return atomic_write(Path(path), data.encode("utf-8"))
