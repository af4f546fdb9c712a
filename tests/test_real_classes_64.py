"""Classes the sixty-fourth own people set showed (passages rewritten from real news of cross-region delegations and
paired-assistance meetings: 广东 with 贵州 and 广西, 福建 with 宁夏, 天津 with 甘肃, 北京 with 内蒙古, 山东 with 青海,
浙江 with 四川, each from the host's or the visitor's paper, with long lists of both sides' officials and officials
seconded from one province to another), each row a text written for this test, with other places and names than the
set's.

- A title with a bracketed note of the official's secondment (副州长（援青）, 副县长（援藏）, 副市长(援疆)): the name after
  it was lost with all its posts (TitleSuffix （援青）, （援藏）, （援疆）, （援派）, each in both bracket forms).
- A host province's 省委 and 省长 in its own paper, after a visiting autonomous region's officials (宁夏回族自治区党委书记
  甲…来闽考察，省委书记乙、省长丙陪同): 省委 went to the region, the province named most, though no region's committee
  is a 省委; 省 now names a home whose name ends with 省, the one the article names most where the home is a region or a
  municipality (JurisdictionAbbrev 省 "name_ends").
- A region's 自治区党委 in a region's paper after a visiting municipality's officials (北京市委书记甲…和自治区党委书记乙),
  where the text prints no region but its places (乌兰察布市商都县): 自治区党委 went to the municipality's committee; a
  name-ending abbreviation with no such division printed now names the one that holds the places the article names
  most, and none where no named place lies in one.
- A dateline's bracket whose role word follows a place's name with no blank (某某网讯（庆阳融媒记者 刘阳）): the place
  (庆阳, 金昌) was read as a reporter's name; a run the gazetteer knows right before a role word is the outlet's place.
"""
import pytest

from conftest import check_reading


SECONDED_ROWS = [
    ("a deputy prefect seconded to 西藏",
     "昌都市委常委、副市长（援藏）王建国出席座谈会。",
     {("Official", "王建国")},
     {("王建国", "holdsPost", "中共昌都市委员会"), ("王建国", "holdsPost", "昌都市人民政府")},
     set()),
    ("a deputy county head seconded to 新疆, half-width brackets",
     "伽师县委副书记、副县长(援疆)孙立平陪同调研。",
     {("Official", "孙立平")},
     {("孙立平", "holdsPost", "中共伽师县委员会"), ("孙立平", "holdsPost", "伽师县人民政府")},
     set()),
    ("a deputy prefect seconded to 青海 in a list",
     "果洛州委副书记、州长王大勇，州委副书记、副州长（援青）陈江参加座谈。",
     {("Official", "王大勇"), ("Official", "陈江")},
     {("陈江", "holdsPost", "果洛藏族自治州人民政府")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SECONDED_ROWS, ids=[r[0] for r in SECONDED_ROWS])
def test_seconded_note_after_a_title(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


LEVEL_ROWS = [
    ("a host province's 省委 after a visiting region's officials",
     "5月8日至10日，新疆维吾尔自治区党委书记王明、自治区主席李华率自治区党政代表团来湘考察，省委书记张强、省长刘东分别陪同。"
     "湖南省领导赵红参加有关活动。",
     {("Official", "张强"), ("Official", "刘东"), ("Official", "王明")},
     {("张强", "holdsPost", "中共湖南省委员会"), ("刘东", "holdsPost", "湖南省人民政府"),
      ("王明", "holdsPost", "中共新疆维吾尔自治区委员会"), ("李华", "holdsPost", "新疆维吾尔自治区人民政府")},
     {("张强", "holdsPost", "中共新疆维吾尔自治区委员会")}),
    ("a host region's 自治区党委 after a visiting municipality's officials, the region unprinted",
     "天津市委书记张平，天津市委副书记、市长刘勇和自治区党委书记马强，自治区党委副书记、自治区主席赵军一同考察。"
     "代表团来到和田地区于田县，走访慰问脱贫群众。",
     {("Official", "马强"), ("Official", "赵军")},
     {("马强", "holdsPost", "中共新疆维吾尔自治区委员会"), ("赵军", "holdsPost", "新疆维吾尔自治区人民政府"),
      ("张平", "holdsPost", "中共天津市委员会")},
     {("马强", "holdsPost", "中共天津市委员会"), ("赵军", "holdsPost", "中共天津市委员会")}),
    ("a municipality's own paper: 市委 stays the municipality's, 省委 names none of it",
     "北京市委书记张平主持会议，市委副书记、市长刘勇讲话。",
     {("Official", "刘勇")},
     {("刘勇", "holdsPost", "中共北京市委员会"), ("刘勇", "holdsPost", "北京市人民政府")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent_facts", LEVEL_ROWS, ids=[r[0] for r in LEVEL_ROWS])
def test_abbreviation_names_a_home_of_its_level(nlp, cls, text, entities, facts, absent_facts):
    check_reading(nlp, text, entities, facts, set(), absent_facts=absent_facts)


BYLINE_ROWS = [
    ("a county outlet's place before 融媒记者",
     "本报讯（金昌融媒记者 王丽）7月6日，调研组来我市调研。",
     {("Person", "王丽")}, set(), {"金昌"}),
    ("a city site's dateline and its outlet's place",
     "平凉网讯（平凉融媒记者 马强）3月2日，考察团来我市考察。",
     {("Person", "马强")}, set(), {"平凉"}),
    ("a reporter's name before a role word is still read (a name no place)",
     "本报讯（记者 王丽 通讯员 张红）7月6日，调研组来我县调研。",
     {("Person", "王丽"), ("Person", "张红")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BYLINE_ROWS, ids=[r[0] for r in BYLINE_ROWS])
def test_outlet_place_before_a_role(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
