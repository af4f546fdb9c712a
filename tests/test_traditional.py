"""Pages printed in traditional characters build the graph of their simplified text: the seeds
and the dev passages converted with OpenCC score like the originals, names keep their printed
forms as altLabels, and every offset points at the printed characters."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDFS, SKOS

from conftest import ROOT, SEEDS, SHARED
from kg.evaluate import score_graph
from kg.exporters import write_turtle
from kg.extraction import extract
from kg.graph import build_graph
from kg.ingest import read_inputs
from kg.script import CONVERSION, converter

GOLD = ROOT / "eval"  # the gold files ship with kg
KGSCORE = SHARED / "tools" / "kgscore.py"
needs_gold = pytest.mark.skipif(not (GOLD / "seeds.jsonl").is_file(), reason=f"no gold files under {GOLD}")
CONFIGS = ["s2t", "s2hk", "s2tw"]


def _convert(src: Path, dest: Path, config: str) -> Path:
    dest.mkdir(parents=True)
    for f in sorted(src.glob("*.txt")):
        (dest / f.name).write_text(converter(config)(f.read_text(encoding="utf-8")), encoding="utf-8")
    return dest


def _build(folder: Path, out: Path) -> tuple[Path, list]:
    docs, problems = read_inputs([str(folder)])
    assert docs and not problems
    results = [extract(d) for d in docs]
    out.mkdir(parents=True, exist_ok=True)
    return write_turtle(build_graph(results), out / "graph.ttl"), results


def _scores(ttl: Path, gold: Path, reference: bool = False) -> dict:
    scores = score_graph(ttl, gold)
    if reference and KGSCORE.is_file():  # kg eval scores as the project's reference scorer does
        ref = subprocess.run([sys.executable, str(KGSCORE), "--graph", str(ttl), "--gold", str(gold), "--json"],
                             capture_output=True, text=True, check=True)
        for part, want in json.loads(ref.stdout).items():
            assert (scores[part]["tp"], scores[part]["fp"], scores[part]["fn"]) == (want["tp"], want["fp"], want["fn"])
    return scores


def _printed_names(ttl: Path) -> set[tuple[str, str]]:
    g = rdflib.Graph().parse(ttl, format="turtle")
    return {(str(label), str(alt)) for node, label in g.subject_objects(RDFS.label)
            for alt in g.objects(node, SKOS.altLabel)}


@pytest.fixture(scope="module")
def simplified_scores(tmp_path_factory, seed_ttl):
    """The seeds' and the dev passages' scores, built from the files as they are."""
    out = tmp_path_factory.mktemp("simplified")
    return {"seeds": _scores(seed_ttl, GOLD / "seeds.jsonl", reference=True),
            "dev": _scores(_build(GOLD / "dev-texts", out / "dev")[0], GOLD / "dev.jsonl", reference=True)}


@needs_gold
@pytest.mark.parametrize("corpus", ["seeds", "dev"])
@pytest.mark.parametrize("config", CONFIGS)
def test_a_traditional_copy_scores_like_the_simplified_text(tmp_path, simplified_scores, corpus, config):
    src, gold = (SEEDS, GOLD / "seeds.jsonl") if corpus == "seeds" else (GOLD / "dev-texts", GOLD / "dev.jsonl")
    ttl, results = _build(_convert(src, tmp_path / "in", config), tmp_path / "out")
    scores = _scores(ttl, gold)
    for part in ("entities", "relations"):
        assert abs(scores[part]["f1"] - simplified_scores[corpus][part]["f1"]) <= 0.02, part
    # officials and people are labelled in simplified characters, with the printed form as an altLabel
    names = _printed_names(ttl)
    people = {m.text for r in results for m in r.mentions if m.type in ("Official", "Person")}
    printed = {n for n in people if converter(CONVERSION)(n) != n}
    assert printed
    for name in printed:
        assert (converter(CONVERSION)(name), name) in names


def _mentions(results) -> list:
    return [(r.document, m) for r in results for m in r.mentions]


def test_mentions_in_a_traditional_file_point_at_its_characters(tmp_path):
    page = ("遂溪縣召開鄉村振興工作推進會\n\n"
            "本報訊 3月5日，遂溪縣委副書記劉劍到界炮鎮調研督導鄉村振興工作，強調要深入實施“百縣千鎮（zhèn）萬村高質量發展工程”，"
            "推動縣鎮村協調發展。遂溪縣衞生健康局、遂溪縣農業農村局負責同志參加調研。\n")
    f = tmp_path / "page.txt"
    f.write_text(page, encoding="utf-8")
    _, results = _build(tmp_path, tmp_path / "out")
    on_file = f.read_text(encoding="utf-8")
    found = {}
    for doc, m in _mentions(results):
        # read back from the file: the printed characters (the pinyin gloss is left out of the surface)
        assert on_file[m.start : m.end].replace("（zhèn）", "") == m.text
        found[m.text] = m.key
    assert [a.headline for r in results for a in r.articles] == ["遂溪縣召開鄉村振興工作推進會"]
    assert found["劉劍"].startswith("Official/刘剑@")
    assert found["界炮鎮"] == "Place/440823104"
    assert found["遂溪縣衞生健康局"] == "Agency/遂溪县卫生健康局"
    programmes = [m for _, m in _mentions(results) if m.type == "Programme"]
    assert [on_file[m.start : m.end] for m in programmes] == ["百縣千鎮（zhèn）萬村高質量發展工程"]
    relations = [rel for r in results for rel in r.relations]
    assert relations
    for r in results:
        for rel in r.relations:  # the evidence is the printed sentence its offsets point at
            said = "".join(r.sentences[i].text for i in rel.sentences)
            assert re.sub(r"\s|（zhèn）", "", on_file[rel.start : rel.end]) == re.sub(r"\s", "", said)


def test_one_node_whatever_the_script(tmp_path):
    (tmp_path / "a-traditional.txt").write_text(
        "遂溪縣委副書記劉劍到界炮鎮調研，推進百千萬工程。\n", encoding="utf-8")
    (tmp_path / "b-simplified.txt").write_text(
        "遂溪县委副书记刘剑到北坡镇调研，推进百千万工程。\n", encoding="utf-8")
    docs, _ = read_inputs([str(tmp_path)])
    G = build_graph([extract(d) for d in docs])
    officials = [d for _, d in G.nodes(data=True) if d["type"] == "Official"]
    programmes = [d for _, d in G.nodes(data=True) if d["type"] == "Programme"]
    assert [(d["name"], sorted(d["aliases"]), sorted(d["docs"])) for d in officials] == \
        [("刘剑", ["劉劍"], ["a-traditional.txt", "b-simplified.txt"])]
    assert [(d["name"], sorted(d["aliases"])) for d in programmes] == [("百千万工程", ["百千萬工程"])]


def test_kg_ner_reports_the_printed_text(nlp):
    from kg.ner.api import ner_text

    line = "遂溪縣委副書記劉劍到界炮鎮調研。"
    mentions = ner_text(line, nlp)["mentions"]
    got = {(m["text"], m["canonical"], m["type"]) for m in mentions}
    assert {("劉劍", "刘剑", "Official"), ("界炮鎮", "界炮镇", "Place")} <= got
    assert all(line[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_half_width_punctuation_builds_the_same_graph(tmp_path, seed_results):
    half = {"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        (folder / f.name).write_text("".join(half.get(c, c) for c in text), encoding="utf-8")
    _, results = _build(folder, tmp_path / "out")

    def facts(rs):
        return ({(e.key, e.name, e.aliases) for r in rs for e in r.entities},
                {(x.subject, x.predicate, x.object) for r in rs for x in r.relations},
                {(m.doc_id, m.start, m.end, m.key) for r in rs for m in r.mentions})

    assert sum(c in half.values() for f in folder.glob("*.txt") for c in f.read_text(encoding="utf-8")) > 500
    assert facts(results) == facts(seed_results)
