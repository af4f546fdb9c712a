"""Merging documents into one graph: entity resolution, the alias file, co-occurrence."""
import json

import re

import pytest

from kg.errors import LexiconError
from kg.extraction import extract
from kg.graph import build_graph
from kg.sketch import similarity, sketch
from kg.ingest import decode_bytes
from kg.identity.aliases import load_alias_rules


def results(*texts):
    return [extract(decode_bytes(f"d{i}.txt", f"d{i}.txt", t.encode("utf-8"))) for i, t in enumerate(texts)]


def names(G, typ):
    return sorted(d["name"] for _, d in G.nodes(data=True) if d["type"] == typ)


def test_one_node_per_entity_across_documents():
    G = build_graph(results("浏阳市医保局推进“医保视频办”。", "浏阳市医疗保障局上线“医保视频办”服务。"))
    assert names(G, "Agency") == ["浏阳市医疗保障局"]
    node = next(d for _, d in G.nodes(data=True) if d["type"] == "Agency")
    assert "浏阳市医保局" in node["aliases"] and node["docs"] == {"d0.txt", "d1.txt"}


def test_programme_variants_become_one_node():
    G = build_graph(results("浏阳市深入推进“八镇联动发展”。", "浏阳市落实“八镇联动”。"))
    assert names(G, "Programme") == ["八镇联动"]
    assert G.graph["merges"] and G.graph["merges"][0]["reason"].startswith("programme variants")


def test_homonym_officials_in_different_places_stay_apart():
    G = build_graph(results("浏阳市委书记王建国出席。", "余杭区委书记王建国出席。"))
    assert names(G, "Official") == ["王建国", "王建国"]


@pytest.mark.parametrize("later, merged", [
    ("近日，浏阳市举行活动。王建国与群众亲切交谈。王建国说，要办好实事。", True),  # the official's city is named
    ("近日，余杭区举行活动。王建国与群众亲切交谈。王建国说，要办好实事。", False),  # another place: a namesake
])
def test_a_person_named_later_is_the_official_of_the_place_named_with_him(later, merged):
    G = build_graph(results("浏阳市召开会议。浏阳市委书记王建国出席会议并讲话。", later))
    assert (names(G, "Official"), names(G, "Person")) == ((["王建国"], []) if merged else (["王建国"], ["王建国"]))


