"""What every build must write, checked on real builds of five corpora: the seeds, the dev gold's
passages (eval/dev-texts), the pages in the style of other papers (tests/data/unseen), a folder of
web pages, PDFs, Word files and records (tests/data/formats) and fuzzed pages (seeded mutations of
the seeds, tests/fuzz/harness.py).

- graph.ttl conforms to ontology/shapes.ttl as pySHACL says (no result at all), and `kg validate`
  exits 0;
- no triple is written twice (N-Triples counted by a parser that keeps duplicates);
- every literal has the datatype kg.ttl declares as its property's range;
- every typed fact has an assertion whose evidence sentence is non-empty;
- every canonical name is a clean expansion of what was printed (no 开开平市, no
  澳门特别行澳门特别行政区财政局).
"""
from __future__ import annotations

import json
import random
import re

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner
from rdflib import OWL, RDF, RDFS, XSD

from kg.builder import build
from kg.cli import cli
from kg.gazetteer import Gazetteer
from kg.validate import validate
from kg.vocab import KG

from conftest import DATA, ROOT, SEEDS

CORPORA = ["seeds", "dev", "unseen", "formats", "fuzzed"]
FUZZ_CASES = 24


def _fuzzed(folder):
    """Seeded mutations of the seeds that decode as text (what a build reads, not what it skips)."""
    from fuzz.harness import mutate, seed_corpus

    from kg.errors import InputError
    from kg.ingest import decode_bytes

    rng, seeds = random.Random(15), seed_corpus()
    folder.mkdir()
    n = 0
    while n < FUZZ_CASES:
        data = mutate(rng, seeds)[:20_000]
        try:
            decode_bytes("f.txt", "f.txt", data)
        except InputError:
            continue
        (folder / f"fuzz{n:02d}.txt").write_bytes(data)
        n += 1
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """corpus -> the build's output folder (graph.ttl, graph.json), built once per module."""
    root = tmp_path_factory.mktemp("contract")
    inputs = {"seeds": SEEDS, "dev": ROOT / "eval" / "dev-texts", "unseen": DATA / "unseen", "formats": DATA / "formats",
              "fuzzed": _fuzzed(root / "fuzz-in")}
    out = {}
    for name, folder in inputs.items():
        build([str(folder)], root / name, formats=("ttl", "json"), workers=1, cache=False)
        out[name] = root / name
    return out


@pytest.fixture(scope="module")
def parsed(built):
    """corpus -> graph.ttl parsed by rdflib (once)."""
    return {name: rdflib.Graph().parse(out / "graph.ttl", format="turtle") for name, out in built.items()}


@pytest.fixture(scope="module")
def ranges():
    onto = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    return {p: r for p, r in onto.subject_objects(RDFS.range)
            if (p, RDF.type, OWL.DatatypeProperty) in onto and str(r).startswith(str(XSD))}


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_graph_conforms_as_pyshacl_says(parsed, corpus):
    report = validate(parsed[corpus])  # pySHACL's own verdict, and every result it gave
    assert report.shacl_conforms is True and report.conforms, "\n".join(p.line() for p in report.problems[:20])
    assert report.problems == []


def test_kg_validate_exits_0_on_a_build(built):
    result = CliRunner().invoke(cli, ["validate", str(built["unseen"] / "graph.ttl")])
    assert result.exit_code == 0, result.output
    assert "conforms to the kg shapes: 0 violations, 0 warnings" in result.output


@pytest.mark.parametrize("corpus", CORPORA)
def test_no_triple_is_written_twice(built, corpus):
    triples = [str(t) for t in pyoxigraph.parse(path=str(built[corpus] / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)]
    twice = sorted({t for t in triples if triples.count(t) > 1}) if len(set(triples)) != len(triples) else []
    assert len(set(triples)) == len(triples), twice[:5]


@pytest.mark.parametrize("corpus", CORPORA)
def test_literals_have_their_declared_datatype(parsed, corpus, ranges):
    for s, p, o in parsed[corpus]:
        if p in ranges:
            datatype = RDF.langString if o.language else (o.datatype or XSD.string)
            assert datatype == ranges[p], f"{p} {o!r}"


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_fact_has_evidence_that_states_it(built, corpus):
    data = json.loads((built[corpus] / "graph.json").read_text(encoding="utf-8"))
    typed = [e for e in data["links"] if not e.get("cooccurrence")]
    assert typed or corpus == "fuzzed"
    sentences = {x["id"]: x for x in data["sentences"]}
    for e in typed:
        assert e["evidence"], e
        for ev in e["evidence"]:
            # each sentence once, in "sentences"; the evidence names it and lies where it does
            said = [sentences[i] for i in ev["sentences"]]
            assert said and ev["start"] < ev["end"], (e["source"], e["predicate"], e["target"], ev)
            assert "".join(x["text"] for x in said).strip(), ev
            assert ev["start"] == said[0]["start"] and ev["end"] == said[-1]["end"], ev


# --- canonical names: a clean expansion of what was printed -----------------------------------------

def splices(name: str, gaz: Gazetteer) -> list[str]:
    """Pieces of ``name`` where a division's full name follows a copy of its own beginning (开 +
    开平市, 澳门特别行 + 澳门特别行政区) or of itself (开平市开平市): text pasted twice.

    >>> gaz = Gazetteer.load()
    >>> splices("开开平市（水暖卫浴）知识产权快速维权中心", gaz), splices("吉林省吉林市人民政府", gaz)
    (['开|开平市'], [])
    """
    found = []
    for i in range(1, len(name)):
        for j in range(i + 2, min(len(name), i + 12) + 1):
            piece = name[i:j]
            if not any(d.name == piece for d in gaz.lookup(piece)):
                continue
            for k in range(1, min(i, len(piece)) + 1):
                if name[i - k : i] == piece[:k]:
                    found.append(f"{name[i - k : i]}|{piece}")
    return found


def test_splices_are_found():
    gaz = Gazetteer.load()
    assert splices("澳门特别行澳门特别行政区财政局", gaz) == ["澳门特别行|澳门特别行政区"]
    assert splices("开平市开平市人民政府", gaz) == ["开平市|开平市"]
    for clean in ("中共开平市水口镇委员会", "齐齐哈尔市人民政府", "连州市冲口村村民委员会", "广州市黄埔区九佛街道办事处"):
        assert splices(clean, gaz) == [], clean


@pytest.mark.parametrize("corpus", CORPORA)
def test_canonical_names_are_clean_expansions_of_what_was_printed(built, corpus):
    """Each agency's and place's name keeps what its mentions printed, expanded (开平 → 开平市,
    医保局 → 医疗保障局, 市委 → 中共开平市委员会), never pasted twice or cut short."""
    gaz = Gazetteer.load()
    data = json.loads((built[corpus] / "graph.json").read_text(encoding="utf-8"))
    bad = []
    for n in data["nodes"]:
        if n["type"] not in ("Agency", "Place"):
            continue
        found = splices(n["name"], gaz)
        for m in n["mentions"] if found else ():
            printed = re.sub(r"\s", "", m["text"])
            pasted = [s for s in found if s.replace("|", "") not in printed]  # unless the page prints it so
            if pasted:
                bad.append((printed, n["name"], pasted))
    assert not bad, bad[:10]
