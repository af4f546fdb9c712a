"""Classes the forty-second programme set (things that look like programmes and places or bodies that look like their
implementers, in news of 江苏, 浙江, 广东 and 福建: a provincial festival with a loan scheme and a bank signing with
designated towns, festivals of a county, a Party-school forum, a media prize to counties, a provincial designation
among honours, a district CPPCC studying a scheme in other cities, a fair of three border towns, a harvest festival's
hosts, a proposal for a festival, a city's commendation notice; rewritten from real news) showed.

- A delegation of a place that travels to study (某市某区政协赴甲市乙区等地考察: DelegationTripWord 考察 after the verb of
  the clause, places.jsonl) leads the article, and the places it goes to (after the verb, and after TripVerb 赴 or 前往
  in the same article, chained or listed by DestinationJoint) vote for no home of its bare bodies however often the
  text names them (`kg/ner/jurisdiction.py`, `_trip_destinations`): 区政协, 区委 and 市委 are the travellers', not the
  hosts'. `甲市等地考察` alone names no delegation.
- The subjects of a clause that each act with a designation's members (甲市、乙市两市农商行分别与丙镇等首批4家…重点镇
  签约: MemberCounterpartMark, relation_cues.jsonl) are the other party, no members; the members are the places after
  分别与.
- A task closed by 重点工作 or 重点任务 before a coordination parts two objects of one verb (实施乡村振兴8项重点工作和某某
  三年行动: TaskEndBeforeCoordination): the name read is the last, and the doer carries it out.
- 宣布升级 before a quoted plan (ProgrammeVerb): the body that announces the upgrade carries the plan out; 优化升级 before
  a quoted tool names none.
- A count of towns before 签 or 联 (三镇签订了《…协议》, CountedPlaceNext) stands for the towns named before it, which
  carry the agreement out.
- A quoted brand, a field and a counted belt (某区“某某”文旅三带: TailHead 两带 … 五带) name a scheme, which the place
  printed right before it carries out; `“老街”一带` is an area, no belt.
- A run of levels joined by 、 after 各 (各镇、乡人民政府 in a notice's address line: EachBeforeAbbreviation in
  agency_grammar.jsonl) names every such body, none of the article's home town (`kg/ner/agencies.py`, `_after_each`), as
  各镇人民政府 does.

Left: a quote after 发布 before a list of products (发布了“游乡村·促消费”…产品和项目: a release's theme read as a scheme);
美丽乡村建设 unquoted in a city's notice; a province carrying out a scheme named inside 在全省推进…的大局中.

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import extracted, programmes_and_links


def _bodies_and_posts(text):
    r = extracted(text)
    names = {e.key: e.name for e in r.entities}
    agencies = {e.name for e in r.entities if e.type == "Agency"}
    posts = {(names[x.subject], names[x.object]) for x in r.relations if x.predicate == "holdsPost"}
    return agencies, posts


def test_a_district_body_travelling_to_study_keeps_its_bare_bodies_home():
    text = ("梅州市梅江区政协赴佛山顺德等地考察学习乡村振兴经验\n"
            "为贯彻省委、市委和区委的部署，4月8日至11日，区政协主席黄志明带队赴佛山顺德区、清远清新区等地考察。"
            "区政协副主席张小红、刘建国参加考察。\n"
            "在佛山顺德区，考察组首先来到杏坛镇，了解顺德区“水韵岭南”文旅三带推进情况。")
    agencies, posts = _bodies_and_posts(text)
    assert ("黄志明", "中国人民政治协商会议梅州市梅江区委员会") in posts, sorted(posts)
    assert ("张小红", "中国人民政治协商会议梅州市梅江区委员会") in posts, sorted(posts)
    assert "中国人民政治协商会议佛山市顺德区委员会" not in agencies, sorted(agencies)
    assert "中共佛山市顺德区委员会" not in agencies, sorted(agencies)
    assert "中共梅州市梅江区委员会" in agencies, sorted(agencies)
    # a city's committee is the travellers' too
    agencies, posts = _bodies_and_posts(
        "惠州市惠阳区政协赴江门台山等地考察\n为落实市委部署，区政协主席陈立带队赴江门台山市、江门开平市考察。"
        "在台山市，考察组参观了台山市的侨乡文化街区。")
    assert ("陈立", "中国人民政治协商会议惠州市惠阳区委员会") in posts, sorted(posts)
    assert "中共台山市委员会" not in agencies and "中共江门市委员会" not in agencies, sorted(agencies)


def test_the_other_party_of_a_designations_members_is_no_member():
    progs, links = programmes_and_links(
        "苏州、扬州、泰州三市农商行分别与苏州东山镇等首批3家全国乡村旅游重点镇签了授信合作协议。")
    assert "全国乡村旅游重点镇" in progs, sorted(progs)
    assert ("东山镇", "全国乡村旅游重点镇") in links, sorted(links)
    for city in ("苏州市", "扬州市", "泰州市"):
        assert (city, "全国乡村旅游重点镇") not in links, sorted(links)


def test_a_key_task_before_a_coordination_ends_the_first_object():
    progs, links = programmes_and_links("近年来，漳浦县实施乡村振兴6项重点工作和乡村风貌提升三年行动，村容村貌明显改善。")
    assert "乡村风貌提升三年行动" in progs, sorted(progs)
    assert not any("重点工作和" in p for p in progs), sorted(progs)
    assert ("漳浦县", "乡村风貌提升三年行动") in links, sorted(links)
    progs, _ = programmes_and_links("建阳区推进十项重点任务和城乡环境整治百日攻坚行动。")
    assert "城乡环境整治百日攻坚行动" in progs, sorted(progs)


def test_announcing_an_upgrade_of_a_quoted_plan():
    progs, links = programmes_and_links("浙江省农业农村厅同时宣布升级“农村电商进村行动计划”，新设服务站。")
    assert ("浙江省农业农村厅", "农村电商进村行动计划") in links, sorted(links)
    progs, _ = programmes_and_links("该县优化升级“智慧停车助手”，方便群众。")
    assert not progs, sorted(progs)


def test_a_count_of_towns_signing_stands_for_the_towns_named_before():
    progs, links = programmes_and_links(
        "近日，福建武平县岩前镇、江西会昌县筠门岭镇、广东蕉岭县长潭镇在岩前镇联合举办三镇农特产品展销会。"
        "仪式上，三镇签订了《闽粤赣边三镇联防联治协作协议》。")
    name = "《闽粤赣边三镇联防联治协作协议》"
    assert name in progs, sorted(progs)
    for town in ("岩前镇", "筠门岭镇", "长潭镇"):
        assert (town, name) in links, sorted(links)


def test_a_quoted_brand_with_a_counted_belt():
    progs, links = programmes_and_links("在佛山顺德区，考察组首先来到杏坛镇，了解顺德区“水韵岭南”文旅三带推进情况。")
    assert "水韵岭南文旅三带" in progs, sorted(progs)
    assert ("顺德区", "水韵岭南文旅三带") in links, sorted(links)
    progs, _ = programmes_and_links("傍晚，游客聚在“老街”一带看灯。")
    assert not progs, sorted(progs)


def test_each_town_and_township_government_is_no_one_body():
    agencies, _ = _bodies_and_posts("嵊州市人民政府关于表彰先进的通报\n各镇、乡人民政府，各街道办事处，市府各部门：\n"
                                    "去年，甘霖镇全力推进美丽乡村建设。")
    assert "嵊州市人民政府" in agencies, sorted(agencies)
    assert not any(a.endswith(("镇人民政府", "乡人民政府")) for a in agencies), sorted(agencies)
    # a town's government printed in full after another town is still read
    agencies, _ = _bodies_and_posts("嵊州市召开会议。甘霖镇、长乐镇人民政府负责人参加。")
    assert any(a.endswith("长乐镇人民政府") for a in agencies), sorted(agencies)
