"""Classes the hundred-and-twenty-fourth own people set showed (a blind sample of commendation news and lists of named
people: the “北京榜样” awards (北京), the city's list of commendation items (天津), 上海's national model workers, a city's
commendations of schools and teachers in 南通 (江苏), the province's commendations of 济南's Taiwan affairs offices
(山东), a union committee's nominees for May Day awards (湖北), nominees for national greening awards (海南), the
region's decision commending the units and people of a horticultural fair (宁夏)), each row a text written for this
test, with other places and names than the set's.

- Occupations before a name (电焊工, 投递员, 培训师, 领班, 总领班): roles (roles.jsonl), so the name after one is a person.
- 名誉 before a title (研究所名誉所长某某): a title modifier (TitleModifier, titles.jsonl), so the name after it is read.
- One name right after the word that opens a counted list (授予某某等59名同志): the name was dropped, its character
  before being no boundary; a CountedListLead right before it opens the list (``_roles`` in ``kg/ner/people.py``).
- A list of names that a bare count closes, without 等 (推荐甲、乙、丙3名同志为…): the last name before the count and
  the names listed before it are people (BareCountNoun 同志; 推荐 a CountedListLead).
- People each printed right after the name of a unit, a school, a college, a firm (甲中学某某、乙大学某某和丙学院某某
  等N人, or after 有N人：): none was read; each item of such a list whose unit ends in a ListedUnitEnd names a person
  after it (``_unit_list``; ListedUnitEnd, UnitListOpen, CountListColon in people.jsonl).
- A national body's unit with a long name (生态环境部长江流域生态环境监督管理局): past ten characters the unit was not
  read, and 部长 in 生态环境部长江 read as the title of an official 江流域; a national body's unit may hold up to 14
  characters before its head (``_free_subunit``, ``kg/ner/agencies.py``).
- 中国地质调查局, a national body (agencies.jsonl): its centres (某地质调查中心) are read as its units.
- 台办 named in full as the government's office (人民政府台湾事务办公室, as 侨办 and 外事办 are; agency_abbreviations.jsonl).
- A laboratory's head (某重点实验室主任某某): 实验室 an institution whose title needs no body (InstitutionHead "title").
- The head of an institution's unit printed between the institution and the title (某医院内镜中心主任某某, 某医院内科主任
  某某): the title was not read, its character before being no boundary; a unit's end (InstitutionUnitEnd 中心, 科, 室) after
  an institution whose title needs no body lets it start (``_title_start_ok``), and the name is a person.
- 民警 of a police 总队, 支队 or 大队 (某公安局治安总队民警某某): the post held in that unit (Post "held_in", titles.jsonl).
- A post after 是, a body and 的 (某某是某局的一名民警): held in that body (NameBodyCopula, BodyTitleLink; ``_title_at``).
- 对外开放, a field of government work whose 对 cut the free name (市对外开放工作领导小组办公室; agency_fields.jsonl).
- The capital's committee for spiritual civilisation and its office (首都文明委, 首都文明办; agencies.jsonl).
"""
import pytest

from conftest import check_reading

