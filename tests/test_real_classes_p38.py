"""Classes the thirty-eighth programme set (east-west co-operation between 福建 and 宁夏, a province's village-cleaning
campaign, a county's campaigns in its work report, works started in 青海, first secretaries in 陕西 and a banner's projects
in 内蒙古, rewritten from real news) showed.

- A run of quotes printed one after another and closed by 等 and a head (深入开展“到一线去，大干120天”“三大行动、六项竞赛”
  “整洁某县”等行动: ListedCampaignLead in programme_cues.jsonl) names one campaign of that kind in each quote, a comma or 、
  inside it no mark of a slogan; not before a weak or an event's head (“甲、乙”“丙”等活动), and a lone quote with 、 before
  等行动 stays a slogan.
- Quotes printed one after another with no mark between them are one list for their doer (`kg/relations.py`, the anchors of
  coordination): the body or place before the verb carries out the third and later quotes too, not only those within reach
  of the verb.
- A started works whose name joins a works word and a short tail by 及 or 及其 (某某大桥及其引道工程开工, 某某大桥及接线工程:
  WorksInnerJoiner, WorksJoinedPronoun) is read; a name with 及 and no works word before it (产业及配套项目) is not.
- A started works named after 暨 (全省重大项目集中开工暨某州某县某某大桥工程开工仪式: ProjectNameOpenerChar) opens after 暨,
  not at the event's name, and is named without the places printed before it as well (an alias).
- A pairing with a middle word of the kind of help only (沪滇对口协作, 沪滇扶贫协作: PairingMiddle "folded") is the plain
  pairing (沪滇协作), its printed form an alias, so that one cooperation is one node; 湘黔边区协作 keeps its own name.
- A project that opens a clause before 开始在 (NameSubjectNext) is read, and the places after a lead of spreading right
  after a programme, before a verb of taking it up (…项目开始在甲县推广, …项目已在甲镇、乙镇试点: SpreadLead, SpreadVerb in
  relation_cues.jsonl), carry it out.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import programmes_and_links


def test_a_run_of_quoted_campaigns_closed_by_a_head():
    progs, links = programmes_and_links(
        "过去一年，连江县扎实开展“扑下身子，大干90天”“两大攻坚、四项比武”“美丽连江”等行动，发展势头良好。")
    for name in ("扑下身子,大干90天", "两大攻坚、四项比武", "美丽连江"):
        assert name in progs, sorted(progs)
        assert ("连江县", name) in links, sorted(links)
    # not before an event's head, nor a lone quote with 、, nor a theme with a comma
    progs, _ = programmes_and_links("全乡开展“学理论、强本领”“我为乡亲办实事”等活动，反响热烈。")
    assert "学理论、强本领" not in progs, sorted(progs)
    progs, _ = programmes_and_links("该县开展“比学习、赶先进”等行动。")
    assert "比学习、赶先进" not in progs, sorted(progs)
    progs, _ = programmes_and_links("各村围绕“户户动手，天天干净”的主题清扫巷道。")
    assert not progs, sorted(progs)


def test_a_run_of_four_quotes_reaches_its_doer():
    _, links = programmes_and_links("今年，永安市深入推进“项目攻坚年”“作风提升年”“营商环境提升年”“城市更新年”等专项行动。")
    assert {p for d, p in links if d == "永安市"} >= {"项目攻坚年", "作风提升年", "营商环境提升年", "城市更新年"}, sorted(links)


def test_a_started_works_joined_by_ji_qi():
    progs, links = programmes_and_links("4月12日，玛多县黄河源大桥及其引道工程正式开工建设。")
    assert "玛多县黄河源大桥及其引道工程" in progs, sorted(progs)
    assert ("玛多县", "玛多县黄河源大桥及其引道工程") in links, sorted(links)
    progs, _ = programmes_and_links("5月8日，格尔木市昆仑大道及接线工程正式开工。")
    assert "格尔木市昆仑大道及接线工程" in progs, sorted(progs)
    progs, _ = programmes_and_links("今年，县里的产业及配套项目正式开工。")
    assert not progs, sorted(progs)


def test_a_started_works_named_after_ji():
    from conftest import extracted

    r = extracted("6月2日，海北州重点项目集中开工暨门源回族自治县浩门河大桥工程开工仪式在门源县举行。")
    works = [e for e in r.entities if e.type == "Programme"]
    assert [e.name for e in works] == ["门源回族自治县浩门河大桥工程"], [e.name for e in works]
    assert "浩门河大桥工程" in works[0].aliases, works[0].aliases


def test_a_pairing_named_with_the_kind_of_help_is_the_plain_pairing():
    from conftest import extracted

    r = extracted("近年来，沪滇对口协作不断深化，上海市和云南省互派干部。沪滇协作的产业项目陆续落地。")
    pairings = [e for e in r.entities if e.type == "Programme"]
    assert [e.name for e in pairings] == ["沪滇协作"], [e.name for e in pairings]
    assert "沪滇对口协作" in pairings[0].aliases, pairings[0].aliases
    progs, _ = programmes_and_links("湘黔边区协作持续推进。")
    assert "湘黔边区协作" in progs, sorted(progs)


def test_a_project_spreading_to_places_named_after_it():
    progs, links = programmes_and_links("今年，沪滇协作茶叶提质项目开始在勐海县、勐腊县推广，培训茶农300余人。")
    assert "沪滇协作茶叶提质项目" in progs, sorted(progs)
    assert {d for d, p in links if p == "沪滇协作茶叶提质项目"} == {"勐海县", "勐腊县"}, sorted(links)
    _, links = programmes_and_links("目前，“稻渔共生”工程已在永宁县、贺兰县试点，效果良好。")
    assert {d for d, p in links if p == "稻渔共生工程"} >= {"永宁县", "贺兰县"}, sorted(links)
