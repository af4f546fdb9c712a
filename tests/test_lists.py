"""Notices, lists and long reports: evidence stored once, co-occurrence per sentence, the issuer found."""
import json
import re

import pytest
import rdflib

from kg.exporters.jsonexport import write_json
from kg.exporters.rdf import write_turtle
from kg.extraction import EVIDENCE_UNIT, extract
from kg.graph import build_graph, evidence_text
from kg.ingest import decode_bytes
from kg.vocab import KG, OA

NOTICE = """关于公布2025年度广东省生态文化村名单的通知

各地级以上市林业局：
经各地推荐、专家评审，现将2025年度广东省生态文化村名单公布如下。

附件：生态文化村名单
1. 开平市水口镇龙塘村
2. 开平市月山镇桥溪村
3. 台山市海宴镇五丰村
4. 恩平市大田镇朗底村

广东省林业局
2025年4月8日
"""


def result(text: str, name: str = "n.txt"):
    return extract(decode_bytes(name, name, text.encode("utf-8")))


@pytest.fixture(scope="module")
def notice():
    return result(NOTICE)


def names(G, pairs):
    return {tuple(sorted((G.nodes[u]["name"], G.nodes[v]["name"]))) for u, v in pairs}


def test_the_notice_has_its_title_issuer_and_home(notice):
    (article,) = notice.articles
    assert article.headline == "关于公布2025年度广东省生态文化村名单的通知"
    assert article.issuers == ("Agency/广东省林业局",)
    assert (article.place, article.place_code) == ("广东省", "440000")  # the issuer's, not the first village's county


def test_items_are_sentences_of_their_own(notice):
    items = [s for s in notice.sentences if s.kind == "item"]
    assert [s.text for s in items] == ["1. 开平市水口镇龙塘村", "2. 开平市月山镇桥溪村", "3. 台山市海宴镇五丰村",
                                       "4. 恩平市大田镇朗底村"]
    assert {s.list for s in items} == {0} and notice.lists[0].items == 4
    villages = [m for m in notice.mentions if m.attr("level") == "village"]
    assert [m.text for m in villages] == ["龙塘村", "桥溪村", "五丰村", "朗底村"]
    assert all(notice.sentences[m.sentence].kind == "item" for m in villages)
    # the list is about its issuer (the places of the title and heading only say where it reaches)
    about = {NOTICE[s:e] for s, e in notice.lists[0].about}
    assert about == {"广东省林业局"}


@pytest.mark.parametrize("text, body", [
    ("广东省林业局", "广东省林业局"),
    ("各单位：\n请做好工作。\n开平市农业农村局\n二〇二五年三月五日", "开平市农业农村局"),
])
def test_a_line_holding_only_an_agency_yields_it(text, body):
    r = result(text)
    assert body in {m.text for m in r.mentions if m.type == "Agency"}


def test_every_mention_and_fact_points_at_a_bounded_sentence_that_holds_it():
    text = "开平市水口镇龙塘村" * 300 + "。开平市医疗保障局推进“百千万工程”，水口镇、月山镇参与。"
    r = result(text, "long.txt")
    assert r.sentences and all(len(s.text) <= EVIDENCE_UNIT for s in r.sentences)
    for m in r.mentions:
        s = r.sentences[m.sentence]
        assert s.start <= m.start and m.end <= s.end
    for rel in r.relations:
        spans = [r.sentences[i] for i in rel.sentences]
        assert spans and spans[0].start == rel.start and spans[-1].end == rel.end


def test_cooccurrence_links_list_members_to_the_issuer_not_to_each_other(notice):
    G = build_graph([notice])
    co = names(G, [(u, v) for u, v, k in G.edges(keys=True) if k == "coOccursWith"])
    villages = {"龙塘村", "桥溪村", "五丰村", "朗底村"}
    assert {tuple(sorted((v, "广东省林业局"))) for v in villages} <= co
    assert not any(a in villages and b in villages for a, b in co)
    # an address is one name: its parts are related by partOf, not co-occurrence
    assert ("水口镇", "龙塘村") not in co and ("开平市", "水口镇") not in co
    assert ("水口镇", "龙塘村") in names(G, [(u, v) for u, v, k in G.edges(keys=True) if k == "partOf"])
    # every pair in the article: the old behaviour, on request
    old = build_graph([notice], cooccurrence="article")
    old_co = names(old, [(u, v) for u, v, k in old.edges(keys=True) if k == "coOccursWith"])
    assert ("五丰村", "龙塘村") in old_co and len(old_co) > 3 * len(co)


