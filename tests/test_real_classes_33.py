"""Classes the thirty-third own people set showed (passages rewritten from real news of 湖南, 贵州, 福建 and 广东: a
city's congress closing, a standing committee's acting mayor, a prefecture's press briefing in traditional characters,
first secretaries of a town-support work team, village cadres among villagers, a town's congress and a county CPPCC's
election), each row a text written for this test, with other places and names than the set's.

- A post left closed by 的职务 (免去某某的某市人民政府副市长、市公安局局长的职务; 接受某某辞去某市人民政府市长的职务): only
  职务 right after the post closed it, so the one removed or resigning was no official; 的 may stand before 职务.
- A removal whose name stands right before the post, with no 的 between (免去某某某市人民政府副市长职务): the name and
  the post were not read; a name followed at once by a title chain that 职务 closes is the one removed.
- A city's intermediate court printed short (市中级法院): 中级法院 is the intermediate people's court; and a
  prefecture-level city's 市法院 is its intermediate court (清远市…市法院 → 清远市中级人民法院), where a county-level city's
  stays its people's court (英德市人民法院).
- 依次 (in turn) after 负责人 and 解难事 (solving hard matters, 解 a surname) after 群众 were read as names (NotAName).
- A village printed right after its county with its town left out (石阡县席家山村): the village and the county were
  read, but no partOf, since the gazetteer's parent of the village is the town; the text puts it in the county, and
  the gazetteer agrees through the town.
- A town's Party committee printed as 镇委, as Guangdong's papers print it (某镇委书记某某, 融入某镇委和各村委): nothing was
  read; 镇委 after a town is its Party committee (not 镇委员, 镇委会).
- A prefecture's safety office and fire brigade printed short (州安委办, 州消防支队, also in traditional characters):
  neither was read; 安委办 is the 安全生产委员会办公室 and 消防 a field of bodies.
- An abbreviated body after a verb of speaking about (说起市委办选派的第一书记某某): 起 was no boundary before 市委, so the
  office was not read; 说起, 谈起 and 提起 may stand before an abbreviated body (BeforeAbbreviationWord).
- Names, then 分别 and a verb of a post, then as many posts as names (甲、乙两名同志分别以全票当选为某镇人民政府镇长和镇人大
  主席团主席): the first was a person and the second nothing; each name takes the post in its place.
"""
import pytest

from conftest import check_reading

