"""ontology/kg.ttl documents every term; ontology/shapes.ttl holds for every export and catches broken ones."""
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.validate import Problem, validate
from kg.vocab import ID, KG, KG_NS, OA

from conftest import ROOT

ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"


@pytest.fixture(scope="module")
def onto():
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def _terms(g):
    return sorted({s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_NS)})


def test_every_term_has_a_type_and_labels_and_definitions_in_english_and_chinese(onto):
    terms = _terms(onto)
    assert len(terms) == len(KG.__annotations__)
    for t in terms:
        kinds = set(onto.objects(t, RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, t
        for prop in (RDFS.label, SKOS.definition):
            langs = {o.language for o in onto.objects(t, prop)}
            assert {"en", "zh"} <= langs, f"{t} lacks an en or zh {prop}"
        assert (t, RDFS.isDefinedBy, URIRef("https://w3id.org/kg/ontology")) in onto


@pytest.mark.parametrize("term, relation, target", [
    (KG.Agency, RDFS.subClassOf, "http://www.w3.org/ns/org#Organization"),
    (KG.Agency, RDFS.subClassOf, "https://schema.org/GovernmentOrganization"),
    (KG.Place, RDFS.subClassOf, "https://schema.org/AdministrativeArea"),
    (KG.Person, RDFS.subClassOf, "https://schema.org/Person"),
    (KG.Official, RDFS.subClassOf, str(KG.Person)),
    (KG.Post, RDFS.subClassOf, "http://www.w3.org/ns/org#Post"),
    (KG.Programme, RDFS.subClassOf, "http://www.w3.org/ns/prov#Plan"),
    (KG.Assertion, RDFS.subClassOf, "http://www.w3.org/ns/prov#Entity"),
    (KG.holdsPost, RDFS.subPropertyOf, "http://www.w3.org/ns/org#memberOf"),
    (KG.subOrganizationOf, RDFS.subPropertyOf, "http://www.w3.org/ns/org#subOrganizationOf"),
    (KG.partOf, RDFS.subPropertyOf, "https://schema.org/containedInPlace"),
    (KG.contextAlias, RDFS.subPropertyOf, str(SKOS.hiddenLabel)),
    (KG.divisionCode, RDFS.subPropertyOf, str(SKOS.notation)),
    (KG.document, RDFS.subPropertyOf, "http://www.w3.org/ns/prov#wasDerivedFrom"),
])
def test_alignments(onto, term, relation, target):
    assert (term, relation, URIRef(target)) in onto


def test_shapes_parse_and_name_only_known_kg_terms():
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    used = {o for o in shapes.objects() if isinstance(o, URIRef) and str(o).startswith(KG_NS)}
    assert used and all(str(u)[len(KG_NS):] in KG.__annotations__ for u in used)


def test_the_seed_graph_conforms(seed_rdf):
    report = validate(seed_rdf)
    assert report.problems == [], "\n".join(p.line() for p in report.problems)
    assert report.conforms and report.triples == len(seed_rdf)


def _ranges(onto):
    return {p: r for p, r in onto.subject_objects(RDFS.range)
            if (p, RDF.type, OWL.DatatypeProperty) in onto and str(r).startswith(str(XSD))}


def test_literals_have_the_datatype_their_property_declares(onto, seed_rdf):
    """An OWL reasoner reads rdfs:range xsd:string on a "…"@zh value as an inconsistency: the
    datatype of every literal kg writes is the declared range (a language-tagged string is
    rdf:langString, never xsd:string)."""
    ranges = _ranges(onto)
    assert {KG.surface, KG.divisionCode, KG.startOffset} <= set(ranges)
    seen = set()
    for s, p, o in seed_rdf:
        if p in ranges:
            seen.add(p)
            datatype = RDF.langString if o.language else (o.datatype or XSD.string)
            assert datatype == ranges[p], f"{p} {o!r}: {datatype}, declared {ranges[p]}"
    assert {KG.surface, KG.startOffset} <= seen
    # the text of an evidence sentence is a verbatim excerpt too: a plain xsd:string
    quotes = list(seed_rdf.objects(None, OA.exact))
    assert quotes and all(q.datatype in (None, XSD.string) and not q.language for q in quotes)


# --- broken graphs: each mutation of a good graph breaks one shape --------------------------

A = ID["official/440783/张三"]
AG = ID["agency/开平市医疗保障局"]
PL = ID["place/440783"]
PR = ID["programme/百千万工程"]
DOC = ID["document/a.txt"]
AS = ID["assertion/1"]
POST = ID["post/1"]
CO = ID["cooccurrence/1"]
SEN, POS, QUOTE = ID["sentence/1"], ID["position/1"], ID["quote/1"]
ART = ID["article/a.txt/0"]


def good_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    for node, cls, name in ((A, KG.Official, "张三"), (AG, KG.Agency, "开平市医疗保障局"), (PL, KG.Place, "开平市"),
                            (PR, KG.Programme, "百千万工程")):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(name, lang="zh")))
        g.add((node, KG.mentionCount, Literal(1)))
        g.add((node, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), DOC))
    g.add((A, RDF.type, KG.Person))
    g.add((PL, KG.divisionCode, Literal("440783")))
    g.add((PL, KG.level, Literal("county")))
    g.add((A, KG.holdsPost, AG))
    g.add((AG, KG.locatedIn, PL))
    g.add((AG, KG.implements, PR))
    g.add((A, KG.post, POST))
    g.add((POST, RDF.type, KG.Post))
    g.add((POST, KG.postIn, AG))
    g.add((POST, KG.title, Literal("局长", lang="zh")))
    g.add((POST, KG.firstSeen, Literal("2024-03-21", datatype=XSD.date)))
    g.add((POST, KG.lastSeen, Literal("2024-03-22", datatype=XSD.date)))
    for p, o in ((RDF.subject, A), (RDF.predicate, KG.holdsPost), (RDF.object, AG), (KG.evidence, SEN),
                 (KG.method, Literal("rule")), (KG.confidence, Literal("0.9", datatype=XSD.decimal)),
                 (DCTERMS.date, Literal("2024-03-21", datatype=XSD.date))):
        g.add((AS, p, o))
    g.add((AS, RDF.type, KG.Assertion))
    g.add((A, KG.assertion, AS))
    # the sentence, once: a W3C Web Annotation specific resource of the document
    for s, p, o in ((SEN, RDF.type, KG.Sentence), (SEN, OA.hasSource, DOC), (SEN, KG.article, ART),
                    (SEN, OA.hasSelector, POS), (SEN, OA.hasSelector, QUOTE),
                    (POS, RDF.type, OA.TextPositionSelector), (POS, OA.start, Literal(0)), (POS, OA.end, Literal(14)),
                    (QUOTE, RDF.type, OA.TextQuoteSelector), (QUOTE, OA.exact, Literal("开平市医疗保障局局长张三出席。")),
                    (ART, RDF.type, KG.Article), (ART, KG.document, DOC), (ART, KG.startOffset, Literal(0)),
                    (ART, KG.endOffset, Literal(14))):
        g.add((s, p, o))
    g.add((DOC, RDF.type, KG.Document))
    g.add((DOC, RDFS.label, Literal("a.txt")))
    g.add((DOC, KG.sha256, Literal("0" * 64)))
    g.add((CO, RDF.type, KG.CoOccurrence))
    g.add((CO, KG.member, A))
    g.add((CO, KG.member, PL))
    g.add((CO, KG.support, Literal(2)))
    g.add((CO, KG.pmi, Literal("0.5", datatype=XSD.decimal)))
    g.add((CO, KG.isCooccurrence, Literal(True)))
    g.add((A, KG.cooccurrence, CO))
    return g


