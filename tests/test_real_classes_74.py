"""Classes the seventy-fourth own programme set showed (passages rewritten from real news of 河南, 湖北, 江西, 山东, 辽宁
and 陕西 on environmental schemes and who carries them out: 无废城市 construction, a city's national carbon-peaking pilot,
rural sewage, the national ecological-civilisation demonstration areas, the three battles for sky, water and soil, rural
waste-sorting pilots, a province's winter air campaign and an inspection's rectification), each row a text written for
this test, with other places, bodies and schemes than the set's.

- A city or county glued to a verb of choosing (确定某市为试点城市, 推荐某县…, 争取某县某项目): the city needed another place
  of its province on the page and a county of two characters was never read; the verbs are words a place may follow now
  (BeforePlaceWord).
- Places listed side by side before a scheme they own, perhaps with their count and a scope word between (推动甲、乙、丙
  三市国家级“…”建设, 支持甲市、乙市“…”创建): only the last place was linked, or none; each place of the run carries it
  out now.
- A run of clauses split by semicolons, each opening with its verb (全县将开展A，…；开展B，…；开展C，…): the third clause
  took no topic, least of all where a place is printed inside the second (某河（某县段）); it goes back over the run to
  the clause that opens with the doer now.
- A clause whose subject is the others of a kind (…2个试点县要…，其他县区各选择1个镇开展…试点): the places of the clause
  before, or the topic of the sentence before, were taken as its doers; they are none now (OthersSubjectLead,
  OthersSubjectUnit).
- A campaign's standing group named right after it (市长、市某某专项行动领导小组组长某某) with the campaign named again
  in the text: the group carries it out now (CampaignGroupHead).
"""
import pytest

from conftest import check_reading


PLACE_ROWS = [
    ("a city chosen as a pilot with no other place of its province",
     "国家林草局确定邯郸市等10个城市为首批试点城市。",
     {("Place", "邯郸市")}, set(), set()),
    ("a county of two characters after 争取",
     "该公司正在争取岚县光伏项目落地。",
     {("Place", "岚县")}, set(), set()),
    ("a county recommended with no other place of its province",
     "省里推荐沁源县参加全国评选。",
     {("Place", "沁源县")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PLACE_ROWS, ids=[r[0] for r in PLACE_ROWS])
def test_place_after_a_verb_of_choosing(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


OWNER_ROWS = [
    ("short city names with their count before a quoted scheme",
     "加快推进宜昌、襄阳两市“海绵城市”建设。",
     {("Programme", "海绵城市")},
     {("宜昌市", "implements", "海绵城市"), ("襄阳市", "implements", "海绵城市")}, set()),
    ("full city names side by side before a quoted scheme",
     "支持淄博市、潍坊市“森林城市”创建。",
     {("Programme", "森林城市")},
     {("淄博市", "implements", "森林城市"), ("潍坊市", "implements", "森林城市")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", OWNER_ROWS, ids=[r[0] for r in OWNER_ROWS])
def test_places_listed_before_the_scheme_they_own(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SEMICOLON_ROWS = [
    ("three campaigns in clauses split by semicolons, a river's county section in the second",
     "栾川县表示将持续发力。今年全县将深入开展“清河行动”，整治排污口120个；深入开展“净空行动”，加强伊河（栾川段）"
     "沿线管控；深入开展“护土行动”，完成地块调查。",
     {("Programme", "护土行动")},
     {("栾川县", "implements", "清河行动"), ("栾川县", "implements", "净空行动"), ("栾川县", "implements", "护土行动")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SEMICOLON_ROWS, ids=[r[0] for r in SEMICOLON_ROWS])
def test_semicolon_run_keeps_its_topic(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


OTHERS_ROWS = [
    ("the other counties' pilot after two pilot counties",
     "按照规划，梁山县、汶上县2个试点县要率先实现全覆盖，其他县区各选择1个镇开展“无废乡镇”试点。",
     {("Programme", "无废乡镇")}, set(), set(),
     {("梁山县", "implements", "无废乡镇"), ("汶上县", "implements", "无废乡镇")}),
    ("the other cities' pilot after a sentence opened by a provincial government",
     "江西省人民政府印发了实施意见。其余地市各选择1个县开展“无废县城”试点。",
     {("Programme", "无废县城")}, set(), set(),
     {("江西省人民政府", "implements", "无废县城")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent,absent_facts", OTHERS_ROWS, ids=[r[0] for r in OTHERS_ROWS])
def test_others_of_a_kind_open_their_own_clause(nlp, cls, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)


GROUP_ROWS = [
    ("a city's campaign group led by the mayor, the campaign named again",
     "宝鸡市召开会议。市长、市扬尘污染治理专项行动领导小组组长李明出席会议。会议要求扎实开展扬尘污染治理专项行动。",
     {("Programme", "扬尘污染治理专项行动"), ("Agency", "宝鸡市扬尘污染治理专项行动领导小组")},
     {("宝鸡市扬尘污染治理专项行动领导小组", "implements", "扬尘污染治理专项行动")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", GROUP_ROWS, ids=[r[0] for r in GROUP_ROWS])
def test_campaign_group_carries_out_its_campaign(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