POST_LEFT_ROWS = [
    ("a removal closed by 的职务, two posts",
     "会议决定免去周国平的宁德市人民政府副市长、市公安局局长的职务。",
     {("Official", "周国平")},
     {("周国平", "holdsPost", "宁德市人民政府"), ("周国平", "holdsPost", "宁德市公安局")}, set()),
    ("a resignation closed by 的职务",
     "会议决定接受吴建新辞去南平市人民政府市长的职务，报市人民代表大会备案。",
     {("Official", "吴建新")}, {("吴建新", "holdsPost", "南平市人民政府")}, set()),
    ("a removal with no 的 after the name",
     "常委会表决决定：免去林少华龙岩市人民政府副市长、市公安局局长的职务。",
     {("Official", "林少华")},
     {("林少华", "holdsPost", "龙岩市人民政府"), ("林少华", "holdsPost", "龙岩市公安局")}, set()),
    ("a removal with no 的, a two-character name and 职务",
     "会议决定免去郑凯三明市人民政府副市长职务。",
     {("Official", "郑凯")}, {("郑凯", "holdsPost", "三明市人民政府")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", POST_LEFT_ROWS, ids=[r[0] for r in POST_LEFT_ROWS])
def test_a_post_left_closed_by_de_zhiwu_or_printed_right_after_the_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


COURT_ROWS = [
    ("an intermediate court printed short",
     "漳州市人大常委会召开会议，市中级法院院长林海、市检察院检察长陈立列席。",
     {("Agency", "漳州市中级人民法院"), ("Official", "林海")}, {("林海", "holdsPost", "漳州市中级人民法院")},
     {"漳州市中级法院"}),
    ("a prefecture-level city's 市法院",
     "清远市第八届人民代表大会第三次会议开幕。市法院、市检察院领导同志在主席台就座。",
     {("Agency", "清远市中级人民法院")}, {("清远市中级人民法院", "locatedIn", "清远市")}, {"清远市人民法院"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", COURT_ROWS, ids=[r[0] for r in COURT_ROWS])
def test_a_citys_court_printed_short_is_its_intermediate_court(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_county_level_citys_court_printed_short_stays_its_peoples_court(nlp):
    """The same 市法院 in a prefecture-level city and in a county-level city of it: the intermediate court only in the
    first."""
    check_reading(nlp, "清远市召开全市政法工作会议。市法院院长李明出席。",
                  {("Agency", "清远市中级人民法院"), ("Official", "李明")}, {("李明", "holdsPost", "清远市中级人民法院")},
                  {"清远市人民法院"})
    check_reading(nlp, "英德市第十六届人民代表大会第二次会议开幕。市法院院长张建出席。",
                  {("Agency", "英德市人民法院"), ("Official", "张建")}, {("张建", "holdsPost", "英德市人民法院")},
                  {"英德市中级人民法院"})


IN_TURN_ROWS = [
    ("依次 after 负责人",
     "会上，县交通运输局、县住建局负责人依次介绍了本部门的工作安排。", set(), set(), {"依次"}),
    ("解难事 after 群众 (解 a surname)",
     "驻村干部走家串户，帮群众解难事、办实事。", set(), set(), {"解难事"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", IN_TURN_ROWS, ids=[r[0] for r in IN_TURN_ROWS])
def test_in_turn_is_no_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


VILLAGE_AFTER_COUNTY_ROWS = [
    ("a village right after its county, its town left out",
     "走进石阡县席家山村，村里的茶园正在采摘春茶。",
     {("Place", "石阡县"), ("Place", "席家山村")}, {("席家山村", "partOf", "石阡县")}, set()),
    ("the same in a sentence about a village's income",
     "靠着种植油茶，新化县裕华村集体经济收入去年达到30万元。",
     {("Place", "新化县"), ("Place", "裕华村")}, {("裕华村", "partOf", "新化县")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", VILLAGE_AFTER_COUNTY_ROWS,
                         ids=[r[0] for r in VILLAGE_AFTER_COUNTY_ROWS])
def test_a_village_after_its_county_with_its_town_left_out_is_part_of_the_county(nlp, cls, text, entities, facts,
                                                                                 absent):
    check_reading(nlp, text, entities, facts, absent)


TOWN_COMMITTEE_SHORT_ROWS = [
    ("a town's Party committee printed as 镇委, its secretary after it",
     "近日，饶平县钱东镇召开会议，钱东镇委书记许少雄出席并讲话。",
     {("Agency", "中共饶平县钱东镇委员会"), ("Official", "许少雄")},
     {("许少雄", "holdsPost", "中共饶平县钱东镇委员会")}, set()),
    ("镇委 beside the villages' committees, 镇委员 no body",
     "工作队进驻以来，很快融入饶平县钱东镇委和各村委，镇委员会议也请他们列席。",
     {("Agency", "中共饶平县钱东镇委员会")}, {("中共饶平县钱东镇委员会", "locatedIn", "钱东镇")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TOWN_COMMITTEE_SHORT_ROWS,
                         ids=[r[0] for r in TOWN_COMMITTEE_SHORT_ROWS])
def test_a_towns_party_committee_printed_as_zhenwei(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


PREFECTURE_UNITS_ROWS = [
    ("a prefecture's safety office and fire brigade printed short",
     "黔南州召开新闻通气会，州安委办、州消防支队、州交警支队负责人分别通报了有关情况。",
     {("Agency", "黔南布依族苗族自治州安全生产委员会办公室"), ("Agency", "黔南布依族苗族自治州消防支队")},
     {("黔南布依族苗族自治州消防支队", "locatedIn", "黔南布依族苗族自治州")}, set()),
    ("the same in traditional characters",
     "黔南州召開新聞通氣會，州安委辦、州消防支隊負責人分別通報了有關情況。",
     {("Agency", "黔南布依族苗族自治州安全生产委员会办公室"), ("Agency", "黔南布依族苗族自治州消防支队")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PREFECTURE_UNITS_ROWS,
                         ids=[r[0] for r in PREFECTURE_UNITS_ROWS])
def test_a_safety_office_and_a_fire_brigade_printed_short(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


RESPECTIVE_ROWS = [
    ("two names, 分别以全票当选为, two posts joined by 和",
     "江口县永义乡召开人代会，周平、吴红两名同志分别以全票当选为永义乡人民政府乡长和乡人大主席团主席。",
     {("Official", "周平"), ("Official", "吴红")}, {("周平", "holdsPost", "永义乡人民政府")}, set()),
    ("two names, 分别当选为, a town's head and its congress's chairman",
     "1月9日，新化县水车镇召开人代会，刘俊、曾红梅两位同志分别当选为水车镇人民政府镇长和镇人大主席团主席。",
     {("Official", "刘俊"), ("Official", "曾红梅")},
     {("刘俊", "holdsPost", "新化县水车镇人民政府"), ("曾红梅", "holdsPost", "新化县水车镇人民代表大会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", RESPECTIVE_ROWS, ids=[r[0] for r in RESPECTIVE_ROWS])
def test_names_then_respective_posts_pair_each_name_with_its_post(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SPEAKING_OF_ROWS = [
    ("an office after 说起",
     "黔西市驻村干部见闻。村民王阿姨说起市委办选派的第一书记李勇，连连称赞。",
     {("Agency", "中共黔西市委办公室"), ("Official", "李勇")}, set(), set()),
    ("a bureau after 谈起",
     "贞丰县召开座谈会。谈起县农业农村局派驻的工作队，村民们很满意。",
     {("Agency", "贞丰县农业农村局")}, {("贞丰县农业农村局", "locatedIn", "贞丰县")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SPEAKING_OF_ROWS, ids=[r[0] for r in SPEAKING_OF_ROWS])
def test_an_abbreviated_body_after_a_verb_of_speaking_about(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
