"""Classes the thirtieth own people set showed (passages rewritten from real news of 广东, 广西, 福建, 海南, 湖南 and
江西: delegations received by the other side, paired-assistance meetings of two cities or counties, an inspection group's
reception and signing ceremonies), each row a text written for this test, with other places and names than the set's.

- A group of leaders printed with its place (某市领导甲、乙、丙; 某縣領導 in traditional characters): the gazetteer reads
  the place with its level character, so the group title 市领导 was not seen and the names were read as persons; the
  place's last character now begins the group title, and the names are officials with no body.
- A county-level city or county that its province governs itself (琼海, 万宁, 仙桃), printed bare (来琼海参观考察): a bare
  county name needs its city or province on the page, and it has no city; another place of its province on the page
  (the guests' 海口市) now supports it, so the hosts printed after 我市 get its bodies.
- A county-level city's short form before 县域 (晋江县域实力强, a county's area): 县 was taken as the printed level of a
  former 晋江县, and the city's government printed as 市政府 was named 晋江县人民政府; a level character followed by a
  character that ends no place's name (域, NotAfterPlaceName) is no printed level.
- A commercial bank's branch head or deputy head at a signing (某银行某分行行长某某签订…, 副行长某某、纪委书记某某等出席):
  行长 and 副行长 were no roles, so a name the model alone read stayed out of the graph; they are persons' roles now (a
  bank is no agency).
- A bank's branch named by a city's short form (工商银行上饶分行, in a county of that city): the short form was read as the
  city, with the county's partOf; 分行 and 支行 after a short form make it part of the bank's name, as 银行 and 日报 do."""
import pytest

from conftest import check_reading

GLUED_GROUP_TITLE_ROWS = [
    ("a county-level city's leaders listed after the hosts",
     "签约仪式结束后，浏阳市领导陈卫平、李思远、周婷陪同客人参观了花炮产业园。",
     {("Official", "陈卫平"), ("Official", "李思远"), ("Official", "周婷")}, set(), set()),
    ("a district's leaders at a joint meeting",
     "联席会议上，两地签署了劳务协作协议。南海区领导黄志成、梁嘉欣，百色市领导农立新参加会议。",
     {("Official", "黄志成"), ("Official", "梁嘉欣"), ("Official", "农立新")}, set(), set()),
    ("a county's leaders in traditional characters",
     "考察期間，惠安縣領導林志遠、陳美玲、郭建華陪同代表團調研石雕產業。",
     {("Official", "林志远"), ("Official", "陈美玲"), ("Official", "郭建华")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", GLUED_GROUP_TITLE_ROWS,
                         ids=[r[0] for r in GLUED_GROUP_TITLE_ROWS])
def test_a_group_title_glued_to_its_place_makes_officials(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


PROVINCE_GOVERNED_COUNTY_ROWS = [
    ("a Hainan county-level city printed bare in the headline, its hosts after 我市",
     "两个代表团来万宁参观考察\n本刊讯 8月3日上午，三亚市委常委、副市长林海涛带领三亚市代表团来我市学习考察。"
     "市委书记陈志宏，市委副书记、市长吴晓东陪同考察。",
     {("Place", "万宁市"), ("Official", "陈志宏"), ("Official", "林海涛")},
     {("陈志宏", "holdsPost", "中共万宁市委员会"), ("吴晓东", "holdsPost", "万宁市人民政府"),
      ("林海涛", "holdsPost", "三亚市人民政府")}, set()),
    ("a Hubei city the province governs itself, beside a sibling",
     "潜江市党政代表团来仙桃考察交流，参观了两家无纺布企业。",
     {("Place", "仙桃市"), ("Place", "潜江市")}, set(), set()),
    ("the same short form in a building's name, no place of its province on the page",
     "修缮一新的文昌阁重新开放，游客纷纷前来参观。",
     set(), set(), {"文昌市", "文昌"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PROVINCE_GOVERNED_COUNTY_ROWS,
                         ids=[r[0] for r in PROVINCE_GOVERNED_COUNTY_ROWS])
def test_a_county_the_province_governs_is_read_beside_a_sibling(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


COUNTY_AREA_ROWS = [
    ("a county-level city's government named beside its 县域 economy",
     "南安市委、市政府高度重视民营经济，南安县域经济总量连续多年位居全省前列。",
     {("Agency", "南安市人民政府"), ("Agency", "中共南安市委员会")}, set(), {"南安县人民政府", "南安县"}),
    ("the same in traditional characters",
     "這次考察得到石獅市委、市政府的大力支持，石獅縣域實力強、民營經濟活。",
     {("Agency", "石狮市人民政府")}, set(), {"石狮县人民政府", "石狮县"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", COUNTY_AREA_ROWS, ids=[r[0] for r in COUNTY_AREA_ROWS])
def test_a_county_area_word_is_no_printed_level(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def _graph_people(text: str) -> set[tuple[str, str]]:
    """(type, name) of the people and officials in the graph built from ``text`` (what a build keeps of them)."""
    from kg.extraction import extract
    from kg.graph import build_graph
    from kg.ingest import decode_bytes

    G = build_graph([extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))])
    return {(d["type"], d["name"]) for _, d in G.nodes(data=True) if d.get("type") in ("Person", "Official")}


BANK_HEAD_ROWS = [
    ("a commercial bank's branch head and deputy head at a county's signing",
     "12日，县人民政府与农业银行抚州分行举行战略合作签约仪式。县委副书记、县长陈立新与农业银行抚州分行行长邹明辉签订协议，"
     "农业银行抚州分行副行长黄丽萍、纪委书记邱建军等出席。",
     {("Person", "邹明辉"), ("Person", "黄丽萍"), ("Official", "陈立新")}),
    ("the same in traditional characters",
     "簽約儀式上，中國建設銀行贛州分行副行長溫曉東、紀委書記謝光明等出席，縣長劉永誠致辭。",
     {("Person", "温晓东"), ("Official", "刘永诚")}),
]


@pytest.mark.parametrize("cls,text,people", BANK_HEAD_ROWS, ids=[r[0] for r in BANK_HEAD_ROWS])
def test_a_commercial_bank_head_is_a_person(cls, text, people):
    got = _graph_people(text)
    assert people <= got, sorted(got)


BANK_BRANCH_ROWS = [
    ("a bank's branch named by the short form of the county's city",
     "4月8日，南丰县人民政府与建设银行抚州分行签订战略合作协议，县委副书记、县长陈立新出席签约仪式。",
     {("Official", "陈立新"), ("Place", "南丰县")}, set(), {"抚州市"}),
    ("the same in traditional characters",
     "黎川縣人民政府與農業銀行撫州分行舉行簽約儀式，農業銀行撫州分行副行長在會上介紹了涉農貸款情況。",
     {("Place", "黎川县")}, set(), {"抚州市"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BANK_BRANCH_ROWS, ids=[r[0] for r in BANK_BRANCH_ROWS])
def test_a_bank_branch_name_holds_no_place(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
