"""Classes found by a seventh round of probing kg with made-up news of development zones and designations.

- A development zone named by the short name of its city or county and then a name of its own (某地小某经济开发区
  管委会, with or without the province's short name before it): the zone's walk back stopped at 小 or 大 (characters
  that stop other names) unless a boundary stood before them, so the name was one character and no zone, no body and
  no place were read. After the short name of a city or county the walk goes on, and the zone lies in that city.
- A member verb, then a scope and a batch before the designation (某县成为全省首批…试点县, 某县是全国第二批…): the place
  carried out the designation only where nothing stood between the verb and it; a scope (DesignationLevel,
  DesignationScope) and a batch (DesignationBatch, MemberBatch) may stand there now.
- A police officer named by the community or village he serves, or after a station no rule names (社区民警某某,
  某社区民警某某, 某街道社区民警某某, 某派出所民警某某 with the station's place not printed): the name was read by the model
  alone and left out of the graph, since the title began inside another word. 社区民警 and 驻村民警 are titles now, and a
  title held in a kind of body (Post "held_in") may follow that kind of body's name or a place's level: the officer
  is a person (a community policeman with no station is a Person, as own-people-60 settled), and an official where
  the station is read with its place.
- A cadre gone to a place for a stay, then the post taken there after a comma (某某到某市挂职，任某市副市长; 某某到某镇
  挂职，担任某镇党委副书记): the first verb (挂职) had no post after it, so none was read; the next verb of the same
  sentence is tried.
- A bureau's or a Party department's section whose name holds a stop character inside a field of work (某局食品安全科:
  全), or the words of its work alone (某组织部干部科, read before its head's own title 科长 or 副科长): no unit was
  read and the head's holder lost his post. A field that opens the unit's name is read whole, and those words may
  name a unit where its head's own title follows (UnitOwnTitleLead, UnitOwnTitleEnd).
"""
import pytest

from conftest import check_reading, programmes_and_links


ZONE_ROWS = [
    ("a city's short name, then the zone's own name opening with 小",
     "上周，南昌小蓝经济开发区管委会与三家企业签订合作协议。",
     {("Agency", "南昌小蓝经济开发区管理委员会"), ("Place", "南昌市")},
     {("南昌小蓝经济开发区管理委员会", "locatedIn", "南昌市")},
     set()),
    ("the province's and the city's short names before it",
     "近日，江西南昌小蓝经济开发区管委会召开项目推进会。",
     {("Agency", "江西南昌小蓝经济开发区管理委员会"), ("Place", "南昌市")},
     {("江西南昌小蓝经济开发区管理委员会", "locatedIn", "南昌市")},
     set()),
    ("a county's short name, then a zone's own name opening with 大, its head named",
     "宁乡大田经济开发区管委会主任周立新介绍了园区情况。",
     {("Agency", "宁乡大田经济开发区管理委员会"), ("Official", "周立新")},
     {("宁乡大田经济开发区管理委员会", "locatedIn", "宁乡市"), ("周立新", "holdsPost", "宁乡大田经济开发区管理委员会")},
     set()),
]


