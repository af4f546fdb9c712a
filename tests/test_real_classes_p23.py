"""Classes the twenty-third programme set (real news of 粤北, 陕西, 湖南, 贵州, 内蒙古, 青海) showed.

- A quoted designation right after a verb that confers it (被评为“…示范村”, 确定为“…示范镇”: DesignationConferVerb in
  designations.jsonl) is a programme conferred on the places it is said of, as a title after the quote (“…”称号) is;
  a quoted honour that ends in no designation's head (被评为“优秀共产党员”) stays none.
- The members of such a designation may follow it after 即 as they follow 分别是 (6个村被评为“…”，即A村、B村和C村:
  TrailingList in relation_cues.jsonl).
- A sentence that opens with the members of a designation named before (入选的10个村中，: SubsetLead in
  relation_cues.jsonl) and confers kinds on them, over its semicolons: each member of a kind is a member of that
  designation too. Without the opening, or with no designation named before, nothing is added.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

import pytest

from conftest import programmes_and_links


@pytest.mark.parametrize("text,desig", [
    ("去年，黄山市黟县宏村镇宏村被评为“乡村旅游示范村”。", "乡村旅游示范村"),
    ("芜湖市南陵县籍山镇被确定为“省级农业产业强镇”，将获得专项资金支持。", "省级农业产业强镇"),
])
def test_quoted_designation_after_a_conferring_verb(text, desig):
    progs, _ = programmes_and_links(text)
    assert desig in progs


def test_quoted_honour_after_the_verb_stays_none():
    progs, _ = programmes_and_links("村党支部书记张某某被评为“优秀共产党员”。")
    assert not progs


def test_members_after_ji_enter_the_designation():
    text = ("今年共有3个村被评为“田园风貌示范村”，即黄山市黟县宏村镇宏村、芜湖市南陵县籍山镇丫山村和"
            "宣城市泾县桃花潭镇查济村。")
    progs, links = programmes_and_links(text)
    assert "田园风貌示范村" in progs
    assert {("宏村", "田园风貌示范村"), ("丫山村", "田园风貌示范村"), ("查济村", "田园风貌示范村")} <= links


def test_kinds_of_an_earlier_designation_make_its_members():
    text = ("近日，有关部门公布了第二批生态宜居示范村名单，全省5个村入选。\n"
            "入选的5个村中，3个村被评为“田园风貌示范村”，即黄山市黟县宏村镇宏村、芜湖市南陵县籍山镇丫山村和"
            "宣城市泾县桃花潭镇查济村；池州市青阳县九华镇二圣村、安庆市岳西县店前镇司空山村2个村被评为“文明乡风示范村”。")
    progs, links = programmes_and_links(text)
    assert {"田园风貌示范村", "文明乡风示范村"} <= progs
    whole = next(p for p in progs if p.endswith("生态宜居示范村"))
    for village in ("宏村", "丫山村", "查济村", "二圣村", "司空山村"):
        assert (village, whole) in links
    assert ("二圣村", "文明乡风示范村") in links and ("宏村", "田园风貌示范村") in links


def test_kinds_without_the_opening_stay_their_own():
    text = ("近日，有关部门公布了第二批生态宜居示范村名单，全省5个村入选。\n"
            "另外，池州市青阳县九华镇二圣村被评为“文明乡风示范村”。")
    progs, links = programmes_and_links(text)
    assert ("二圣村", "文明乡风示范村") in links
    assert not any(v == "二圣村" and p.endswith("生态宜居示范村") for v, p in links)


# - The places or bodies that report on a scheme at a meeting (甲县和乙镇、丙镇以及丁村分别汇报了“…”推进情况: 汇报了 a
#   ProgrammeVerb in programme_cues.jsonl) carry it out, each of the coordinated run.
def test_reporters_on_a_scheme_carry_it_out():
    text = "座谈会上，蕉岭县和新铺镇、三圳镇以及九岭村分别汇报了“绿美乡村”行动推进情况。"
    progs, links = programmes_and_links(text)
    scheme = next(p for p in progs if "绿美乡村" in p)
    assert {("蕉岭县", scheme), ("新铺镇", scheme), ("三圳镇", scheme), ("九岭村", scheme)} <= links


# - A designation's head followed by 资金 (…试点村资金7000万元: DesignationNotBefore) names money, no designation.
def test_money_of_a_designation_is_none():
    progs, _ = programmes_and_links("2021年至2022年全县共投入美丽乡村示范村资金3000万元，完成改厕1200户。")
    assert not any("投入" in p or p.endswith("示范村") for p in progs)


# - A verb of raising a scheme's level before a scheme's head (全面提升…示范带: SchemeLeadSkip) is no part of its name.
def test_raising_verb_is_no_part_of_a_scheme_name():
    progs, _ = programmes_and_links("会议要求，要统筹推进镇村建设，全面提升粤北生态经济示范带。")
    assert not any(p.startswith(("全面提升", "提升")) for p in progs)


# - A field coordinated before a project looked at on a visit (调研蔬菜产业发展和…协作帮扶项目: VisitCoordinator) is no
#   part of the project's name.
def test_field_before_a_visited_project_is_cut():
    progs, _ = programmes_and_links("3月5日，副市长李某某到蕉岭县调研蔬菜产业发展和粤闽协作帮扶项目。")
    assert not any("产业发展和" in p for p in progs)


def test_coordinator_inside_a_place_name_cuts_nothing():
    progs, _ = programmes_and_links("4月2日，副厅长王某某到临汾市调研永和县红枣产业提升工程。")
    assert not any(p.startswith("县") for p in progs)


# - A visited name that stops at a head right before a unit that makes a designation's head with it (检查…示范试点村建设
#   情况: 试点 + 村 = 试点村) takes the unit: the designation is named whole.
def test_visited_designation_takes_its_unit():
    progs, _ = programmes_and_links("6月3日，州农牧局副局长李某某到门源县检查高原生态示范试点村建设情况。")
    assert any(p.endswith("示范试点村") for p in progs)
    assert not any(p.endswith("示范试点") for p in progs)
