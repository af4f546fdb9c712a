"""Classes the sixty-first own people set showed (passages rewritten from real news of 甘肃, 青海, 贵州, 内蒙古, 宁夏
and 福建 on deputies and members at provincial and city sessions: a provincial congress's opening with a city's
delegation led by three deputies named by their posts, a city congress's group review with deputies named by their
county's delegation, a provincial congress's opening with its presidium's executive chairs printed in traditional
characters, a herders' village deputy, a provincial CPPCC's plenary with members speaking for city CPPCCs, members
and deputies arriving at a session, a regional presidium's first meeting, regional CPPCC members who head a
democratic party's committee and a firm, a city CPPCC's plenary with its executive chairs and members, a city's
delegation choosing its head and deputy heads), each row a text written for this test, with other places and names
than the set's.

- A name before a word whose first character a name may end with (受某书记某某委托: 委托; 某某一早就到了: 一早):
  the name took 委 or 一 (AfterName 委托, 一早).
- A title, 和 and a province's or a prefecture's short name opening the next body (检察院检察长和宁夏某学院院长):
  和宁夏 was a name (和 is a surname), with the posts before it; a person surnamed 和 is still read (县委书记和某某).
- A CPPCC session's executive chairs (政协第六届某市委员会第三次会议…市委、人大、政府的领导…大会执行主席甲、乙): their
  post went to the city's people's congress, named last before them in passing, not to the CPPCC whose session the
  text names (SessionMeeting: what follows a body named with its session).
- A democratic party's committee printed by the party's short name, its place and 基层委员会 (农工党某盟基层委员会主委某某):
  the body lost the party and its head was not read (PartyCommittee 基层委员会).
- A byline of names a blank apart after 记者： or 作者： and before the next credit (记者：甲 乙 丙 编辑：丁), with a
  four-character name or a given name that begins with a function word: a name in the middle was lost; the names one
  blank apart after a credit's first are read up to the next role and its mark (作者 a CreditLineRole), never a word or
  a rare surname (记者：某某 本报讯).
"""
import pytest

from conftest import check_reading


NAME_END_ROWS = [
    ("a name before 委托",
     "受铜仁市委常委、思南县委书记韩冬委托，思南县人大常委会主任郑凯主持会议。",
     {("Official", "韩冬"), ("Official", "郑凯")},
     {("韩冬", "holdsPost", "中共思南县委员会"), ("郑凯", "holdsPost", "思南县人民代表大会常务委员会")},
     {"韩冬委"}),
    ("a name before 一早",
     "河池市政协委员、民盟河池市委员会主委宋华一早就来到驻地。",
     {("Official", "宋华"), ("Agency", "中国民主同盟河池市委员会")},
     {("宋华", "holdsPost", "中国民主同盟河池市委员会")},
     {"宋华一"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", NAME_END_ROWS, ids=[r[0] for r in NAME_END_ROWS])
def test_name_ends_before_the_word(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CONJUNCTION_ROWS = [
    ("和 and a province's short name opening a university's name",
     "市中级人民法院院长、市人民检察院检察长和广西民族大学校长应邀在主席台就座。",
     set(), set(), {"和广西"}),
    ("和 and another province's short name",
     "县人民法院院长、县人民检察院检察长和云南农业大学校长出席会议。",
     set(), set(), {"和云南"}),
    ("a person surnamed 和 after a title",
     "丽江市玉龙县委书记和建华主持会议。",
     {("Official", "和建华")}, {("和建华", "holdsPost", "中共玉龙纳西族自治县委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CONJUNCTION_ROWS, ids=[r[0] for r in CONJUNCTION_ROWS])
def test_conjunction_before_a_place(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SESSION_ROWS = [
    ("a CPPCC session's executive chairs after the congress named in passing",
     "1月10日下午，政协第九届百色市委员会第四次会议举行第二次全体会议。市委书记黄文，以及市委、人大、政府的其他领导"
     "应邀出席。大会执行主席黄立、韦强在主席台就座。",
     {("Official", "黄立"), ("Official", "韦强")},
     {("黄立", "holdsPost", "中国人民政治协商会议百色市委员会"), ("韦强", "holdsPost", "中国人民政治协商会议百色市委员会")},
     set(),
     {("黄立", "holdsPost", "百色市人民代表大会"), ("韦强", "holdsPost", "百色市人民代表大会")}),
    ("a congress session's executive chairs stay the congress's",
     "2月3日，柳州市第十五届人民代表大会第二次会议开幕。本次会议的执行主席覃明、蓝华在主席台前排就座。",
     {("Official", "覃明")},
     {("覃明", "holdsPost", "柳州市人民代表大会"), ("蓝华", "holdsPost", "柳州市人民代表大会")},
     set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent,absent_facts", SESSION_ROWS, ids=[r[0] for r in SESSION_ROWS])
def test_session_chairs(nlp, cls, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)


PARTY_ROWS = [
    ("民盟, a city, 基层委员会 and a deputy head's title",
     "民盟通辽市基层委员会副主委陈雪梅参加讨论。",
     {("Agency", "中国民主同盟通辽市基层委员会"), ("Official", "陈雪梅")},
     {("陈雪梅", "holdsPost", "中国民主同盟通辽市基层委员会")},
     {"通辽市基层委员会", "通辽市基层委员会副主委员会"}),
    ("民建, a city and 基层委员会",
     "自治区政协委员、民建赤峰市基层委员会主委白晓峰一早就到了驻地。",
     {("Agency", "中国民主建国会赤峰市基层委员会"), ("Official", "白晓峰")},
     {("白晓峰", "holdsPost", "中国民主建国会赤峰市基层委员会"), ("中国民主建国会赤峰市基层委员会", "locatedIn", "赤峰市")},
     {"赤峰市基层委员会", "白晓峰一"}),
    ("九三学社, a league and 基层委员会",
     "九三学社兴安盟基层委员会副主委陈雪梅参加讨论。",
     {("Agency", "九三学社兴安盟基层委员会"), ("Official", "陈雪梅")},
     {("陈雪梅", "holdsPost", "九三学社兴安盟基层委员会")},
     {"兴安盟基层委员会"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PARTY_ROWS, ids=[r[0] for r in PARTY_ROWS])
def test_party_grassroots_committee(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CREDIT_ROWS = [
    ("a four-character name between two in a reporters' credit",
     "委员们陆续报到。\n（呼伦贝尔日报 记者：刘洋 孟和巴图 陈静 编辑：杨帆 校对：吴迪）",
     {("Person", "刘洋"), ("Person", "孟和巴图"), ("Person", "陈静"), ("Person", "杨帆")},
     set(), set()),
    ("a name with 得 after 作者",
     "会议开幕。\n（作者：周琳 马得胜 编辑：何平）",
     {("Person", "周琳"), ("Person", "马得胜"), ("Person", "何平")},
     set(), set()),
    ("the same printed in traditional characters",
     "會議開幕。\n（作者：鄭潔 何得志 編輯：劉平）",
     {("Person", "郑洁"), ("Person", "何得志"), ("Person", "刘平")},
     set(), set()),
    ("a word after a credit's name is no second name",
     "记者：王强 本报讯 \n会议开幕。",
     {("Person", "王强")},
     set(), {"本报讯"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CREDIT_ROWS, ids=[r[0] for r in CREDIT_ROWS])
def test_credit_names_a_blank_apart(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
