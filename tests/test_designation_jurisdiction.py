"""A designation printed by its level alone (省级…示范村, 市级…, 县级…) is its jurisdiction's: two provinces' lists of
the same level are two programmes, not one. Texts written for these tests; the places are real, the notices invented."""
import unicodedata

import pytest

from conftest import extracted as _result
from kg.graph import build_graph


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def programmes(text: str) -> dict[str, set[str]]:
    """Each programme of one text: its name → its aliases."""
    return {_nfkc(e.name): {_nfkc(a) for a in e.aliases} for e in _result(text).entities if e.type == "Programme"}


def implementers(text: str) -> set[tuple[str, str]]:
    r = _result(text)
    names = {e.key: _nfkc(e.name) for e in r.entities}
    return {(names[x.subject], names[x.object]) for x in r.relations if x.predicate == "implements"}


PROVINCE_TITLE = """四川省农业农村厅关于公布第二批省级乡村振兴示范村名单的通知

各市（州）农业农村局：
经县级推荐、市级审核，确定郫都区唐昌街道战旗村等40个村为第二批省级乡村振兴示范村，现予公布。

四川省农业农村厅
2023年3月8日
"""

PROVINCE_SIGNOFF = """关于公布2024年度省级美丽乡村示范村的通知

各设区市农业农村局：
经评审，婺源县江湾镇篁岭村等25个村入选2024年度省级美丽乡村示范村，现予公布。

江西省农业农村厅
2024年9月2日
"""

AUTONOMOUS_REGION = """广西壮族自治区住房和城乡建设厅关于公布自治区级特色名村的通知

经评估验收，确认阳朔县白沙镇遇龙村等8个村达到自治区级特色名村的评定标准，现予公布。

广西壮族自治区住房和城乡建设厅
2022年7月1日
"""

CITY_LIST = """赣州市农业农村局关于公布第一批市级和美乡村示范村名单的通知

各县（市、区）农业农村局：
经评审，于都县梓山镇潭头村等15个村被认定为第一批市级和美乡村示范村。

赣州市农业农村局
2024年4月3日
"""

COUNTY_NEWS = "本报讯 近日，宁都县东山坝镇小布岩村被确定为县级和美乡村示范村。宁都县今年将再创建县级和美乡村示范村10个。"

PROVINCE_NEWS = "本报讯 黄山市歙县雄村镇卖花渔村近日入选2023年度全省美丽乡村示范村，该村将以此为契机发展乡村旅游。"

UNKNOWN = "近日，一批村庄入选省级乡村振兴示范村，各地将继续推进建设。"

NATIONAL = """农业农村部办公厅关于公布第四批全国乡村治理示范村名单的通知

经各地推荐，确定北京市昌平区南口镇陈庄村等100个村为第四批全国乡村治理示范村。

农业农村部办公厅
2024年8月1日
"""


@pytest.mark.parametrize("text, name, printed", [
    (PROVINCE_TITLE, "四川省乡村振兴示范村", {"省级乡村振兴示范村", "第二批省级乡村振兴示范村"}),
    (PROVINCE_SIGNOFF, "江西省美丽乡村示范村", {"省级美丽乡村示范村", "2024年度省级美丽乡村示范村"}),
    (AUTONOMOUS_REGION, "广西壮族自治区特色名村", {"自治区级特色名村"}),
    (CITY_LIST, "赣州市和美乡村示范村", {"市级和美乡村示范村", "第一批市级和美乡村示范村"}),
    (COUNTY_NEWS, "宁都县和美乡村示范村", {"县级和美乡村示范村"}),
    (PROVINCE_NEWS, "安徽省美丽乡村示范村", {"全省美丽乡村示范村", "2023年度全省美丽乡村示范村"}),
], ids=["province in the title", "province in the sign-off", "autonomous region", "city list", "county news",
        "province of the article"])
def test_a_level_only_designation_is_its_jurisdictions(text, name, printed):
    found = programmes(text)
    assert name in found, found
    assert printed <= found[name]
    assert not any(n.startswith(("省级", "市级", "县级", "全省", "自治区级")) for n in found)


