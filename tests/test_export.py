"""Exports: the scorer's contract, Turtle that parses, determinism, atomic writes."""
import json
import os
import subprocess
import sys

import pytest

import rdflib
from rdflib import RDF, RDFS, SKOS

from kg.exporters import EXPORTERS, EXTENSIONS, to_html, write_json, write_turtle
from kg.vocab import KG, KG_NS

from conftest import ROOT, SEEDS

CONTRACT_CLASSES = {KG.Official, KG.Person, KG.Agency, KG.Place, KG.Programme}
CONTRACT_PREDICATES = {KG.holdsPost, KG.partOf, KG.locatedIn, KG.subOrganizationOf, KG.implements, KG.participatesIn}


def test_turtle_parses_and_keeps_the_contract(seed_graph, tmp_path):
    path = write_turtle(seed_graph, tmp_path / "graph.ttl")
    g = rdflib.Graph().parse(path, format="turtle")
    entities = {s for s, o in g.subject_objects(RDF.type) if o in CONTRACT_CLASSES}
    assert len(entities) == seed_graph.number_of_nodes()
    for e in entities:
        assert len(list(g.objects(e, RDFS.label))) == 1
    for s, p, o in g:
        if p in CONTRACT_PREDICATES:
            assert s in entities and o in entities
    officials = set(g.subjects(RDF.type, KG.Official))
    assert officials and all((o, RDF.type, KG.Person) in g for o in officials)
    assert any(True for _ in g.subject_objects(SKOS.altLabel))


