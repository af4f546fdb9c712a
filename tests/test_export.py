"""Exports: the scorer's contract, Turtle that parses, determinism, atomic writes."""
import json
import subprocess
import sys

import rdflib
from rdflib import RDF, RDFS, SKOS

from kg.exporters import to_html, write_json, write_turtle
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
    outs = []
    for i in range(2):
        out = tmp_path / f"run{i}"
        r = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out), "-q"],
                           capture_output=True, env={"PYTHONHASHSEED": str(i + 1), "PATH": ""}, cwd=ROOT)
        assert r.returncode == 0, r.stderr.decode()
        outs.append(out)
    for name in ("graph.ttl", "graph.html", "graph.json"):
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
