"""The kg ontology as an rdflib namespace; a misspelt term raises (a test checks it matches ontology/kg.ttl)."""
from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

from .iri import ID as ID_BASE

__all__ = ["KG", "KG_NS", "ID", "OA"]

KG_NS = "https://w3id.org/kg/ontology#"
#: base of entity, post, assertion, sentence, document and article IRIs
ID = Namespace(ID_BASE)
#: the W3C Web Annotation vocabulary: evidence sentences are oa:SpecificResource with selectors
OA = Namespace("http://www.w3.org/ns/oa#")


class KG(DefinedNamespace):
    _NS = Namespace(KG_NS)
    _fail = True

    Person: URIRef
    Official: URIRef
    Agency: URIRef
    Place: URIRef
    Programme: URIRef
    Post: URIRef
    Tenure: URIRef
    Document: URIRef
    Article: URIRef
    Assertion: URIRef
    CoOccurrence: URIRef
    Mention: URIRef
    Sentence: URIRef

    holdsPost: URIRef
    partOf: URIRef
    locatedIn: URIRef
    subOrganizationOf: URIRef
    implements: URIRef
    participatesIn: URIRef
    coOccursWith: URIRef
    mention: URIRef
    surface: URIRef

    post: URIRef
    postIn: URIRef
    title: URIRef
    qualifier: URIRef
    tenureQualifier: URIRef
    dateBound: URIRef
    knownBy: URIRef
    predecessor: URIRef
    successor: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    cooccurrence: URIRef
    member: URIRef
    support: URIRef
    pmi: URIRef
    isCooccurrence: URIRef
    divisionCode: URIRef
    level: URIRef
    role: URIRef
    contextAlias: URIRef
    mentionCount: URIRef
    evidence: URIRef
    assertion: URIRef
    article: URIRef
    document: URIRef
    headline: URIRef
    newspaper: URIRef
    reporter: URIRef
    startOffset: URIRef
    endOffset: URIRef
    method: URIRef
    confidence: URIRef
    sha256: URIRef
    page: URIRef
    issuedBy: URIRef
