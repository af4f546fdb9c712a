"""Classes the thirty-fourth own people set showed (passages rewritten from real news of 黑龙江, 辽宁, 吉林 and 山西: a
city standing committee's appointments, county leaders' visits to towns, forestry bureaus and a state farm, a provincial
CPPCC's election in traditional characters), each row a text written for this test, with other places and names than the
set's.

- An autonomous county printed by its customary abbreviation, which no rule makes from its name (阜蒙县 for
  阜新蒙古族自治县, 喀左县, 前郭县, 杜蒙县): the county was not read, so its secretary was a person and the bodies listed
  after its 县委办 were no one's (CustomaryForm in places.jsonl).
- Fields of bodies the lexicon lacked: 林业和草原 printed bare in a list (县农业农村局、林业和草原局、水利局: the 和 ended
  the field 林业), and 文化广电新闻出版 (任命某某为某市文化广电新闻出版局局长: no body, so the one appointed was nothing).
- A CPPCC committee named with its term between 政协 and the place (政协第十二届某省委员会): the place's committee was read
  as the Party's (中共某省委员会), and those elected to it (选举甲、乙、丙为…常务委员) were persons or nothing.
- A body's term printed right before its abbreviation (十一届省政协副主席甲、乙): no abbreviated body after 届, so the
  former vice-chairmen listed after the title were persons.
- A state farm named by its number (八五六农场, in digits 856农场) and its Party committee printed after 农场 alone
  (农场党委书记甲、副书记乙): no body was read, so the farm's secretaries held no post.
- A commissioner (驻局办事处专员甲): 专员 was no title, so the commissioner was a person.
- A mayor spoken for by another (甲同志代市长乙作…报告): the name before 代 left the title no start, so the mayor was a
  person.
"""
import pytest

from conftest import check_reading

CUSTOMARY_ROWS = [
    ("a county secretary after the county's customary abbreviation",
     "6月3日，喀左县委书记赵文博先后来到公营子镇、南哨街道调研。县委办、县农业农村局、林业和草原局、水利局负责人参加。",
     {("Place", "喀喇沁左翼蒙古族自治县"), ("Agency", "中共喀喇沁左翼蒙古族自治县委员会"), ("Official", "赵文博"),
      ("Agency", "喀喇沁左翼蒙古族自治县林业和草原局"), ("Agency", "喀喇沁左翼蒙古族自治县水利局")},
     {("赵文博", "holdsPost", "中共喀喇沁左翼蒙古族自治县委员会"),
      ("喀喇沁左翼蒙古族自治县林业和草原局", "locatedIn", "喀喇沁左翼蒙古族自治县")}, set()),
    ("a county head after another customary abbreviation",
     "前郭县委副书记、县长孙丽华到查干花镇检查春耕生产。",
     {("Place", "前郭尔罗斯蒙古族自治县"), ("Official", "孙丽华"), ("Agency", "前郭尔罗斯蒙古族自治县人民政府")},
     {("孙丽华", "holdsPost", "前郭尔罗斯蒙古族自治县人民政府")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CUSTOMARY_ROWS, ids=[r[0] for r in CUSTOMARY_ROWS])
def test_an_autonomous_county_by_its_customary_abbreviation(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


FIELD_ROWS = [
    ("林业和草原 listed bare after a county's bureau",
     "桦甸市农业农村局、林业和草原局、财政局负责同志参加了会议。",
     {("Agency", "桦甸市林业和草原局")}, {("桦甸市林业和草原局", "locatedIn", "桦甸市")}, set()),
    ("an appointment to a 文化广电新闻出版局",
     "会议表决任命孙立平同志为安达市文化广电新闻出版局局长。",
     {("Agency", "安达市文化广电新闻出版局"), ("Official", "孙立平")},
     {("孙立平", "holdsPost", "安达市文化广电新闻出版局")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", FIELD_ROWS, ids=[r[0] for r in FIELD_ROWS])
def test_fields_of_forestry_and_of_culture_and_press(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CPPCC_ROWS = [
    ("an election to a CPPCC committee named with its term before the place",
     "会议选举马建华为政协第十一届吉林省委员会副主席，选举刘敏、赵强、钱海峰为政协第十一届吉林省委员会常务委员。",
     {("Agency", "中国人民政治协商会议吉林省委员会"), ("Official", "马建华"), ("Official", "刘敏"), ("Official", "赵强"),
      ("Official", "钱海峰")},
     {("刘敏", "holdsPost", "中国人民政治协商会议吉林省委员会"), ("钱海峰", "holdsPost", "中国人民政治协商会议吉林省委员会")},
     {"中共吉林省委员会"}),
    ("the same in traditional characters (read in simplified forms)",
     "經投票，會議選舉周曉東為政協第十屆遼寧省委員會常務委員。",
     {("Agency", "中国人民政治协商会议辽宁省委员会"), ("Official", "周晓东")},
     {("周晓东", "holdsPost", "中国人民政治协商会议辽宁省委员会")}, {"中共辽宁省委员会"}),
    ("former vice-chairmen by their term before the abbreviation",
     "长春市政协十四届三次会议开幕。担任本届市政协委员的十三届市政协副主席王东升、李慧、高振宇也出席了会议。",
     {("Official", "王东升"), ("Official", "李慧"), ("Official", "高振宇")},
     {("王东升", "holdsPost", "中国人民政治协商会议长春市委员会"), ("高振宇", "holdsPost", "中国人民政治协商会议长春市委员会")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CPPCC_ROWS, ids=[r[0] for r in CPPCC_ROWS])
def test_a_cppcc_committee_with_its_term_before_the_place_or_the_abbreviation(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


FARM_ROWS = [
    ("a numbered state farm and its Party committee by 农场 alone",
     "8月5日，调研组来到八五三农场。在农场党委书记孙立军、副书记韩冬梅陪同下，调研组察看了853农场水稻育秧基地。",
     {("Agency", "八五三农场"), ("Agency", "中共八五三农场委员会"), ("Official", "孙立军"), ("Official", "韩冬梅")},
     {("孙立军", "holdsPost", "中共八五三农场委员会"), ("韩冬梅", "holdsPost", "中共八五三农场委员会")}, {"853农场"}),
    ("a numbered farm with a zero",
     "二九〇农场党委书记刘长河到第三管理区检查秋收。",
     {("Agency", "二九〇农场"), ("Agency", "中共二九〇农场委员会"), ("Official", "刘长河")},
     {("刘长河", "holdsPost", "中共二九〇农场委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", FARM_ROWS, ids=[r[0] for r in FARM_ROWS])
def test_a_state_farm_named_by_its_number(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


TITLE_ROWS = [
    ("a commissioner of a body's office",
     "省林业厅驻局办事处专员吴海涛、副局长马骏出席汇报会。四川省",
     {("Official", "吴海涛"), ("Official", "马骏")}, set(), set()),
    ("a mayor spoken for by another",
     "常委会会议召开。受委托，周海同志代市长陈立新作关于人事任免的提请报告。海伦市",
     {("Official", "陈立新")}, {("陈立新", "holdsPost", "海伦市人民政府")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TITLE_ROWS, ids=[r[0] for r in TITLE_ROWS])
def test_a_commissioner_and_a_mayor_spoken_for(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