def test_builds_are_byte_identical(tmp_path):
    """Every format, two builds under different PYTHONHASHSEEDs: the same bytes."""
    outs = []
    for i in range(2):
        out = tmp_path / f"run{i}"
        r = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out), "-q", "--no-cache",
                            "--format", ",".join(EXPORTERS)],
                           capture_output=True, cwd=ROOT,
                           env={"PYTHONHASHSEED": str(i + 1), "PATH": "", "KG_CACHE_HOME": os.environ["KG_CACHE_HOME"]})
        assert r.returncode == 0, r.stderr.decode()
        outs.append(out)
    names = sorted(str(p.relative_to(outs[0])) for p in outs[0].rglob("*") if p.is_file())
    assert names == [".kg.lock", "csv/nodes.csv", "csv/relationships.csv", "graph.graphml", "graph.html", "graph.json",
                     "graph.jsonld", "graph.ttl", "manifest.json", "merges.jsonl"]  # the manifest is the same too
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_json_export(seed_graph, tmp_path):
    data = json.loads(write_json(seed_graph, tmp_path / "g.json").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == seed_graph.number_of_nodes()
    assert {"source", "target", "predicate"} <= set(data["links"][0])


def test_html_is_offline_and_escapes_text(seed_graph):
    import networkx as nx

    G = nx.MultiDiGraph(documents={}, articles={})
    G.add_node("Person/x", type="Person", name='</script><script>alert("x")</script>', aliases={"'\"&<>"},
               context_aliases=set(), attrs={}, mentions=[], docs={"d"})
    page = to_html(G)
    assert "<script>alert" not in page
    import re

    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert not re.search(r"""url\(\s*["']?(https?:)?//|@import""", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_vocab_matches_the_ontology():
    g = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    declared = {str(s)[len(KG_NS):] for s in g.subjects() if str(s).startswith(KG_NS)}
    in_code = {t for t in KG.__annotations__}
    assert declared == in_code


def test_write_is_atomic(tmp_path, monkeypatch, seed_graph):
    import os

    from kg.errors import ExportError

    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    try:
        write_turtle(seed_graph, target)
    except ExportError as exc:
        assert "No space left on device" in str(exc)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


# --- Turtle: parses in rdflib and Oxigraph, round-trips, typed dates ---------------------------

def test_turtle_round_trips_and_parses_in_oxigraph(seed_ttl, seed_rdf):
    import pyoxigraph
    from rdflib.compare import isomorphic

    again = rdflib.Graph().parse(data=seed_rdf.serialize(format="turtle"), format="turtle")
    assert isomorphic(seed_rdf, again)
    store = pyoxigraph.Store()
    store.load(path=str(seed_ttl), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(seed_rdf)
    # and back: Oxigraph's own Turtle of the same triples is isomorphic too
    ox_ttl = pyoxigraph.serialize(store, format=pyoxigraph.RdfFormat.N_QUADS)
    assert isomorphic(seed_rdf, rdflib.Graph().parse(data=ox_ttl.decode("utf-8"), format="nt"))


def test_places_carry_division_codes_and_dates_are_typed(seed_rdf):
    from rdflib import XSD
    from rdflib.namespace import DCTERMS

    places = set(seed_rdf.subjects(RDF.type, KG.Place))
    coded = {p for p in places if seed_rdf.value(p, KG.divisionCode) is not None}
    assert len(coded) >= 0.9 * len(places)
    assert all(str(seed_rdf.value(p, KG.divisionCode)).isdigit() for p in coded)
    dates = list(seed_rdf.objects(None, DCTERMS.date))
    assert dates and all(d.datatype == XSD.date for d in dates)
    assert all(o.datatype == XSD.decimal and "e" not in str(o).lower() for o in seed_rdf.objects(None, KG.pmi))


# --- JSON-LD ---------------------------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside rdflib's JSON-LD parser
def test_jsonld_holds_the_same_triples(seed_graph, seed_rdf, tmp_path):
    import pyoxigraph
    from rdflib.compare import isomorphic

    from kg.exporters import write_jsonld

    path = write_jsonld(seed_graph, tmp_path / "graph.jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == KG_NS and doc["@graph"][0]["@id"].startswith("id:")
    assert isomorphic(seed_rdf, rdflib.Graph().parse(path, format="json-ld"))
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.JSON_LD)
    assert len(store) == len(seed_rdf)


# --- GraphML -------------------------------------------------------------------------------------

def test_graphml_has_only_scalar_attributes_and_unique_ids(seed_graph, tmp_path):
    import xml.etree.ElementTree as ET

    import networkx as nx

    from kg.exporters import write_graphml

    path = write_graphml(seed_graph, tmp_path / "graph.graphml")
    H = nx.read_graphml(path)
    assert H.number_of_nodes() == seed_graph.number_of_nodes()
    assert H.number_of_edges() == seed_graph.number_of_edges()
    for _, d in H.nodes(data=True):
        assert d["label"] and d["type"] in ("Official", "Person", "Agency", "Place", "Programme")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    keys = root.findall("g:key", ns)
    assert len({k.get("id") for k in keys}) == len(keys)  # GraphML key ids are unique
    assert {k.get("attr.type") for k in keys} <= {"string", "long", "int", "double", "float", "boolean"}
    edge_ids = [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(set(edge_ids)) == len(edge_ids)
    holds = [d for _, _, d in H.edges(data=True) if d["predicate"] == "holdsPost"]
    assert holds and all(d["evidence"] and d["document"] for d in holds)


# --- Neo4j CSV -------------------------------------------------------------------------------------

NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
               "localtime", "time", "localdatetime", "datetime", "duration"}


def check_neo4j_csv(nodes_path, rels_path):
    """The rules of neo4j-admin database import full with its default options."""
    import csv
    from datetime import date

    def read(path):
        text = path.read_text(encoding="utf-8")
        assert not text.startswith("\ufeff")
        rows = list(csv.reader(text.splitlines()))  # one record per line: no --multiline-fields needed
        return rows[0], rows[1:]

    def check_cell(column, value):
        if value == "" or column.startswith(":"):
            return
        name, _, typ = column.partition(":")
        array = typ.endswith("[]")
        typ = typ[:-2] if array else typ or "string"
        assert typ in NEO4J_TYPES, column
        for v in value.split(";") if array else [value]:
            assert v != "", f"{column}: empty array element in {value!r}"
            if typ in ("int", "long"):
                int(v)
            elif typ in ("float", "double"):
                float(v)
            elif typ == "date":
                date.fromisoformat(v)

    header, rows = read(nodes_path)
    assert header[:3] == [":ID", "name", ":LABEL"]
    ids = [r[0] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        assert len(r) == len(header) and r[0] and r[2]
        for c, v in zip(header, r):
            check_cell(c, v)
    rheader, rrows = read(rels_path)
    assert rheader[:3] == [":START_ID", ":END_ID", ":TYPE"]
    known = set(ids)
    for r in rrows:
        assert len(r) == len(rheader) and r[0] in known and r[1] in known and r[2]
        for c, v in zip(rheader, r):
            check_cell(c, v)
    return rows, rrows


def test_csv_is_what_neo4j_admin_import_takes(seed_graph, tmp_path):
    from kg.exporters import write_csv

    folder = write_csv(seed_graph, tmp_path / "csv")
    assert sorted(p.name for p in folder.iterdir()) == ["nodes.csv", "relationships.csv"]
    nodes, rels = check_neo4j_csv(folder / "nodes.csv", folder / "relationships.csv")
    assert len(nodes) == seed_graph.number_of_nodes() and len(rels) == seed_graph.number_of_edges()
    assert any(r[2] == "Official;Person" for r in nodes)
    holds = [r for r in rels if r[2] == "holdsPost"]
    assert holds and all(r[3] and r[4] for r in holds)  # the evidence sentence and its document


@pytest.mark.parametrize("text", ['a "quoted", name', "x;y", "line\nbreak", "</div><script>", "逗号，分号；"])
def test_csv_survives_awkward_text(text, tmp_path):
    import networkx as nx

    from kg.exporters import write_csv

    G = nx.MultiDiGraph(documents={}, articles={})
    for key, typ in (("Official/甲", "Official"), ("Agency/乙", "Agency")):
        G.add_node(key, type=typ, name=text + typ, aliases={text, "别名"}, context_aliases=set(), attrs={},
                   mentions=[], docs={"d;1.txt"})
    ev = {"doc": "d;1.txt", "start": 0, "end": 3, "text": text, "method": "rule", "confidence": 0.9, "article": 0,
          "date": "2024-02-30", "title": text}
    G.add_edge("Official/甲", "Agency/乙", key="holdsPost", evidence=[ev], titles=[text], confidence=0.9)
    folder = write_csv(G, tmp_path / "csv")
    nodes, rels = check_neo4j_csv(folder / "nodes.csv", folder / "relationships.csv")
    assert rels[0][3] == " ".join(text.split())
    assert rels[0][5] == ""  # 2024-02-30 is no date Neo4j would take


# --- the registry and kg build --format --------------------------------------------------------------

def test_build_writes_every_format(tmp_path):
    from kg.builder import build

    report = build([str(SEEDS)], tmp_path, formats=tuple(EXPORTERS), cache=False)  # no .kgcache folder
    assert set(report.outputs) == set(EXPORTERS) == set(EXTENSIONS)
    for f, path in report.outputs.items():
        assert path == tmp_path / EXTENSIONS[f] and path.exists()
    assert (tmp_path / "csv" / "nodes.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [".kg.lock"]  # no temporary files left


@pytest.mark.parametrize("value", [
    {}, [], "开平市", 3, 0.5, None, True, {"a": []}, {"a": {}}, [[], {}, [1, [2, {"b": None}]]],
    {"text": "一行\n二行\t\"引号\"\\", "n": -1.25e-7, "ok": False}, {1: "an int key", "x": 2}, ("a", "tuple"),
    [float("nan"), float("inf"), float("-inf"), -0.0, 10**30, False, None, "\u2028\x00"],
    {"x": [1], "y": (), "z": []}, {"x": [1], 1: "an int key after a list"}, {"x": [1], "x\n": {"x": [[]]}},
    [{"x": [1], "y": 2}, {"y": [], "x": {"y": 1}}],  # the same keys again, at other depths and in other orders
])
@pytest.mark.parametrize("level", [0, 2])
def test_json_pieces_are_what_json_dumps_writes(value, level):
    from kg.exporters.jsonexport import _dump

    assert _dump(value, level) == json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


@pytest.mark.parametrize("value", [
    {"b": {"z": 1, "a": {3, 1, 2}}, "a": [("x", 2), {"y": None}]}, {"s": {"b", "a"}, "t": ("a", 1.5)}, [{2, 1}, []],
    {"doc": "a.txt", "start": 3, "sentences": ["c", "a"], "confidence": 0.9, "title": "书记"}, {"k": set()},
])
@pytest.mark.parametrize("level", [0, 4])
def test_json_pieces_with_sorted_keys_are_what_json_dumps_writes_of_plain_values(value, level):
    from kg.exporters.jsonexport import _dump, _plain

    want = json.dumps(_plain(value), ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)
    assert _dump(value, level, plain=True) == want


_EVIDENCE = {"doc": "b.txt", "start": 7, "end": 19, "sentences": ["9f0e", "1a2b"], "confidence": 0.85,
             "method": "rule", "headline": "", "article": 0}


@pytest.mark.parametrize("records", [
    [_EVIDENCE, {**_EVIDENCE, "sentences": ["x"], "title": "主任"}, {**_EVIDENCE, "sentences": []}],
    [{"text": "a}", "n": 1}, {"text": "{b", "tags": ("p", "q"), "z": None}, {"m": [1, 2.5, True]}],
    [{"text": "\x00", "l": ["x"]}, {"l": ["\x00"], "s": "\"\x00"}],  # strings json writes as the stand-in of a list
    [{"text": "\x00,\n\"}", "v": float("nan")}, {"w": -0.0}],
    [{"a": 1}, {"b": {"c": 2}}], [{"a": 1}, {}], [{"a": [[1]]}], [{"a": {1, 2}}], [{"a": 1}, [1]],
])
@pytest.mark.parametrize("level", [2, 4])
def test_lists_of_records_are_what_json_dumps_writes_of_plain_values(records, level):
    from kg.exporters.jsonexport import _dump, _plain

    want = json.dumps(_plain(records), ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)
    assert _dump(records, level, plain=True) == want
    assert _dump({"evidence": records, "n": 2}, level, plain=True) == \
        json.dumps(_plain({"evidence": records, "n": 2}), ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


@pytest.mark.parametrize("mentions", [2, 4999])
def test_json_export_of_many_mentions_and_links_is_what_json_dumps_writes(tmp_path, mentions):
    import networkx as nx

    from kg.exporters import jsonexport

    G = nx.MultiDiGraph(documents={"a.txt": {"path": "a.txt", "chars": 9}}, articles={}, sentences={})
    for key, name in (("Place/1", "甲地"), ("Agency/乙局", "乙局")):
        G.add_node(key, type=key.split("/")[0], name=name, aliases={"乙", "丙"}, context_aliases=set(),
                   attrs={"code": "1", "national": True}, docs={"a.txt"},
                   mentions=[{"doc": "a.txt", "start": i, "end": i + 2, "text": "甲\x00}" if i % 7 else name,
                              "method": "m", "confidence": 0.5, "article": 0, "sentence": "s", "date": ""}
                             for i in range(mentions)])
    G.add_edge("Agency/乙局", "Place/1", key="locatedIn", evidence=[_EVIDENCE, {**_EVIDENCE, "sentences": ["\x00"]}],
               confidence=0.9, cooccurrence=False)
    G.add_edge("Agency/乙局", "Place/1", key="coOccursWith", support=2, pmi=1.5, dates=["2024-01-02"], confidence=0.0,
               evidence=[], cooccurrence=True)
    got = write_json(G, tmp_path / "g.json").read_text(encoding="utf-8")
    assert got == json.dumps(jsonexport.to_json(G), ensure_ascii=False, indent=1) + "\n"


# --- graph.ttl written in parts by forked processes ----------------------------------------------------

@pytest.fixture
def turtle_parts(monkeypatch):
    """kg.exporters.rdf with no least graph weight for writing in parts."""
    from kg.exporters import rdf

    if not rdf._can_fork():
        pytest.skip("this platform cannot fork")
    monkeypatch.setattr(rdf, "PARALLEL_MIN_WEIGHT", 0)
    return rdf


@pytest.mark.parametrize("parts", [2, 3, 7])
def test_turtle_in_parts_is_the_bytes_of_one_process(turtle_parts, seed_graph, seed_ttl, tmp_path, parts):
    with turtle_parts.TurtleWriter(seed_graph, tmp_path / "graph.ttl", parts=parts) as writer:
        assert len(writer._children) == parts
        path = writer.finish()
    assert path.read_bytes() == seed_ttl.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]  # the parts' files are gone


def test_turtle_part_that_fails_is_written_again_in_one_process(turtle_parts, seed_graph, seed_ttl, tmp_path,
                                                                 monkeypatch):
    def fail(self, a, b, file):
        raise OSError("disk full")

    monkeypatch.setattr(turtle_parts.TurtleWriter, "_write_part", fail)
    path = turtle_parts.write_turtle(seed_graph, tmp_path / "graph.ttl", parts=2)
    assert path.read_bytes() == seed_ttl.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_turtle_parts_left_unfinished_are_stopped_and_removed(turtle_parts, seed_graph, tmp_path):
    import os

    with turtle_parts.TurtleWriter(seed_graph, tmp_path / "graph.ttl", parts=2) as writer:
        pids = [pid for pid, _ in writer._children]
    assert len(pids) == 2 and not list(tmp_path.iterdir())
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped


def test_build_with_workers_writes_the_turtle_of_one_process(turtle_parts, seed_ttl, tmp_path):
    from kg.builder import build

    report = build([str(SEEDS)], tmp_path, formats=("ttl", "json"), workers=2, cache=False)
    assert list(report.outputs) == ["ttl", "json"]
    assert report.outputs["ttl"].read_bytes() == seed_ttl.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kg.lock", "graph.json", "graph.ttl", "manifest.json",
                                                           "merges.jsonl"]


@pytest.fixture
def forked_exports(turtle_parts, monkeypatch):
    """kg.builder, its builds with more than one core writing every export (but csv) in a forked
    process of its own whatever the graph's size; each fork is counted in the list ``forks``."""
    import os

    import kg.builder

    monkeypatch.setattr(kg.builder, "FORK_MIN_WEIGHT", 0)
    forks, fork = [], os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    kg.builder.forks = forks
    yield kg.builder
    del kg.builder.forks


def test_exports_written_by_processes_of_their_own_are_the_bytes_of_one_process(forked_exports, tmp_path):
    formats = ("ttl", "html", "json", "jsonld", "graphml", "csv")
    one = forked_exports.build([str(SEEDS)], tmp_path / "one", formats=formats, workers=1, cache=False)
    assert forked_exports.forks == []
    two = forked_exports.build([str(SEEDS)], tmp_path / "two", formats=formats, workers=2, cache=False)
    assert len(forked_exports.forks) == 2 + 4  # the Turtle's two parts, then html, json, jsonld, graphml (not csv)
    assert list(two.outputs) == list(formats)
    for f in formats:
        files = sorted(p for p in one.outputs[f].rglob("*") if p.is_file()) if f == "csv" else [one.outputs[f]]
        for a in files:
            assert (tmp_path / "two" / a.relative_to(tmp_path / "one")).read_bytes() == a.read_bytes(), a.name
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == sorted(p.name for p in (tmp_path / "one").iterdir())


def test_an_export_whose_process_fails_is_written_by_this_one(turtle_parts, seed_graph, tmp_path):
    import os

    from kg.exporters.atomic import ForkedWrite
    from kg.exporters.jsonexport import write_json

    here = os.getpid()

    def write(path):
        if os.getpid() != here:
            raise OSError("disk full")
        return write_json(seed_graph, path)

    with ForkedWrite(write, tmp_path / "graph.json") as writer:
        assert writer._pid is not None
        path = writer.finish()
    assert path.read_bytes() == write_json(seed_graph, tmp_path / "one.json").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json", "one.json"]


def test_an_export_written_elsewhere_waits_for_the_others_and_replaces_nothing_when_one_fails(turtle_parts, tmp_path):
    from kg.errors import ExportError
    from kg.exporters.atomic import ForkedWrite, atomic_write, staged

    target, other = tmp_path / "graph.json", tmp_path / "graph.html"
    target.write_text("old")
    with staged():
        with ForkedWrite(lambda p: atomic_write(p, b"new"), target) as writer:
            writer.finish()
            assert target.read_text() == "old"  # renamed with the others when the block ends
    assert target.read_text() == "new"

    def fail(path):
        raise ExportError(f"{path}: cannot write (disk full)")

    with pytest.raises(ExportError, match="disk full"), staged():
        with ForkedWrite(lambda p: atomic_write(p, b"newer"), target) as writer:
            writer.finish()
        with ForkedWrite(fail, other) as writer:
            writer.finish()
    assert target.read_text() == "new" and sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]


@pytest.mark.parametrize("weights, parts, bounds", [
    ([1, 1, 1, 1], 2, [(0, 2), (2, 4)]),
    ([1, 1, 1, 1, 4], 2, [(0, 4), (4, 5)]),
    ([9, 1, 1, 1], 3, [(0, 1), (1, 2), (2, 4)]),
    ([1, 1], 5, [(0, 1), (1, 2)]),  # never an empty part
    ([3], 1, [(0, 1)]),
])
def test_turtle_parts_are_runs_of_about_equal_weight(weights, parts, bounds):
    from kg.exporters.rdf import _split

    assert _split(weights, parts) == bounds


def test_a_fact_stated_in_two_documents_is_one_assertion_citing_both(tmp_path):
    """One assertion a fact and method, citing each sentence that states it (here in two documents),
    reached from its subject through rdf:subject only."""
    import networkx as nx
    from synthetic import edge, node

    from kg.vocab import OA

    G = nx.MultiDiGraph(documents={d: {"path": d, "sha256": c * 64, "encoding": "utf-8", "chars": 9}
                                   for d, c in (("a.txt", "1"), ("b.txt", "2"))}, articles={})
    node(G, "Place/430181", "Place", "浏阳市", attrs={"code": "430181", "level": "county"})
    node(G, "Programme/三走访", "Programme", "三走访")
    edge(G, "Place/430181", "Programme/三走访", "implements", "浏阳市开展“三走访”活动。", doc="a.txt")
    G.edges["Place/430181", "Programme/三走访", "implements"]["evidence"].append(
        {**G.edges["Place/430181", "Programme/三走访", "implements"]["evidence"][0], "doc": "b.txt", "start": 4,
         "end": 20, "text": "浏阳市深入开展“三走访”活动。", "confidence": 0.7})
    g = rdflib.Graph().parse(write_turtle(G, tmp_path / "g.ttl"), format="turtle")
    assertions = list(g.subjects(RDF.type, KG.Assertion))
    assert len(assertions) == 1
    sentences = set(g.objects(assertions[0], KG.evidence))
    assert {str(g.value(g.value(s, OA.hasSource), RDFS.label)) for s in sentences} == {"a.txt", "b.txt"}
    assert float(g.value(assertions[0], KG.confidence)) == 0.9  # the most confident of its sentences
    assert not list(g.triples((None, KG.assertion, None)))  # the subject does not point back


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="threads counted in /proc")
@pytest.mark.parametrize("before", [None, "3"])
def test_the_page_module_loads_in_a_process_that_stays_one_thread(before):
    """A parallel build loads the page's exporter (numpy) while its workers start, then forks to write
    the exports: numpy's BLAS must start no thread, and the environment must be as it was."""
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    if before is not None:
        env["OPENBLAS_NUM_THREADS"] = before
    code = ("import os, sys\n"
            "from kg.exporters import preload_one_thread\n"
            "assert 'numpy' not in sys.modules\n"
            "preload_one_thread(['ttl', 'html', 'json'])\n"
            "import kg.exporters.html, numpy\n"
            "print(len(os.listdir('/proc/self/task')), os.environ.get('OPENBLAS_NUM_THREADS'), os.environ.get('OMP_NUM_THREADS'))\n")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", str(before), "None"]


def test_a_forked_export_runs_at_the_priority_it_is_given(turtle_parts, tmp_path):
    import os

    from kg.exporters.atomic import ForkedWrite, atomic_write

    here = os.nice(0)

    def write(path):  # the file says the priority of the process that wrote it
        return atomic_write(path, str(os.nice(0)).encode("ascii"))

    with ForkedWrite(write, tmp_path / "low.txt", nice=3) as low, ForkedWrite(write, tmp_path / "same.txt") as same:
        assert low._pid is not None and same._pid is not None
        low.finish(), same.finish()
    assert int((tmp_path / "low.txt").read_text()) == min(19, here + 3)
    assert int((tmp_path / "same.txt").read_text()) == here
    assert os.nice(0) == here  # this process keeps its own


def test_a_build_writes_the_other_exports_below_the_turtles_priority(forked_exports, monkeypatch, tmp_path):
    import os

    from kg.exporters.atomic import atomic_write

    here = os.nice(0)
    seen = tmp_path / "nice.txt"
    json = forked_exports.EXPORTERS["json"]

    def write_json(G, path):
        seen.write_text(f"{os.getpid()} {os.nice(0)}")
        return json(G, path)

    monkeypatch.setitem(forked_exports.EXPORTERS, "json", write_json)
    report = forked_exports.build([str(SEEDS)], tmp_path / "out", formats=("ttl", "json"), workers=2, cache=False)
    pid, nice = map(int, seen.read_text().split())
    assert pid != os.getpid()
    assert nice == min(19, here + forked_exports.EXPORT_NICE) > here
    assert report.outputs["json"].is_file()


def test_json_export_of_mentions_with_a_nested_value_is_what_json_dumps_writes(tmp_path):
    """Mentions of scalars are written in runs by json's encoder; one holding a list or a set among them
    still comes out as json.dumps writes its plain form."""
    import networkx as nx

    from kg.exporters import jsonexport

    G = nx.MultiDiGraph(documents={}, articles={}, sentences={})
    mentions = [{"doc": "b.txt", "start": i, "end": i + 1, "text": "丁"} for i in range(2500)]
    mentions[3]["pages"] = {"7", "2"}
    mentions[1000]["notes"] = ["x", {"k": 1}]
    G.add_node("Place/2", type="Place", name="丁村", aliases=set(), context_aliases=set(), attrs={}, docs={"b.txt"},
               mentions=mentions)
    got = write_json(G, tmp_path / "g.json").read_text(encoding="utf-8")
    assert got == json.dumps(jsonexport.to_json(G), ensure_ascii=False, indent=1) + "\n"
    assert '"pages": [\n      "2",\n      "7"\n     ]' in got
