"""A build of pages written in the style of other papers and provinces (tests/data/unseen): who is
an official, that each body is one node, and the facts the generalisation rules exist for."""
from collections import Counter
from pathlib import Path

import pytest

from kg.builder import build

UNSEEN = Path(__file__).parent / "data" / "unseen"

OFFICIALS = Counter("""
何勇 何小红 何志强 何锐军 冯国强 刘国庆 刘平 刘明 刘有明 刘洋 刘焕鑫 刘芳芳 叶贞琴 吴健 吴国杰 吴志明 吴敏 吴迪 吴金城 周强
孙明 岑伟明 廖文剑 张伟 张兴旺 张志远 曾晓红 朱亦农 李伟 李建国 李强 李强 李文龙 李春临 李立新 李红 林国成 林小红 林德良
梁健华 梁明 殷焕明 王中丙 王伟中 王曦 罗伟 胡先锋 莫伟华 谢国平 谭丽霞 谭军 赵红英 邓伟明 邓勇 邓志刚 邓辉 郭永航 陈丽芳
陈伟 陈小曼 陈建华 陈晓明 陈杰 陈浩 陈美玲 韦德强 韦韬 黄伟 黄喜忠 黄坤明 黄志坚 黄润秋 黄顺德 习近平
""".split())


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    report = build([str(UNSEEN)], tmp_path_factory.mktemp("unseen"), formats=(), workers=1, cache=False)
    return report.graph


def _names(G, typ):
    return Counter(d["name"] for _, d in G.nodes(data=True) if d["type"] == typ)


def _facts(G):
    return {(G.nodes[u]["name"], k, G.nodes[v]["name"]) for u, v, k in G.edges(keys=True)}


def test_the_officials_are_found_and_nobody_else(graph):
    got = _names(graph, "Official")
    assert got == OFFICIALS, (sorted((got - OFFICIALS).elements()), sorted((OFFICIALS - got).elements()))


def test_no_two_bodies_share_a_name(graph):
    seen: dict[str, str] = {}
    for n, d in graph.nodes(data=True):
        if d["type"] != "Agency":
            continue
        for name in {d["name"], *d["aliases"]}:
            assert seen.setdefault(name, n) == n, f"{name}: {seen[name]} and {n}"


def test_a_body_printed_short_is_the_node_of_its_full_name(graph):
    agencies = set(_names(graph, "Agency"))
    # each of these is printed in the pages, short or long; the node has the official full name only
    assert not {"黄埔区人民政府", "井岸镇人民政府", "西岸镇人民政府", "中共浙江省湖州市委员会", "广东省税务局",
                "湖州市委员会", "大江镇人民政府"} & agencies
    assert {"广州市黄埔区人民政府", "珠海市斗门区井岸镇人民政府", "连州市西岸镇人民政府", "中共湖州市委员会",
            "国家税务总局广东省税务局"} <= agencies


def test_no_pen_names_or_anonymised_people(graph):
    people = _names(graph, "Person")
    assert not {"清宣", "鹤宣", "恩宣", "黄先生", "周婆婆"} & set(people)


@pytest.mark.parametrize("fact", [
    ("陈浩", "holdsPost", "中共湖州市委员会"),
    ("吴金城", "holdsPost", "上海市浦东新区人民政府"),
    ("陈建华", "holdsPost", "广州市黄埔区人民政府"),
    ("刘芳芳", "holdsPost", "台山市大江镇人民政府"),
    ("吴国杰", "holdsPost", "中共江门市委政法委员会"),
    ("刘国庆", "holdsPost", "连州市冲口村村民委员会"),
    ("成都市公安局交通管理局", "subOrganizationOf", "成都市公安局"),
    ("韶关市", "implements", "百千万工程"),
    ("湖南省", "implements", "四好农村路"),
])
def test_facts_the_rules_exist_for(graph, fact):
    assert fact in _facts(graph)


def test_no_subject_from_a_place_of_meeting_or_an_institutions_name(graph):
    facts = _facts(graph)
    assert not any(s in ("国务院新闻办公室",) and p == "implements" for s, p, o in facts)
    assert ("湖南省", "implements", "高标准农田建设") not in facts
