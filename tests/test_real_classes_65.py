"""Classes the sixty-fifth own programme set showed (passages rewritten from real news of culture, tourism and
civilisation-creation schemes in 江西, 山西, 吉林, 广西, 四川 and 安徽: a province's tourism development committee and its
demonstration-zone meeting, a county's national all-for-one tourism zone, a ministry's list of traditional villages, a
province's reading season, a region's key tourism villages, a city's civilised-city headquarters, a province's
intangible-heritage items), each row a text written for this test, with other places and names than the set's.

- A tourism development committee printed by its short form (省旅发委主任某, 某市旅发委主任某): no body was read, so its
  head was lost or read as a mere person (AgencyAbbrev 旅发委 → 旅游发展委员会).
- A task group's name that opens with its verb and holds 全国 (某市创建全国文明城市指挥部): 全 stopped the free name, so
  only 全国文明城市指挥部, a national body of no place, was read (AgencyInnerWord 全国 "task", allowed only in a name that
  opens with a CommitteeTaskVerb before a head that takes any body).
- A clause opened by 其中 after a list of a designation's members (…入选，分别是甲村和乙村，其中甲村曾获评“…”): the honour
  in it was given to every member before 其中 and became the heading of the next sentence's list (某市有3个村入选：…),
  while the members, in a sentence naming a programme, lost the designation named before; the list now ends at 其中, the
  honour's members follow it, and a designation inside such a clause heads no list (AmongLead, no new vocabulary).
- A quoted event a province or city set up (吉林2015年创设“吉林省全民阅读宣传周”和“吉林省全民阅读月”): 创设 governed no
  programme, so neither quoted name was read (ProgrammeVerb 创设 "strong").
"""
import pytest

from conftest import check_reading


ABBREV_ROWS = [
    ("a province's tourism committee by its short form, its head with two titles",
     "湖南省旅游发展委员会近日召开全省旅游工作会议。省旅发委党组书记、主任李建华出席并讲话。",
     {("Official", "李建华"), ("Agency", "湖南省旅游发展委员会")},
     {("李建华", "holdsPost", "湖南省旅游发展委员会")},
     set()),
    ("a city's tourism committee by its short form",
     "会上，岳阳市旅发委主任张卫国介绍了全市乡村旅游工作。",
     {("Official", "张卫国"), ("Agency", "岳阳市旅游发展委员会")},
     {("张卫国", "holdsPost", "岳阳市旅游发展委员会"), ("岳阳市旅游发展委员会", "locatedIn", "岳阳市")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ABBREV_ROWS, ids=[r[0] for r in ABBREV_ROWS])
def test_tourism_committee_short_form(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


TASK_GROUP_ROWS = [
    ("a city's civilised-city headquarters holding 全国",
     "3月5日，绵阳市创建全国文明城市指挥部召开专题会议，部署迎检工作。",
     {("Agency", "绵阳市创建全国文明城市指挥部")},
     {("绵阳市创建全国文明城市指挥部", "locatedIn", "绵阳市")},
     {"全国文明城市指挥部"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TASK_GROUP_ROWS, ids=[r[0] for r in TASK_GROUP_ROWS])
def test_task_group_holding_national_scope(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_national_headquarters_not_opened_by_another_verb(nlp):
    """Guard: a meeting of a national headquarters attended by a city's people is no body of the city."""
    got, _ = check_reading(nlp, "德阳市派员参加全国防汛抗旱指挥部会议。", set(), set(), set())
    assert not any(t == "Agency" and n.startswith("德阳市") for t, n in got), sorted(got)


AMONG_ROWS = [
    ("two members, one singled out by 其中 for an honour of its own",
     "近日，文化和旅游部公布第三批全国乡村旅游重点村名单。遵义市有两个村入选，分别是播州区枫香镇花茂村和湄潭县兴隆镇龙凤村，"
     "其中花茂村曾获评“中国美丽休闲乡村”。",
     {("Place", "花茂村"), ("Place", "龙凤村")},
     {("花茂村", "implements", "全国乡村旅游重点村"), ("龙凤村", "implements", "全国乡村旅游重点村")},
     set(),
     {("龙凤村", "implements", "中国美丽休闲乡村")}),
    ("the next sentence's list after a 其中 clause naming an honour",
     "近日，文化和旅游部公布第三批全国乡村旅游重点村名单。遵义市有两个村入选，分别是播州区枫香镇花茂村和湄潭县兴隆镇龙凤村，"
     "其中花茂村曾获评“中国美丽休闲乡村”。铜仁市有2个村入选：江口县太平镇云舍村、石阡县国荣乡楼上村。",
     {("Place", "云舍村"), ("Place", "楼上村")},
     {("云舍村", "implements", "全国乡村旅游重点村"), ("楼上村", "implements", "全国乡村旅游重点村")},
     set(),
     {("云舍村", "implements", "中国美丽休闲乡村"), ("楼上村", "implements", "中国美丽休闲乡村")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent,absent_facts", AMONG_ROWS, ids=[r[0] for r in AMONG_ROWS])
def test_honour_of_a_clause_opened_by_among(nlp, cls, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)


def test_quoted_events_a_place_set_up(nlp):
    check_reading(nlp, "包头市2019年创设“鹿城全民读书节”和“鹿城读书月”，每年组织各类阅读活动300余场。",
                  {("Programme", "鹿城全民读书节"), ("Programme", "鹿城读书月")},
                  {("包头市", "implements", "鹿城全民读书节"), ("包头市", "implements", "鹿城读书月")},
                  set())