def test_the_good_graph_conforms():
    report = validate(good_graph())
    assert report.problems == []
    assert report.summary().endswith("conforms to the kg shapes: 0 violations, 0 warnings")


BROKEN = [
    # (what, triples to remove, triples to add, focus, path, message fragment)
    ("official not a person", [(A, RDF.type, KG.Person)], [], A, "", "must also be typed kg:Person"),
    ("no label", [(PR, RDFS.label, None)], [], PR, "rdfs:label", "exactly one non-empty rdfs:label"),
    ("two labels", [], [(PR, RDFS.label, Literal("另一个"))], PR, "rdfs:label", "exactly one"),
    ("holdsPost to a place", [], [(A, KG.holdsPost, PL)], PL, "", "object of kg:holdsPost must be a kg:Agency"),
    ("partOf from an agency", [], [(AG, KG.partOf, PL)], AG, "", "subject of kg:partOf must be a kg:Place"),
    ("implements from a person", [], [(A, KG.implements, PR)], A, "", "kg:Agency or a kg:Place"),
    ("bad division code", [(PL, KG.divisionCode, None)], [(PL, KG.divisionCode, Literal("44078"))], PL,
     "kg:divisionCode", "6, 9 or 12 digits"),
    ("unknown level", [(PL, KG.level, None)], [(PL, KG.level, Literal("district"))], PL, "kg:level", "one of province"),
    ("evidence missing", [(AS, KG.evidence, None)], [], AS, "kg:evidence", "needs its evidence"),
    ("evidence as text", [(AS, KG.evidence, None)], [(AS, KG.evidence, Literal("张三出席。"))], AS, "kg:evidence",
     "needs its evidence"),
    ("sentence without a document", [(SEN, OA.hasSource, None)], [], SEN, "oa:hasSource", "exactly one oa:hasSource"),
    ("sentence without its text", [(SEN, OA.hasSelector, QUOTE)], [], SEN, "oa:hasSelector", "oa:TextQuoteSelector"),
    ("sentence without offsets", [(SEN, OA.hasSelector, POS)], [], SEN, "oa:hasSelector", "oa:TextPositionSelector"),
    ("empty quote", [(QUOTE, OA.exact, None)], [(QUOTE, OA.exact, Literal(""))], QUOTE, "oa:exact", "non-empty"),
    ("quote with a language tag", [(QUOTE, OA.exact, None)], [(QUOTE, OA.exact, Literal("张三出席。", lang="zh"))],
     QUOTE, "oa:exact", "xsd:string"),
    ("sentence longer than its bound", [(QUOTE, OA.exact, None)], [(QUOTE, OA.exact, Literal("长" * 500))], QUOTE,
     "oa:exact", "at most 400 characters"),
    ("issuer not an agency", [], [(ART, KG.issuedBy, PL)], ART, "kg:issuedBy", "names an agency"),
    ("confidence above 1", [(AS, KG.confidence, None)], [(AS, KG.confidence, Literal("1.5", datatype=XSD.decimal))],
     AS, "kg:confidence", "between 0 and 1"),
    ("date as a plain string", [(AS, DCTERMS.date, None)], [(AS, DCTERMS.date, Literal("2024-03-21"))], AS,
     "dct:date", "xsd:date"),
    ("offsets reversed", [(POS, OA.end, None)], [(POS, OA.end, Literal(0))], POS, "oa:start", "before oa:end"),
    ("assertion of a missing fact", [(A, KG.holdsPost, AG)], [], AS, "", "triple is missing from the graph"),
    ("assertion of co-occurrence", [(AS, RDF.predicate, None)], [(AS, RDF.predicate, KG.coOccursWith)], AS,
     "rdf:predicate", "one of the six typed relations"),
    ("post without agency", [(POST, KG.postIn, None)], [], POST, "kg:postIn", "exactly one kg:postIn"),
    ("post seen backwards", [(POST, KG.lastSeen, None)], [(POST, KG.lastSeen, Literal("2024-01-01", datatype=XSD.date))],
     POST, "kg:firstSeen", "after kg:lastSeen"),
    ("co-occurrence of one", [(CO, KG.member, PL)], [], CO, "kg:member", "exactly two"),
    ("bad sha256", [(DOC, KG.sha256, None)], [(DOC, KG.sha256, Literal("XYZ"))], DOC, "kg:sha256", "64 lower-case hex"),
]