def test_alias_file_refuses_and_forces_merges(tmp_path):
    f = tmp_path / "aliases.jsonl"
    f.write_text(json.dumps({"different": ["八镇联动", "八镇联动发展"]}, ensure_ascii=False) + "\n"
                 + json.dumps({"same": ["浏阳市农业农村局", "Agency/浏阳市交通运输局"]}, ensure_ascii=False) + "\n"
                 + json.dumps({"alias": "浏阳农业", "of": "浏阳市农业农村局"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    rules = load_alias_rules(f)
    G = build_graph(results("浏阳市深入推进“八镇联动发展”。浏阳市农业农村局召开会议。",
                            "浏阳市落实“八镇联动”。浏阳市交通运输局召开会议。"), aliases=rules)
    assert names(G, "Programme") == ["八镇联动", "八镇联动发展"]
    assert len(names(G, "Agency")) == 1
    agency = next(d for _, d in G.nodes(data=True) if d["type"] == "Agency")
    assert "浏阳农业" in agency["aliases"]
    assert any("kept_apart" in m for m in G.graph["merges"])


@pytest.mark.parametrize("line, message", [
    ("{not json", "invalid JSON"),
    ('{"same": ["只有一个"]}', "needs a list of two or more"),
    ('{"rename": "x"}', 'needs "same", "different" or "alias"'),
    ('{"alias": "x"}', '"alias" needs a string and "of"'),
])
def test_bad_alias_file_names_the_line(tmp_path, line, message):
    f = tmp_path / "aliases.jsonl"
    f.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_alias_rules(f)
    assert str(exc.value).startswith(f"{f}:2: ") and message in str(exc.value)


@pytest.mark.parametrize("unit, support", [("sentence", 3), ("article", 1)])
def test_near_duplicate_articles_count_once(unit, support):
    """The story printed twice counts once: its three sentences (or its one article) give support."""
    story = "浏阳市农业农村局和浏阳市交通运输局联合推进“四好农村路”建设，大瑶镇、官渡镇参与。" * 3
    other = "余杭区科学技术局推进“数字治理”试点。"
    G = build_graph(results(story, story.replace("。", "！", 1), other), cooccurrence=unit)
    co = [d for u, v, k, d in G.edges(keys=True, data=True) if k == "coOccursWith" and "d0.txt" in G.nodes[u]["docs"]]
    assert co and all(d["support"] == support for d in co)
    assert G.graph["duplicate_articles"] == 1


def test_cooccurrence_min_support():
    a = "浏阳市农业农村局推进“四好农村路”。"
    b = "浏阳市农业农村局在大瑶镇推进“四好农村路”建设，成效明显，群众满意度高。"
    G = build_graph(results(a, b), min_support=2)
    co = {(G.nodes[u]["name"], G.nodes[v]["name"]) for u, v, k in G.edges(keys=True) if k == "coOccursWith"}
    assert all(d["support"] >= 2 for u, v, k, d in G.edges(keys=True, data=True) if k == "coOccursWith")
    assert ("浏阳市农业农村局", "四好农村路") in co or ("四好农村路", "浏阳市农业农村局") in co


def test_sketch_similarity():
    a = sketch("开平市创建全国文明城市工作推进会召开，推动城市文明程度持续提升。" * 4)
    b = sketch("开平市创建全国文明城市工作推进会召开，推动城市文明程度持续提升！" * 4)
    c = sketch("珠海连续三年蝉联全国健康城市建设样板市，成为广东省唯一连续入选城市。" * 4)
    assert similarity(a, b) == 1.0 and similarity(a, c) < 0.2


@pytest.mark.parametrize("text", [
    "开平市创建全国文明城市工作推进会召开，推动城市文明程度持续提升。" * 3,  # Chinese only: shingles cut from the bytes
    "镇里召开GDP核算培训会，3个村的会计参加了学习。",  # Latin letters too: each shingle encoded on its own
    "韩国首尔의 대표단，来访交流。",  # Hangul: three bytes a character, like Chinese
    "四字词语", "",
])
def test_sketch_is_the_smallest_crc32_of_the_five_character_shingles(text):
    import re
    import zlib

    t = re.sub(r"[\W\d_]+", "", text)
    shingles = {t[i : i + 5] for i in range(len(t) - 4)} if len(t) >= 5 else ({t} if t else set())
    assert sketch(text) == tuple(sorted(zlib.crc32(x.encode("utf-8")) for x in shingles)[:32])


def test_sketch_of_three_byte_characters_is_zlib_crc32_at_every_code_point_and_size():
    """The tables that give a shingle's CRC from its characters agree with zlib.crc32 over the whole range of
    three-byte characters (U+0800 to U+FFFF, surrogates apart), for any number of hashes kept."""
    import random
    import zlib

    rng = random.Random(7)
    edges = [0x800, 0x801, 0xFFF, 0x1000, 0x4E00, 0x9FA5, 0xD7FF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFF]
    for _ in range(300):
        pool = edges + [rng.randrange(0x800, 0xD800), rng.randrange(0xE000, 0x10000)]
        text = "".join(chr(rng.choice(pool)) for _ in range(rng.randrange(5, 60)))
        t = re.sub(r"[\W\d_]+", "", text)
        shingles = {t[i : i + 5] for i in range(len(t) - 4)} if len(t) >= 5 else ({t} if t else set())
        want = sorted(zlib.crc32(x.encode("utf-8")) for x in shingles)
        for k in (1, 3, 32, 100):
            assert sketch(text, k) == tuple(want[:k])


ANNEX_NOTICE = """关于公布2025年湖南省森林乡村名单的通知
各市州林业局：
经县级推荐、省级审核，现将名单公布如下。
附件
1、浏阳市 大瑶镇 南阳村
2、浏阳市 大瑶镇 枫林村
3、浏阳市 古港镇 梅田湖村
"""


def test_a_listed_village_implements_its_designation_and_is_not_also_a_cooccurrence():
    G = build_graph(results(ANNEX_NOTICE))
    programme = next(n for n, d in G.nodes(data=True) if d["type"] == "Programme")
    villages = [n for n, d in G.nodes(data=True) if d["type"] == "Place" and d["name"].endswith("村")]
    assert len(villages) == 3
    implementers = {u for u, v, k in G.edges(keys=True) if k == "implements" and v == programme}
    assert implementers == set(villages)  # not the counties and towns written before them
    for v in villages:
        assert not G.has_edge(v, programme, key="coOccursWith") and not G.has_edge(programme, v, key="coOccursWith")
