"""Classes the fifty-seventh own programme set showed (passages rewritten from real news of 内蒙古, 甘肃, 青海, 宁夏, 陕西
and 福建 on ecology schemes and who carries them out: a region's river chiefs told by its water department, a province's
order of its chief forest chief with the 三北 campaign's battles, a province's river-chief plan, national designation
lists of ecological-civilisation areas and “两山” bases, a province's 三北 campaign and its forestry bureau's task force,
a provincial meeting on shelterbelts and sand control, a county's river chiefs and the 清四乱 campaign, a county's
three-level forest chiefs), each row a text written for this test, with other places and names than the set's.

- A vice-chairman or chairman printed right after an autonomous region's name (某某自治区副主席某某), or after the bare
  自治区 in the region's own news: the region's people's government, the one body such a title is printed bare after
  (its congress, CPPCC and federations print their own names); no body was read, so no post.
- A river's short name that is also a city's (嫩江, 黑河) in a list of rivers and lakes (黄河、渭河、嫩江、黑河及青海湖等
  河湖): a river, no place; listed beside other cities (黑河、嫩江、五大连池) it stays a city (WaterBodyEnd,
  places.jsonl).
- A river or lake right before a quoted name that runs on to its head (黄河“几字弯”攻坚战, 长江“十年禁渔”行动): the
  water is part of the campaign's name, which keeps its head (WaterBeforeQuote, programme_cues.jsonl); the quoted words
  alone named a stretch of the river.
- A campaign's battles named by 阻击战 and 歼灭战 (科尔沁沙地歼灭战), and an unquoted name whose two ends of a region
  are joined by a single dash (河西走廊—塔克拉玛干沙漠边缘阻击战): heads of their own now (ProgrammeHead, NamingHead,
  AfterQuoteHead, UnquotedHead), and a dash between two words no longer stops the name.
- 黄河 (the river, 黄 a surname) read as a person where the model took it for a name (…、黄河“几字弯”腹地): a word that
  is no name (NotAName 黄河, 黄海, people.jsonl); after a title (县委书记黄河) it is still a name. The model read it so
  in the passage only, so its row guards the word rather than failing before.
- A county body's short form after 明确 (明确县林长办公室等单位的职责, 会议明确县公安局牵头): 明确 is a word an
  abbreviated body may follow (BeforeAbbreviationWord, agency_grammar.jsonl).
- An island named after its city or county (厦门岛): no division (NotPlaceAfter 岛, places.jsonl), as a lake or a
  mountain named so is none.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a vice-chairman after the region's name",
     "广西壮族自治区副主席韦志明表示,自治区将推进生态保护。",
     {("Official", "韦志明"), ("Agency", "广西壮族自治区人民政府")},
     {("韦志明", "holdsPost", "广西壮族自治区人民政府"), ("广西壮族自治区人民政府", "locatedIn", "广西壮族自治区")},
     set()),
    ("a chairman after the region's name",
     "西藏自治区主席严金海出席会议。",
     {("Official", "严金海"), ("Agency", "西藏自治区人民政府")},
     {("严金海", "holdsPost", "西藏自治区人民政府")},
     set()),
    ("a vice-chairman after the bare 自治区 in the region's news",
     "宁夏回族自治区党委书记马林、自治区副主席杨华到会。",
     {("Official", "杨华"), ("Agency", "宁夏回族自治区人民政府")},
     {("杨华", "holdsPost", "宁夏回族自治区人民政府")},
     set()),
    ("the region's CPPCC and federation keep their own names",
     "新疆维吾尔自治区政协副主席张强、自治区妇联主席李红出席。",
     {("Official", "张强"), ("Official", "李红")},
     {("张强", "holdsPost", "中国人民政治协商会议新疆维吾尔自治区委员会"), ("李红", "holdsPost", "新疆维吾尔自治区妇女联合会")},
     {"新疆维吾尔自治区人民政府"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_region_heads(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


WATER_ROWS = [
    ("rivers listed with a city's short name",
     "4位省领导分别担任黄河、渭河、嫩江、黑河及青海湖等河湖的河长。",
     set(), set(), {"嫩江市", "黑河市"}),
    ("a river after a city's name that ends as a river's",
     "副省长分别担任松花江、嫩江的河长。",
     set(), set(), {"嫩江市"}),
    ("cities listed together stay cities",
     "黑河、嫩江、五大连池等地开展巡查。",
     {("Place", "黑河市"), ("Place", "嫩江市")}, set(), set()),
    ("two river cities in a visit stay cities",
     "省委书记到镇江、九江调研。",
     {("Place", "镇江市"), ("Place", "九江市")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", WATER_ROWS, ids=[r[0] for r in WATER_ROWS])
def test_rivers_in_a_list(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CAMPAIGN_ROWS = [
    ("a river before a quoted campaign with 攻坚战",
     "某省地处黄河“几字弯”腹地,全省打好黄河“几字弯”攻坚战。",
     {("Programme", "黄河几字弯攻坚战")}, set(), {"几字弯"}),
    ("a river before a quoted campaign with 行动",
     "全市实施长江“十年禁渔”行动。",
     {("Programme", "长江十年禁渔行动")}, set(), {"十年禁渔"}),
    ("a sandy land's battle",
     "通辽市全力打好科尔沁沙地歼灭战。",
     {("Programme", "科尔沁沙地歼灭战")}, set(), set()),
    ("a battle whose region's two ends are joined by a dash",
     "酒泉市全力打好河西走廊—塔克拉玛干沙漠边缘阻击战。",
     {("Programme", "河西走廊—塔克拉玛干沙漠边缘阻击战")}, set(), set()),
    ("a double dash after a works' name ends it",
     "实施乡村振兴示范工程——全县各镇都要参与。",
     set(), set(), {"乡村振兴示范工程——全县各镇"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CAMPAIGN_ROWS, ids=[r[0] for r in CAMPAIGN_ROWS])
def test_campaign_names(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


OTHER_ROWS = [
    ("the Yellow River is no person",
     "山西地处吕梁山西麓、黄河“几字弯”腹地,承担着打好黄河“几字弯”攻坚战的任务。",
     set(), set(), {"黄河"}),
    ("a secretary named 黄河 stays an official",
     "县委书记黄河主持会议。",
     {("Official", "黄河")}, set(), set()),
    ("a county office's short form after 明确",
     "武平县建立林长制。该县还明确县林长办公室等单位的职责。",
     {("Agency", "武平县林长办公室")}, {("武平县林长办公室", "locatedIn", "武平县")}, set()),
    ("a county bureau's short form after 明确",
     "武平县召开会议。会议明确县公安局牵头负责。",
     {("Agency", "武平县公安局")}, set(), set()),
    ("an island named after its city",
     "入选名单:福州市晋安区、鼓浪屿、平潭岛、泉州市安溪县。",
     {("Place", "晋安区"), ("Place", "安溪县")}, set(), {"平潭县", "平潭综合实验区"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", OTHER_ROWS, ids=[r[0] for r in OTHER_ROWS])
def test_other_classes(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