def test_the_members_implement_the_jurisdictions_designation():
    facts = implementers(CITY_LIST)
    assert any(o == "赣州市和美乡村示范村" and "潭头村" in s for s, o in facts), facts
    assert not any(o == "市级和美乡村示范村" for _, o in facts)


def test_no_jurisdiction_known_leaves_the_name_as_printed():
    assert "省级乡村振兴示范村" in programmes(UNKNOWN)


def test_national_designations_stay_as_they_are():
    found = programmes(NATIONAL)
    assert "全国乡村治理示范村" in found
    assert not any(n.startswith("北京") for n in found)


def test_a_national_issuer_of_a_level_only_list_gives_no_jurisdiction():
    # a ministry's list of the provinces' own designations, though the text names a province
    text = "农业农村部办公厅关于公布省级农业产业强镇名单的通知\n\n经江苏省南京市江宁区推荐，确定以下乡镇为省级农业产业强镇。\n\n" \
           "农业农村部办公厅\n2024年1月2日\n"
    found = programmes(text)
    assert "省级农业产业强镇" in found and "江苏省农业产业强镇" not in found, found
    # without the ministry, the province of the article
    assert "江苏省农业产业强镇" in programmes(text.replace("农业农村部办公厅", ""))


def test_a_body_abbreviated_on_the_line_gives_the_articles_province():
    found = programmes("本报讯 近日，省农业农村厅公布第三批省级乡村振兴示范村名单，兰州市榆中县青城镇城河村入选。")
    assert "甘肃省乡村振兴示范村" in found and "第三批省级乡村振兴示范村" in found["甘肃省乡村振兴示范村"], found


def test_an_issuer_above_the_level_gives_no_jurisdiction():
    # a province's notice of counties' own lists: no one county's, though the text names a county
    text = "湖北省农业农村厅关于公布县级美丽乡村示范村名单的通知\n\n经阳新县等地推荐，确定以下村为县级美丽乡村示范村。\n"
    found = programmes(text)
    assert "县级美丽乡村示范村" in found, found
    assert not any(n.startswith(("湖北省美丽", "阳新县美丽")) for n in found)


def test_a_shorter_form_is_the_longer_designation_of_the_same_jurisdiction():
    text = PROVINCE_TITLE.replace("现予公布。", "现予公布。入选省级示范村的村要发挥带头作用。")
    found = programmes(text)
    assert "四川省示范村" not in found
    assert "省级示范村" in found["四川省乡村振兴示范村"]


def test_two_provinces_lists_are_two_programmes_in_one_build():
    hunan = PROVINCE_TITLE.replace("四川省", "湖南省").replace("郫都区唐昌街道战旗村", "浏阳市大围山镇楚东村")
    results = [_result(PROVINCE_TITLE, "sc.txt"), _result(hunan, "hn.txt"), _result(UNKNOWN, "x.txt")]
    G = build_graph(results)
    names = {d["name"]: n for n, d in G.nodes(data=True) if d["type"] == "Programme"}
    assert {"四川省乡村振兴示范村", "湖南省乡村振兴示范村", "省级乡村振兴示范村"} <= set(names), names
    # the printed form every province shares joins none of them, nor the one whose jurisdiction is unknown
    assert len({names["四川省乡村振兴示范村"], names["湖南省乡村振兴示范村"], names["省级乡村振兴示范村"]}) == 3
    members = {G.nodes[u]["name"]: G.nodes[v]["name"] for u, v, d in G.edges(data=True) if d.get("predicate") == "implements"
               and G.nodes[v]["type"] == "Programme" and G.nodes[u]["type"] == "Place"}
    assert members.get("战旗村") == "四川省乡村振兴示范村" and members.get("楚东村") == "湖南省乡村振兴示范村", members


def test_a_verb_that_opens_with_a_belt_head_names_no_belt():
    text = "某县公布了县级和美乡村示范村名单。希望入选的和美乡村示范村发挥示范带动作用，以产业带动群众增收。"
    assert not any(n.endswith(("示范带动", "示范带", "产业带")) for n in programmes(text))
