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
- A body issuing a title that confers a designation (某部发布《关于命名第四批…的通知》) with the designation named in a
  later sentence (…被命名为…): the body carried out only the notice; it carries out the designation too now
  (ConferringTitleLead).
- Places joining the ranks of a scheme's builders after its list is published (公布“…”创建名单，甲区、乙区纳入创建序列):
  no lead read them; the words are a trailing lead now (TrailingLead).
- A designation of two kinds of unit (确定…为首批…试点城市和园区，某市名列其中): the second unit joined after the
  designation hid the member named after it; it is skipped now (DesignationJoinedUnit).
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
     "加快推进宜昌、襄阳两市“美丽河湖”建设。",
     {("Programme", "美丽河湖")},
     {("宜昌市", "implements", "美丽河湖"), ("襄阳市", "implements", "美丽河湖")}, set()),
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


DESIGNATION_ROWS = [
    ("a ministry's conferring notice with the designation in the next sentence",
     "3月2日，农业农村部发布《关于命名第四批全国休闲农业重点县的通知》，全国60个县获得命名。我省宁陵县、西峡县被命名为"
     "全国休闲农业重点县。",
     {("Programme", "全国休闲农业重点县")},
     {("农业农村部", "implements", "全国休闲农业重点县"), ("宁陵县", "implements", "全国休闲农业重点县")}, set()),
    ("districts joining the ranks after a quoted list is published",
     "去年，陕西省公布“森林乡镇”创建名单，宝鸡市陈仓区、渭南市华州区纳入创建序列。",
     {("Programme", "森林乡镇")},
     {("陈仓区", "implements", "森林乡镇"), ("华州区", "implements", "森林乡镇")}, set()),
    ("a city named after a designation of cities and parks",
     "国家林草局确定邯郸市等8个城市、石家庄高新区等5个园区为首批林业碳汇试点城市和园区，唐山市名列其中。",
     {("Programme", "林业碳汇试点城市")},
     {("唐山市", "implements", "林业碳汇试点城市")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", DESIGNATION_ROWS, ids=[r[0] for r in DESIGNATION_ROWS])
def test_designation_members_and_conferrers(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
