"""Classes the fifty-third own people set showed (passages rewritten from real news of 福建, 贵州, 江西, 安徽 and 陕西
on officials beside firms in investment and project news: a county-level city's signing session with firms named
with a province or a city in brackets, a development zone's ground-breaking by video link, a county's ground-breaking
with a zone's deputy head and a liquor firm's chairman, a county's first batch of projects with its zone's head, a
carmaker's new base in a development zone, a Taiwanese business park signed in traditional characters, a state
construction firm visiting the China-Singapore high-tech zone, a city's signing with a Shanghai state-owned group, a
provincial vice-governor and city secretary meeting a state automobile group's chairman, a zone's ground-breaking of
car-parts projects), each row a text written for this test, with other places and names than the set's.

- A province's or a city's short name in brackets inside a firm's name, between the firm's own name and the rest of it
  (某某(广东)食品股份有限公司, 某某（四川）建材有限公司): read as a mention of the province, a false place (and a false
  partOf of the article's city in it); where a firm is registered is no place of the article (OrgBracketOpen,
  OrgBracketClose: a short form so bracketed before an organisation's head is part of the firm's name).
- The China-Singapore parks (中新某某高新区党工委委员、管委会副主任某某): 中 and 新 stop a body's name, so the zone lost
  中新 and was read under another name; 中新 is a word inside a zone's name (ZoneNameWord).
- A zone's bodies printed by the zone's kind alone after the zone was named with a name of its own in an article about
  its city (某市…。甲开发区党工委书记某某…，开发区党工委副书记、管委会主任某某): the bare 开发区 was read as a zone of the
  city's own (某市开发区), a false body with the deputy's posts; it is the zone named just before, placed in the
  article's city as the printed one is.
- A zone's own name opening with 小 or 大 right after a boundary (某县委书记、小坪经开区党工委书记某某, 。大沥高新区
  管委会…): 小 and 大 stop a body's name, so one character was left and no body was read; right after a boundary they
  open the zone's name (ZoneNameOpenChar).
- A firm's financial director at the end of a chain of titles (某股份有限公司执行副总裁、财务总监某某): no title the people
  rules know, so the person was lost; Role 财务总监.
"""
import pytest

from conftest import check_reading, read_names


FIRM_BRACKET_ROWS = [
    ("a province's short name in half-width brackets inside a firm's name",
     "昨日,岳阳县人民政府与恒泰(四川)建材股份有限公司签订投资协议。",
     {("Place", "岳阳县"), ("Agency", "岳阳县人民政府")},
     {("岳阳县人民政府", "locatedIn", "岳阳县")},
     {"四川省", "四川"}),
    ("a province's short name in full-width brackets inside a firm's name",
     "当天,平江县与华远（广东）食品科技有限公司签约。",
     {("Place", "平江县")},
     set(),
     {"广东省", "广东"}),
    ("a city's short name in brackets inside a development firm's name",
     "澧县县长刘明出席仪式,与宏远(常德)开发有限公司总经理张立军交谈。",
     {("Place", "澧县"), ("Official", "刘明"), ("Person", "张立军")},
     set(),
     {"常德市", "常德"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", FIRM_BRACKET_ROWS, ids=[r[0] for r in FIRM_BRACKET_ROWS])
def test_place_in_brackets_inside_a_firm_name(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


ZONE_ROWS = [
    ("a China-Singapore high-tech zone's two bodies",
     "中新澄湖高新区党工委委员、管委会副主任周海平陪同考察。",
     {("Official", "周海平"), ("Agency", "中共中新澄湖高新区工作委员会"), ("Agency", "中新澄湖高新区管理委员会")},
     {("周海平", "holdsPost", "中共中新澄湖高新区工作委员会"), ("周海平", "holdsPost", "中新澄湖高新区管理委员会")},
     {"中共澄湖高新区工作委员会", "澄湖高新区管理委员会"}),
    ("a high-tech zone printed by its kind alone after its name, in an article about its city",
     "3月9日,常德市召开项目推进会。鼎泰高新区党工委书记王立新介绍情况,高新区党工委副书记、管委会主任赵海波出席。",
     {("Official", "赵海波"), ("Agency", "中共常德市鼎泰高新区工作委员会"), ("Agency", "常德市鼎泰高新区管理委员会")},
     {("赵海波", "holdsPost", "中共常德市鼎泰高新区工作委员会"), ("赵海波", "holdsPost", "常德市鼎泰高新区管理委员会"),
      ("常德市鼎泰高新区管理委员会", "locatedIn", "常德市")},
     {"中共常德市高新区工作委员会", "常德市高新区管理委员会"}),
    ("a development zone printed by its kind alone after its name, in an article about its city",
     "5月6日,衡阳市举行项目集中开工活动。瑞丰开发区党工委书记周建平汇报开工情况,开发区党工委副书记、管委会主任钟卫国参加。",
     {("Official", "钟卫国"), ("Agency", "中共衡阳市瑞丰开发区工作委员会"), ("Agency", "衡阳市瑞丰开发区管理委员会")},
     {("钟卫国", "holdsPost", "中共衡阳市瑞丰开发区工作委员会"), ("钟卫国", "holdsPost", "衡阳市瑞丰开发区管理委员会")},
     {"中共衡阳市开发区工作委员会", "衡阳市开发区管理委员会"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ZONE_ROWS, ids=[r[0] for r in ZONE_ROWS])
def test_zone_bodies(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


ROLE_ROWS = [
    ("an executive vice-president and financial director in a chain",
     "鸿达实业股份有限公司执行副总裁、财务总监林晓燕出席。",
     {("Person", "林晓燕")}, set(), set()),
    ("a financial director after a deputy general manager",
     "签约仪式上,远航科技有限公司副总经理、财务总监郑国华介绍了项目。",
     {("Person", "郑国华")}, set(), set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROLE_ROWS, ids=[r[0] for r in ROLE_ROWS])
def test_firm_executive_titles(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("text,person,zone", [
    ("6月1日,平江县委书记、小坪经开区党工委书记李华明主持签约仪式。", "李华明", "小坪经济技术开发区工作委员会"),
    ("会上,大沥高新区党工委副书记、管委会主任陈志刚作了发言。", "陈志刚", "大沥高新区管理委员会"),
])
def test_zone_named_with_a_character_that_stops_other_names(nlp, text, person, zone):
    """A zone's own name opening with 小 or 大 right after a boundary (、小坪经开区党工委书记某某): 小 stops a body's
    name, so the zone was left with one character and no body was read; it opens the zone's name there."""
    _, facts = read_names(nlp, text)
    assert any(s == person and p == "holdsPost" and o.endswith(zone) for s, p, o in facts), sorted(facts)