def test_enumeration_members_are_linked_to_what_the_sentence_is_about():
    r = result("开平市水口镇、月山镇和沙塘镇联合推进“百千万工程”。")
    G = build_graph([r])
    co = names(G, [(u, v) for u, v, k in G.edges(keys=True) if k == "coOccursWith"])
    towns = ["水口镇", "月山镇", "沙塘镇"]
    assert all(tuple(sorted((t, "百千万工程"))) in co for t in towns)
    assert not any(a in towns and b in towns for a, b in co)


def test_support_counts_sentences_and_pmi_is_as_before():
    r = result("开平市医疗保障局推进“百千万工程”。开平市医疗保障局推进“百千万工程”。陈小曼出席会议。")
    G = build_graph([r])
    (d,) = [d for u, v, k, d in G.edges(keys=True, data=True) if k == "coOccursWith"
            and {G.nodes[u]["name"], G.nodes[v]["name"]} == {"开平市医疗保障局", "百千万工程"}]
    # 3 sentences with entities, both in 2 of them: PMI = log(2·3 / (2·2))
    assert d["support"] == 2 and d["pmi"] == pytest.approx(0.4055, abs=1e-4)


def test_evidence_is_written_once(notice, tmp_path):
    G = build_graph([notice])
    path = write_turtle(G, tmp_path / "graph.ttl")
    g = rdflib.Graph().parse(path, format="turtle")
    sentences = set(g.subjects(rdflib.RDF.type, KG.Sentence))
    quotes = list(g.objects(None, OA.exact))
    assert sentences and len(quotes) == len(sentences) == len(set(quotes))  # each sentence's text once
    assert not [o for o in g.objects(None, KG.evidence) if isinstance(o, rdflib.Literal)]
    text = {s: "".join(str(q) for sel in g.objects(s, OA.hasSelector) for q in g.objects(sel, OA.exact)) for s in sentences}
    item = next(s for s in sentences if text[s].startswith("3."))
    mentions = set(g.subjects(KG.evidence, item))
    assert {str(g.value(m, KG.surface)) for m in mentions if (m, rdflib.RDF.type, KG.Mention) in g} == \
        {"台山市", "海宴镇", "五丰村"}
    article = next(g.subjects(rdflib.RDF.type, KG.Article))
    assert str(g.value(g.value(article, KG.issuedBy), rdflib.RDFS.label)) == "广东省林业局"
    # the file stays in proportion to the text (it was 3,400 bytes a byte of notice before)
    assert path.stat().st_size < 80 * len(NOTICE.encode("utf-8"))


def test_the_json_export_lists_each_sentence_once(notice, tmp_path):
    G = build_graph([notice])
    data = json.loads(write_json(G, tmp_path / "graph.json").read_text(encoding="utf-8"))
    ids = [s["id"] for s in data["sentences"]]
    assert len(ids) == len(set(ids))
    table = {s["id"]: s for s in data["sentences"]}
    used = {m["sentence"] for n in data["nodes"] for m in n["mentions"]}
    used |= {i for e in data["links"] for ev in e.get("evidence", []) for i in ev["sentences"]}
    assert used == set(table)
    (article,) = data["articles"]
    assert article["issuers"] == ["https://w3id.org/kg/id/agency/广东省林业局"]
    for u, v, k, d in G.edges(keys=True, data=True):
        for ev in d["evidence"]:
            assert evidence_text(G, ev) == "".join(table[i]["text"] for i in ev["sentences"])


def test_a_long_report_gets_sentences_not_one_clique():
    report = re.sub(r"\s", "", NOTICE) * 3
    G = build_graph([result(report, "report.txt")])
    mentions = sum(len(d["mentions"]) for _, d in G.nodes(data=True))
    co = sum(1 for *_, k in G.edges(keys=True) if k == "coOccursWith")
    assert co <= 3 * mentions


@pytest.mark.parametrize("unit, edges", [("sentence", 4), ("article", None), ("none", 0)])
def test_kg_build_cooccurrence_unit(tmp_path, unit, edges):
    from click.testing import CliRunner

    from kg.cli import cli

    (tmp_path / "notice.txt").write_text(NOTICE, encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "notice.txt"), "--out", str(tmp_path / "out"), "--format",
                                 "json", "--cooccurrence", unit, "-q", "--no-cache"])
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    n = sum(1 for e in data["links"] if e["cooccurrence"])
    assert n == edges if edges is not None else n > 50  # every pair of the article's 20 names


def test_kg_build_refuses_an_unknown_cooccurrence_unit(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    r = CliRunner().invoke(cli, ["build", "-", "--out", str(tmp_path), "--cooccurrence", "paragraph"], input="开平市。")
    assert r.exit_code == 2 and "'paragraph' is not one of 'sentence', 'article', 'none'" in r.output