@pytest.mark.parametrize("what, remove, add, focus, path, message", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_graphs_are_caught(what, remove, add, focus, path, message):
    g = good_graph()
    for t in remove:
        g.remove(t)
    for t in add:
        g.add(t)
    report = validate(g)
    assert not report.conforms
    hits = [p for p in report.violations if p.focus == str(focus) and p.path == path and message in p.message]
    assert hits, "\n".join(p.line() for p in report.problems)


WARNING_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/kg/ontology#> .
<urn:x:coded> a sh:NodeShape ; sh:targetClass kg:Place ; sh:property [ sh:path kg:divisionCode ; sh:minCount 1 ;
    sh:severity sh:Warning ; sh:message "a place without a division code" ] .
"""


@pytest.mark.parametrize("allow_warnings", [False, True])
def test_the_verdict_is_pyshacls(allow_warnings):
    """A warning fails the graph as SHACL says (no result = conforms), unless warnings are allowed."""
    import pyshacl

    g = good_graph()
    g.remove((PL, KG.divisionCode, None))
    shapes = rdflib.Graph().parse(data=WARNING_SHAPES, format="turtle")
    report = validate(g, shapes, allow_warnings=allow_warnings)
    assert [p.line() for p in report.problems] == ["warning: 开平市 <id:place/440783> kg:divisionCode: a place without a division code"]
    assert report.conforms == allow_warnings == pyshacl.validate(g, shacl_graph=shapes, allow_warnings=allow_warnings)[0]
    assert report.summary().endswith("0 violations, 1 warning" + " (warnings accepted)" * allow_warnings)


@pytest.mark.parametrize("problem, line", [
    (Problem("violation", str(A), "张三", "", "an Official must also be typed kg:Person"),
     "violation: 张三 <id:official/440783/张三>: an Official must also be typed kg:Person"),
    (Problem("violation", str(PL), "", "kg:level", "bad\nlevel", "district"),
     "violation: <id:place/440783> kg:level: bad level (value: district)"),
])
def test_problem_lines(problem, line):
    assert problem.line() == line
