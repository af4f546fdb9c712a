"""Classes the eighty-third own programme set showed (legal, political-legal, safety and double-support schemes and who
carries them out: 全国民主法治示范村（社区）, 全国双拥模范城（县）, 法治政府建设示范, “枫桥式人民法庭”, “法律明白人” and 综治中心),
each row a text written for this test, with other places, names and schemes than the set's.

- A designation whose head is followed by a bracket naming a kind of place of the same tier (全国民主法治示范村（社区）,
  全国双拥模范城（县）): the bracket was read as a second designation with a wrong name (全国民主法治社区) or dropped, and
  the members were linked to the name cut short; the bracket is read as part of the one designation now
  (DesignationAlternativeUnit), named without it and the printed form its alias (so that …（县） and “…城” printed in one
  text or in two are one designation), unquoted or quoted (被命名为“…示范村（社区）”). A kind of another tier (…卫生乡镇（村）,
  …示范镇（点）) still names a second designation.
- 获得 before a designation and 称号 after it (获得全国双拥模范城（县）称号): the verb and the count before it were read into
  the name; 获得 is a lead now, one that confers only where the word of a title follows (获得…提名城市资格 confers none).
- The offices of the committees for governing by law (省委依法治省办, 市委依法治市办, 中央依法治国办) and a city's
  comprehensive-management office (某市综治办): not read, or read as the Party committee itself.
- 示范项目 (a title a body confers on a place's project: 被命名为…全国法治政府建设示范项目) and 平安县市 (获得“省级平安县市”
  称号) were no designation heads; they are now. “一把手”工程 (a measure of effort) was read as a scheme.
- 会同县 in a list of places (长沙市、会同县、汨罗市) was read as the verb 会同 where other counties are the article's; after
  a list's mark it is the county now (VerbCountyListMark).
- A province's court printed short (省法院, 湖南省法院) was named 某省人民法院; a province's court is its high court
  (ProvinceForm, as PrefectureForm names a city's its intermediate court).
- A body with its other name in brackets before the verb (省委依法治省办（省司法厅）把…列入…): only the one in brackets
  carried the scheme out; both do now (BodyAliasOpen, BodyAliasClose).
- A site gone to in one clause (调研组来到某县人民法院某人民法庭，) and the visit's verb opening the next (调研指导“…”创建
  工作): the site, a place or a body, was not linked; where the verb guides (指导, 督导: VisitGuideVerb) it carries the
  scheme out now, as 到某镇调研“…”工作 did (考察, looking only, makes no doer).
- A span of recent years among the adverbs before a verb of gaining a title (近两年连续获得“…”称号): the place was no
  member; it is now (GainAdverb).
- A count of batches before a drive's name (开展两批自治区级…示范创建活动) was read into the name; it stays out now, as a
  batch's ordinal (第二批) did.
- 双牵头 after two titles (市委书记、市长双牵头) was read as an official's name; 撰文 after a name (某某撰文介绍) was read
  into it.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a bracket of a kind of the same tier stays inside the designation's name",
     "日前，司法部、民政部命名第九批全国民主法治示范村（社区），醴陵市白兔潭镇鸭塘村榜上有名。",
     {("Programme", "全国民主法治示范村")},
     {("鸭塘村", "implements", "全国民主法治示范村")},
     {"全国民主法治社区"}),
    ("a city or county in brackets after a model city's head, after 获得 and before 称号",
     "岳阳市、临湘市获得全国双拥模范城（县）称号。",
     {("Programme", "全国双拥模范城")},
     {("岳阳市", "implements", "全国双拥模范城"), ("临湘市", "implements", "全国双拥模范城")},
     {"全国双拥模范县", "市获得全国双拥模范城"}),
    ("a list's title with the bracket, the members after it",
     "民政部公布第十二届全国双拥模范城（县）名单，平凉市、静宁县、庄浪县上榜。",
     {("Programme", "全国双拥模范城")},
     {("静宁县", "implements", "全国双拥模范城"), ("庄浪县", "implements", "全国双拥模范城")},
     set()),
    ("a quoted designation ending in the bracket, conferred on a village",
     "日前，醴陵市白兔潭镇鸭塘村被命名为“全国民主法治示范村（社区）”。",
     {("Programme", "民主法治示范村（社区）")},
     {("鸭塘村", "implements", "民主法治示范村（社区）")},
     set()),
    ("a quoted designation ending in the bracket, before 称号",
     "临湘市、汨罗市获得“湖南省双拥模范城（县）”称号。",
     {("Programme", "湖南省双拥模范城（县）")},
     {("临湘市", "implements", "湖南省双拥模范城（县）"), ("汨罗市", "implements", "湖南省双拥模范城（县）")},
     set()),
    ("guard: a kind of another tier in brackets still names a second designation",
     "湖南省林业局关于认定湖南省森林康养示范镇（点）的通知",
     {("Programme", "湖南省森林康养示范镇"), ("Programme", "湖南省森林康养示范点")},
     set(), set()),
    ("guard: 获得 with no title's word after the name confers nothing",
     "2024年，醴陵市成功获得全国文明城市提名城市资格。",
     set(), set(), {"全国文明城市"}),
]


ROWS += [
    ("a title conferred on a place's project for building law-based government (示范项目 a head after a lead)",
     "平凉市“行政复议规范化建设”被命名为第三批全国法治政府建设示范项目。",
     {("Programme", "全国法治政府建设示范项目")},
     {("平凉市", "implements", "全国法治政府建设示范项目")},
     set()),
    ("a quoted safe-county title before 称号 (平安县市 a head)",
     "去年，临江市获得“省级平安县市”称号。",
     {("Programme", "省级平安县市")},
     {("临江市", "implements", "省级平安县市")},
     set()),
    ("guard: “一把手”工程 is a measure of effort, no scheme",
     "通道县把矛盾纠纷化解作为“一把手”工程，县委书记、县长共同牵头。",
     set(), set(), {"一把手工程", "一把手"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_designations_with_alternative_kinds(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BODY_ROWS = [
    ("a province's office for governing the province by law",
     "近年来，甘肃省委依法治省办持续推进“法律明白人”培养工程。",
     {("Agency", "中共甘肃省委全面依法治省委员会办公室")}, set(), {"中共甘肃省委员会"}),
    ("a city's office for governing the city by law",
     "株洲市委依法治市办牵头开展法治政府建设示范创建。",
     {("Agency", "中共株洲市委全面依法治市委员会办公室")}, set(), {"中共株洲市委员会"}),
    ("the central office for governing the country by law",
     "根据中央依法治国办的安排，各地开展第三批示范创建。",
     {("Agency", "中央全面依法治国委员会办公室")}, set(), set()),
    ("a province's court printed short is its high court",
     "6月3日，湖南省法院召开新闻发布会，通报“枫桥式人民法庭”创建情况。",
     {("Agency", "湖南省高级人民法院")}, set(), {"湖南省人民法院"}),
    ("a city's comprehensive-management office",
     "在衡水市综治办的指导下，冀州区推行综治中心规范化建设。",
     {("Agency", "衡水市社会治安综合治理委员会办公室")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BODY_ROWS, ids=[r[0] for r in BODY_ROWS])
def test_political_legal_offices(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


NAME_ROWS = [
    ("a county whose name opens with a verb, as an item of a list of places",
     "近日，怀化市公布第三届平安建设先进名单，芷江县、会同县、靖州县获评。",
     {("Place", "会同县")}, set(), set()),

    ("双牵头 after two titles is no name",
     "临江市实行市委书记、市长双牵头，市委政法委统筹协调平安建设。",
     set(), set(), {"双牵头"}),
    ("撰文 after a name ends it",
     "甘肃省司法厅副厅长李敏撰文介绍了全省法治政府建设示范创建的做法。",
     {("Official", "李敏")}, set(), {"李敏撰"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", NAME_ROWS, ids=[r[0] for r in NAME_ROWS])
def test_names_after_titles(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


DOER_ROWS = [
    ("a body and its other name in brackets carry out the scheme together",
     "今年，平江县农业农村局（县乡村振兴局）组织实施“一村一品”示范行动。",
     {("Programme", "一村一品示范行动")},
     {("平江县农业农村局", "implements", "一村一品示范行动"), ("平江县乡村振兴局", "implements", "一村一品示范行动")},
     set()),
    ("an office for governing by law with the justice bureau in brackets",
     "今年，株洲市委依法治市办（市司法局）部署开展“法治乡村建设示范”行动。",
     {("Agency", "中共株洲市委全面依法治市委员会办公室")},
     {("中共株洲市委全面依法治市委员会办公室", "implements", "法治乡村建设示范行动"),
      ("株洲市司法局", "implements", "法治乡村建设示范行动")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", DOER_ROWS, ids=[r[0] for r in DOER_ROWS])
def test_doers_under_two_names(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


VISIT_ROWS = [
    ("a court's tribunal visited, the visit's verb opening the next clause",
     "6月5日，市中院调研组来到平江县人民法院长寿人民法庭，调研指导“枫桥式人民法庭”创建工作。",
     {("Programme", "枫桥式人民法庭")},
     {("平江县人民法院长寿人民法庭", "implements", "枫桥式人民法庭")},
     set()),
    ("a town visited, the visit's verb opening the next clause",
     "市领导来到长寿镇，调研指导“美丽乡村”创建工作。",
     set(), {("长寿镇", "implements", "美丽乡村")}, set()),
]


def test_a_site_only_looked_at_after_the_comma_is_no_doer(nlp):
    """Guard: 考察 (looking only) opening the clause after the sites gone to makes none of them the doer."""
    check_reading(nlp, "考察团先后来到平江县、长寿镇金窝村，考察湘赣协作工作。", set(), set(), set(),
                  absent_facts={("金窝村", "implements", "湘赣协作")})


@pytest.mark.parametrize("cls,text,entities,facts,absent", VISIT_ROWS, ids=[r[0] for r in VISIT_ROWS])
def test_sites_visited_before_the_visit_verb(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_span_of_recent_years_before_the_verb_of_gaining_a_title(nlp):
    """近两年连续获得“…”称号: a span of recent years among the adverbs between the place and the verb (GainAdverb)."""
    check_reading(nlp, "临江市近三年连续获得“省级平安县市”称号。", set(),
                  {("临江市", "implements", "省级平安县市")}, set())


def test_a_count_of_batches_before_a_drive_is_no_part_of_its_name(nlp):
    """开展三批省级…示范创建活动: the count of batches (三批) was read into the drive's name; it stays out now."""
    check_reading(nlp, "甘肃先后开展三批省级法治政府建设示范创建活动。", {("Programme", "省级法治政府建设示范创建")}, set(),
                  {"三批省级法治政府建设示范创建"})



def test_the_printed_form_with_its_bracket_is_the_designations_alias():
    from conftest import extracted

    r = extracted("日前，司法部、民政部命名第九批全国民主法治示范村（社区），醴陵市白兔潭镇鸭塘村榜上有名。")
    p = next(e for e in r.entities if e.type == "Programme" and e.name == "全国民主法治示范村")
    assert "全国民主法治示范村（社区）" in p.aliases, p