ROWS = [
    # occupations before a name
    ("a welder and a postman after their firms",
     "港务集团机修分公司电焊工刘建华、邮政公司城东分公司投递员孙小梅获得奖章。",
     {("Person", "刘建华"), ("Person", "孙小梅")}, set(), set()),
    ("a foreman after his workshop",
     "重型机械厂铸造车间总领班邱国栋被评为工匠。",
     {("Person", "邱国栋")}, set(), set()),
    # 名誉 before a title
    ("an institute's honorary head after it",
     "农业大学植物保护研究所名誉所长罗振邦出席仪式。",
     {("Person", "罗振邦")}, set(), set()),
    # one name right after a counted list's lead
    ("one name after 授予, closed by a count",
     "决定授予陈志远等36名同志“优秀共产党员”称号。",
     {("Person", "陈志远")}, set(), set()),
    # a list closed by a bare count
    ("names after 推荐, closed by a bare count",
     "现推荐郑海涛、林秀英、邬天明3名同志为劳动模范候选人。",
     {("Person", "郑海涛"), ("Person", "林秀英"), ("Person", "邬天明")}, set(), set()),
    ("a bare count after no names reads none",
     "县里推荐3名同志参加培训。",
     set(), set(), {"县里"}),
    # people each after a unit in a counted list
    ("people after their schools, a count closing the list",
     "大会表彰了红旗中学周建平、城东小学吴晓燕和师范学院许文博等3人。",
     {("Person", "周建平"), ("Person", "吴晓燕"), ("Person", "许文博")}, set(), set()),
    ("people after their schools, a count and a colon opening the list",
     "获评优秀教师的有3人：城南中学黄立新、实验小学钱丽和职业技术学院高振宇。",
     {("Person", "黄立新"), ("Person", "钱丽"), ("Person", "高振宇")}, set(), set()),
    ("units listed without people read no person",
     "会议表彰了城南中学、实验小学等5个单位。",
     set(), set(), {"实验小学", "城南中学"}),
    # a national body's unit of a long name
    ("a ministry's basin bureau, 部长 no title inside it",
     "生态环境部长江流域生态环境监督管理局副局长王建国到宜昌调研。",
     {("Agency", "生态环境部长江流域生态环境监督管理局"), ("Official", "王建国")},
     {("生态环境部长江流域生态环境监督管理局", "subOrganizationOf", "生态环境部")}, {"江流域"}),
    ("another basin bureau of the ministry",
     "生态环境部黄河流域生态环境监督管理局在郑州召开会议。",
     {("Agency", "生态环境部黄河流域生态环境监督管理局")},
     {("生态环境部黄河流域生态环境监督管理局", "subOrganizationOf", "生态环境部")}, set()),
    # 中国地质调查局 and its centres
    ("a centre of the geological survey and its head",
     "中国地质调查局南京地质调查中心主任李明远出席。",
     {("Agency", "中国地质调查局南京地质调查中心")},
     {("李明远", "holdsPost", "中国地质调查局南京地质调查中心"),
      ("中国地质调查局南京地质调查中心", "subOrganizationOf", "中国地质调查局")}, set()),
    # 台办 in full
    ("a city's Taiwan affairs office named in full",
     "泉州市台办主任王海出席会议。",
     {("Agency", "泉州市人民政府台湾事务办公室")}, {("王海", "holdsPost", "泉州市人民政府台湾事务办公室")},
     {"泉州市台湾事务办公室"}),
    # a laboratory's head
    ("a laboratory's deputy head after it",
     "省农业科学院作物育种重点实验室副主任王立新介绍了试验进展。",
     {("Person", "王立新")}, set(), set()),
    # the head of an institution's unit
    ("the head of a hospital's centre",
     "市第一人民医院心血管中心主任葛建平介绍了病例。",
     {("Person", "葛建平")}, set(), set()),
    ("the head of a hospital's department",
     "县中医院骨伤科主任柯立群带队义诊。",
     {("Person", "柯立群")}, set(), set()),
    # 民警 of a police 总队
    ("a police officer of a provincial traffic police 总队",
     "浙江省公安厅交通警察总队民警李卫东说，节日期间车流量大。",
     {("Official", "李卫东")}, {("李卫东", "holdsPost", "浙江省公安厅交通警察总队")}, set()),
    # a post after 是, a body and 的
    ("a name, 是, a bureau, 的一名 and the post",
     "刘志刚是安福县公安局的一名民警，多年坚守在基层。",
     {("Official", "刘志刚")}, {("刘志刚", "holdsPost", "安福县公安局")}, set()),
    ("a control: the post right after the bureau after 是",
     "刘志刚是安福县公安局副局长。",
     {("Official", "刘志刚")}, {("刘志刚", "holdsPost", "安福县公安局")}, set()),
    # 对外开放, a field of government work
    ("a province's office of the leading group for opening up",
     "江西省对外开放工作领导小组办公室印发了通知。",
     {("Agency", "江西省对外开放工作领导小组办公室")}, {("江西省对外开放工作领导小组办公室", "locatedIn", "江西省")}, set()),
    # the capital's committee for spiritual civilisation
    ("the capital's committee named short beside a district's department",
     "本次活动由首都文明委和东城区委宣传部联合主办。",
     {("Agency", "首都精神文明建设委员会")}, set(), set()),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_124(nlp, row):
    _label, text, entities, facts, absent, *rest = row
    check_reading(nlp, text, entities, facts, absent, absent_facts=frozenset(rest[0]) if rest else frozenset())
