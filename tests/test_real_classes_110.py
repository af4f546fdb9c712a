"""Classes the hundred-and-tenth own people set showed (a blind sample of inspection and research-visit news: a city
mayor's tour of counties of 吉林市, a list of the city leaders' activities in 景德镇, a provincial secretary's visit to
海口, seconded cadres' survey of 刚察县's towns, a regional chairman's visit to 闽宁镇, a democratic party's survey in
宝坻区, a provincial on-site meeting in 柴湖镇, a mayor's visit to 六都镇), each row a text written for this test, with
other places and names than the set's.

- A credit line's 摄像 (camera) before a name (摄像：某某 撰稿：某某): a role of a footer's credits (CreditLineRole,
  people.jsonl), so that a name of four with no frequent surname is read there.
- The middle and eastern routes of the south-to-north water diversion (南水北调中线工程, 南水北调东线工程): known works
  (Programme, programmes.jsonl).
- A democratic party's branch of a place (民进某区支部, 民盟某县支部): its committee, as 总支部 is (PartyCommittee 支部,
  支部委员会, agency_grammar.jsonl).
- A brand word before a place's short form that another place's name runs on over (美丽新宁夏: 新宁 is a county's short
  form, 宁夏 runs past it): no brand of that county (``_runs_into_place`` in ``kg/ner/programmes.py``).
- A city's own short form ending in 镇 (景德镇) printed bare after a cue in an article that names a county: the city, no
  township of that county (``_city_short`` in the bare townships of ``kg/ner/places.py``).
- A county's short form that names a river before a scenic belt or a water works (沅江百里风光带, 昌江百里风光带,
  丹江口水利枢纽): no place (NotPlaceAfter, places.jsonl).
- The share of the body's work a deputy holds, printed between the body and the title (某区委组织部分管日常工作的副部长某某):
  the department, though 部 + 分 usually opens 部分 (HeadWordAfter, agency_grammar.jsonl), and the post in it
  (TitleModifier, titles.jsonl).
"""
import pytest

from conftest import check_reading


ROWS = [
    # a credit line's camera
    ("a camera credit before a name of four with no frequent surname",
     "摄像：旦增尼玛 撰稿：李华",
     {("Person", "旦增尼玛"), ("Person", "李华")}, set(), set()),
    # known works
    ("the middle route of the water diversion",
     "南水北调中线工程通水以来，淅川县累计向北方送水。",
     {("Programme", "南水北调中线工程")}, set(), {"南水北"}),
    ("the eastern route of the water diversion",
     "南水北调东线工程穿过宝应县。",
     {("Programme", "南水北调东线工程")}, set(), {"南水北"}),
    # a democratic party's branch
    ("a democratic party's county branch and its chair",
     "民盟清河县支部主委王红陪同调研。",
     {("Agency", "中国民主同盟清河县支部委员会"), ("Official", "王红")},
     {("王红", "holdsPost", "中国民主同盟清河县支部委员会")}, set()),
    # a brand before a short form run on over
    ("a brand before 新 and a province's short form",
     "会议要求，加快推进美丽新宁夏建设。",
     set(), set(), {"美丽新宁", "新宁县"}),
    ("another brand before 新 and a province's short form",
     "全力打造健康新宁夏。",
     set(), set(), {"健康新宁", "新宁县"}),
    # a city's short form ending in 镇
    ("a city's short form ending in 镇 after a county's township",
     "在浮梁县瑶里镇调研后，王刚副市长又到景德镇陶瓷博物馆察看。",
     {("Place", "瑶里镇")}, set(), {"景德镇"}),
    # a river before a scenic belt or a water works
    ("a county's short form naming a river before a scenic belt of a hundred li, its city named",
     "益阳市副市长王刚到沅江百里风光带察看。",
     {("Place", "益阳市")}, set(), {"沅江市"}),
    ("a county's short form before a water works, its city named",
     "十堰市副市长王刚到丹江口水利枢纽察看。",
     {("Place", "十堰市")}, set(), {"丹江口市"}),
    # the share of the work a deputy holds
    ("a department, then the share of its daily work, then a deputy",
     "乐都区委组织部分管日常工作的副部长赵刚陪同。",
     {("Agency", "中共海东市乐都区委组织部"), ("Official", "赵刚")},
     {("赵刚", "holdsPost", "中共海东市乐都区委组织部")}, set()),
    ("a bureau, then the share of its daily work, then a deputy",
     "清河县财政局分管日常工作的副局长王强陪同。",
     {("Agency", "清河县财政局"), ("Official", "王强")}, {("王强", "holdsPost", "清河县财政局")}, set()),
    ("a department, then who presides over its daily work, then a deputy",
     "湟中区委宣传部主持日常工作的副部长李娟介绍了情况。",
     {("Agency", "中共西宁市湟中区委宣传部"), ("Official", "李娟")},
     {("李娟", "holdsPost", "中共西宁市湟中区委宣传部")}, set()),
    # controls
    ("a department before 部分 (a part of its cadres) is no department's share",
     "县委统战部部分干部参加。",
     set(), set(), set()),
    ("a brand before a province's short form stays the province's scheme",
     "加快建设美丽宁夏。",
     {("Programme", "美丽宁夏")}, {("宁夏回族自治区", "implements", "美丽宁夏")}, set()),
    ("the city printed in full stays the city",
     "景德镇市副市长王刚到浮梁县调研。",
     {("Place", "景德镇市"), ("Place", "浮梁县")}, {("浮梁县", "partOf", "景德镇市")}, {"景德镇"}),
    ("the county-level city printed in full stays the place",
     "沅江市委书记刘明到南大膳镇调研。",
     {("Place", "沅江市"), ("Agency", "中共沅江市委员会")}, {("刘明", "holdsPost", "中共沅江市委员会")}, set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_110(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