@pytest.mark.parametrize("why, text, entities, facts, absent", ZONE_ROWS, ids=[r[0] for r in ZONE_ROWS])
def test_a_zone_named_after_the_short_name_of_its_city(nlp, why, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_zone_opening_with_small_after_a_boundary_is_read_as_before(nlp):
    check_reading(nlp, "会议要求，小蓝经开区党工委抓好落实。", {("Agency", "中共小蓝经济技术开发区工作委员会")}, set(), set())


MEMBER_ROWS = [
    ("成为, a province's scope and its first batch",
     "去年，攸县成为全省首批县域商业体系建设试点县。",
     ("攸县", "县域商业体系建设试点县")),
    ("成为, a city's scope and a numbered batch",
     "今年，醴陵市成为全市第二批美丽乡村建设示范县。",
     ("醴陵市", "美丽乡村建设示范县")),
    ("是, the nation's scope and a numbered batch",
     "茶陵县是全国第三批农村改革试验区。",
     ("茶陵县", "农村改革试验区")),
]


@pytest.mark.parametrize("why, text, link", MEMBER_ROWS, ids=[r[0] for r in MEMBER_ROWS])
def test_a_member_verb_before_a_scope_and_a_batch(why, text, link):
    progs, links = programmes_and_links(text)
    place, head = link
    assert any(doer == place and prog.endswith(head) for doer, prog in links), (progs, links)


def test_a_member_verb_without_a_designation_after_the_scope_links_nothing():
    progs, links = programmes_and_links("攸县成为全省首批受表彰的单位之一，干部群众深受鼓舞。")
    assert not any(doer == "攸县" for doer, _ in links), (progs, links)


POLICE_ROWS = [
    ("a community policeman, no station", "今天上午，社区民警杜家豪来到小区宣传防范电信诈骗。", "杜家豪"),
    ("a community's name, then its policeman", "红星社区民警欧阳明走访了独居老人。", "欧阳明"),
    ("a street and its community policeman", "南园街道社区民警黎志刚在现场维持秩序。", "黎志刚"),
    ("a station named without its place", "东关派出所民警韦建华及时赶到现场。", "韦建华"),
    ("a village's resident auxiliary officer", "驻村辅警蒙小军每天巡逻两次。", "蒙小军"),
]


@pytest.mark.parametrize("why, text, name", POLICE_ROWS, ids=[r[0] for r in POLICE_ROWS])
def test_a_police_officer_named_by_the_place_he_serves_is_a_person(nlp, why, text, name):
    got, _ = check_reading(nlp, text, {("Person", name)}, set(), set())


def test_a_station_read_with_its_place_makes_the_officer_an_official(nlp):
    check_reading(nlp, "台城街道派出所社区民警李海峰走访了辖区群众。", {("Official", "李海峰")}, set(), set())


def test_a_level_before_the_word_police_in_another_word_reads_no_name(nlp):
    got, _ = check_reading(nlp, "村民警惕性很高，及时报了警。", set(), set(), set())
    assert not {n for t, n in got if t in ("Person", "Official")}, got


STAY_ROWS = [
    ("挂职, then 任 and the post", "2022年，林家栋到梧州市挂职，任梧州市人民政府副市长。",
     ("林家栋", "梧州市人民政府")),
    ("挂职, then 担任 and a town's Party post", "去年，韩立平到岳阳县新墙镇挂职，担任新墙镇党委副书记。",
     ("韩立平", "新墙镇委员会")),
]


@pytest.mark.parametrize("why, text, fact", STAY_ROWS, ids=[r[0] for r in STAY_ROWS])
def test_a_post_taken_after_a_stay_and_a_comma(nlp, why, text, fact):
    name, body = fact
    got, facts = check_reading(nlp, text, {("Official", name)}, set(), set())
    assert any(s == name and p == "holdsPost" and o.endswith(body) for s, p, o in facts), facts


SECTION_ROWS = [
    ("a field with a stop character opening a section's name",
     "醴陵市开展专项检查。市市场监督管理局食品安全科科长邓晓峰带队。",
     ("邓晓峰", "醴陵市市场监督管理局食品安全科")),
    ("a Party department's section named by the words of its work",
     "攸县召开干部大会。县委组织部干部科科长谭文斌宣读了通知。",
     ("谭文斌", "中共攸县委组织部干部科")),
    ("the same before the deputy head's title",
     "茶陵县召开干部大会。县委组织部干部科副科长陈永红宣读了通知。",
     ("陈永红", "中共茶陵县委组织部干部科")),
]


@pytest.mark.parametrize("why, text, fact", SECTION_ROWS, ids=[r[0] for r in SECTION_ROWS])
def test_a_section_with_a_word_that_stops_other_names(nlp, why, text, fact):
    name, unit = fact
    check_reading(nlp, text, {("Official", name), ("Agency", unit)}, {(name, "holdsPost", unit)}, set())


def test_a_cadre_of_a_department_is_no_section(nlp):
    got, _ = check_reading(nlp, "攸县召开会议。县委组织部干部谭文斌作了发言。", set(), set(), set())
    assert not {n for t, n in got if t == "Agency" and n.endswith("干部")}, got


def test_the_body_that_lists_a_member_keeps_its_link_after_a_scope():
    # 某厅把某县列为全省唯一的…试点县: the department confers the designation, the county is its member
    progs, links = programmes_and_links("2019年5月，湖南省林业局把炎陵县列为全省唯一的林长制改革试点县。")
    assert ("炎陵县", "林长制改革试点县") in links, links
    assert any(doer.endswith("林业局") and prog == "林长制改革试点县" for doer, prog in links), links


def test_a_designation_cut_inside_its_unit_has_no_member():
    progs, links = programmes_and_links("祁东县是全省首批12个林长制试点县市之一，林长责任制已覆盖全县。")
    assert not any(doer == "祁东县" and prog.endswith("试点县") for doer, prog in links), (progs, links)


def test_a_veto_in_an_assessment_is_no_programme():
    # 实行“一票否决”: a sanction of the assessment, which no body or place carries out as a scheme (set 71 showed it)
    progs, links = programmes_and_links("对没有完成粮食生产任务的县，湘潭市在年度考核中实行“一票否决”。")
    assert not any("一票否决" in p for p in progs), progs
    assert not any("一票否决" in p for _, p in links), links
