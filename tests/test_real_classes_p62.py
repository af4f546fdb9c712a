"""Classes the sixty-second own programme set showed (passages rewritten from real news of 广东, 湖南, 贵州, 陕西, 甘肃
and 福建 on safety, emergency and enforcement campaigns and who carries them out: a city's fire-hazard areas put under
supervision town by town, a province's flood-control headquarters raising its response, a provincial department's
safety leading group on the safety campaign, a county's safety committee office on the 治本攻坚 campaign, a city
government's meeting on the 扫黑除恶 campaign, a provincial inspection team in a district, a governor on a typhoon's
eve, a town's anti-fraud drive), each row a text written for this test, with other places and names than the set's.

- A district abolished and merged into a district of a new name (茂港区, with 电白县 into 电白区 in 2014), printed in
  older news with its towns (茂港区南海街道办): no division, so its towns had no parent; a former division now
  (FormerDivision, former_divisions.jsonl), kept apart from the other former name merged into the same district.
- A township named by an everyday word (新城镇, a GenericPlaceName read only right after its county) listed beside a
  sibling township of the same county (东川镇、河口镇、新城镇及部分村): read as that county's township now, joined by a
  PlaceListJoint before or after the sibling; printed alone (推进新城镇建设) it stays a word.
- A bare deputy head's title opening the sentence after one that named a department with its head (某省某厅厅长某某
  主持召开会议。副厅长、党组成员某某、某某参加会议。): the department's post now, where the sentence before named one
  body of that head only; a title that heads bodies of many kinds (主任) does not reach back, and two such bodies
  before it leave it a role.
- A leading group named by a campaign that holds 专项 (区扫黑除恶专项斗争领导小组组长某某, 县安全生产专项整治工作领导
  小组): 项 is a character no body's free name holds (三项, 项目), so the group was not read, and the chain's official
  with it; 专项 is a word a free name may hold now (AgencyInnerWord, agency_grammar.jsonl).
- A contingency plan printed as a document's title (依据《某省防汛应急预案》, 审议通过了《某市森林火灾应急预案》): 预案
  was no head of a document's title, so no programme was read; a DocumentHead now (programme_cues.jsonl).
"""
import pytest

from conftest import check_reading


FORMER_ROWS = [
    ("a district merged since, with its town",
     "茂港区坡心镇列入全市挂牌督办名单。",
     {("Place", "茂港区"), ("Place", "坡心镇")},
     {("坡心镇", "partOf", "茂港区")},
     set()),
    ("the two former names merged into one district stay two places",
     "电白县霞洞镇、茂港区羊角镇同时开展整治。",
     {("Place", "茂港区"), ("Place", "电白县"), ("Place", "羊角镇"), ("Place", "霞洞镇")},
     {("羊角镇", "partOf", "茂港区"), ("霞洞镇", "partOf", "电白县")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", FORMER_ROWS, ids=[r[0] for r in FORMER_ROWS])
def test_former_districts(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SIBLING_ROWS = [
    ("an everyday-word township after its siblings",
     "督导组到桓台县检查,在起凤镇、田庄镇、新城镇查看台账。",
     {("Place", "新城镇")},
     {("新城镇", "partOf", "桓台县")},
     set()),
    ("an everyday-word township before its sibling",
     "工作组到大悟县,在新城镇、阳平镇开展巡查。",
     {("Place", "新城镇")},
     {("新城镇", "partOf", "大悟县")},
     set()),
    ("the word alone stays a word (a guard)",
     "桓台县推进新城镇建设,起凤镇加快发展。",
     set(), set(), {"新城镇"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SIBLING_ROWS, ids=[r[0] for r in SIBLING_ROWS])
def test_everyday_word_townships_in_a_list(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


DEPUTY_ROWS = [
    ("deputy heads of the department named with its head in the sentence before",
     "11月3日,湖南省水利厅厅长罗建国主持召开厅安全生产会议。副厅长、党组成员孙雪梅、田志刚参加会议。",
     {("Official", "孙雪梅"), ("Official", "田志刚")},
     {("孙雪梅", "holdsPost", "湖南省水利厅"), ("田志刚", "holdsPost", "湖南省水利厅")},
     set()),
    ("the head opening the sentence after the department's meeting",
     "5月6日,陕西省应急管理厅召开专题会议。厅长何晓东主持,副厅长马丽参加。",
     {("Official", "何晓东")},
     {("何晓东", "holdsPost", "陕西省应急管理厅")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", DEPUTY_ROWS, ids=[r[0] for r in DEPUTY_ROWS])
def test_deputy_heads_after_the_department(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_two_departments_before_leave_the_title_a_role(nlp):
    check_reading(nlp, "湖南省水利厅厅长罗建国、湖南省交通运输厅厅长王海波到会。副厅长孙雪梅参加会议。",
                  set(), set(), set(),
                  absent_facts={("孙雪梅", "holdsPost", "湖南省水利厅"), ("孙雪梅", "holdsPost", "湖南省交通运输厅")})


GROUP_ROWS = [
    ("a district's leading group named by a 专项 campaign in a chain",
     "安宁区委书记、区扫黑除恶专项斗争领导小组组长马文华主持会议。",
     {("Official", "马文华"), ("Agency", "兰州市安宁区扫黑除恶专项斗争领导小组")},
     {("马文华", "holdsPost", "兰州市安宁区扫黑除恶专项斗争领导小组"),
      ("兰州市安宁区扫黑除恶专项斗争领导小组", "locatedIn", "安宁区")},
     set()),
    ("a county's group for a 专项 rectification",
     "靖远县委副书记、县安全生产专项整治工作领导小组组长张立军出席。",
     {("Official", "张立军"), ("Agency", "靖远县安全生产专项整治工作领导小组")},
     {("张立军", "holdsPost", "靖远县安全生产专项整治工作领导小组")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", GROUP_ROWS, ids=[r[0] for r in GROUP_ROWS])
def test_groups_named_by_a_special_campaign(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


PLAN_ROWS = [
    ("a province's flood plan cited by its headquarters",
     "省防指依据《江西省防汛应急预案》,决定启动防汛Ⅳ级应急响应。",
     {("Programme", "《江西省防汛应急预案》")}, set(), set()),
    ("a city's forest-fire plan adopted",
     "会议审议通过了《宝鸡市森林火灾应急预案》。",
     {("Programme", "《宝鸡市森林火灾应急预案》")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PLAN_ROWS, ids=[r[0] for r in PLAN_ROWS])
def test_contingency_plans(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
