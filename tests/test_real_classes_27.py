"""Classes the twenty-seventh own people set showed (passages rewritten from real news of 山东, 安徽, 江苏, 河南 and
浙江: delegations with their hosts, a signing ceremony, a provincial congress's appointments, a county standing
committee's meeting, a district leader's tour), each row a text written for this test, with other places and names
than the set's.

- A host list in which one official's chain opens with the bare 市委 and then prints a county-level city in full
  (市委常委、乙市委书记某某，市委秘书长某某): the next items' 市委 was read as that county-level city, the body printed
  last; an item that opens with the same bare abbreviation and prints a place of its level in full now says that place
  is another than the list's, so the next items keep the article's own city.
- A congress standing committee's general office: printed in full (省人大常委会办公厅主任) it was no body, and printed
  bare after a post of the committee (省人大常委会副秘书长、办公厅主任) it became the province's general office.
- A province's or a city's short form opening a venue's name (某省科技馆, 某县黄山寨农场): the province and the city were
  read as places.
- A county printed only by its short form in a headline, before a term's number and its committee (某县12届县委常委会
  第N次会议), where the page names no city or province: the bare short form was dropped, so were the county's bodies;
  a county renamed since (海安县, now 海安市) was no division at all.
- A byline: a reporter's name after a blank that ends a line of no sentence (某报记者 张三⏎) was the model's alone."""
import pytest

from conftest import check_reading

LIST_ITEM_OTHER_CITY_ROWS = [
    ("hosts after a member who also leads a county-level city",
     "6月9日，湖北省宜昌市市委书记马立新带队到我市考察。市委书记许长江，市委常委、邹城市委书记韩德明，"
     "市委秘书长何冬梅陪同。考察团认为济宁近年发展很快，值得宜昌学习。济宁的做法很有启发。",
     {("Official", "何冬梅"), ("Official", "韩德明")},
     {("何冬梅", "holdsPost", "中共济宁市委员会"), ("韩德明", "holdsPost", "中共邹城市委员会"),
      ("许长江", "holdsPost", "中共济宁市委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LIST_ITEM_OTHER_CITY_ROWS,
                         ids=[r[0] for r in LIST_ITEM_OTHER_CITY_ROWS])
def test_an_item_naming_another_city_does_not_hold_the_list(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent, absent_facts={("何冬梅", "holdsPost", "中共邹城市委员会")})


CONGRESS_OFFICE_ROWS = [
    ("an office's head appointed in full",
     "会议决定任命周文涛为甘肃省人大常委会办公厅主任。",
     {("Official", "周文涛"), ("Agency", "甘肃省人民代表大会常务委员会办公厅")},
     {("周文涛", "holdsPost", "甘肃省人民代表大会常务委员会办公厅")}, set()),
    ("an office printed bare after the committee's post",
     "会议决定免去林海燕的甘肃省人大常委会副秘书长、办公厅主任职务。",
     {("Official", "林海燕"), ("Agency", "甘肃省人民代表大会常务委员会办公厅")}, set(), {"甘肃省办公厅"}),
    ("a county committee's office",
     "县人大常委会办公室主任邓春华主持座谈，城关镇人大主席列席。",
     {("Official", "邓春华")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CONGRESS_OFFICE_ROWS,
                         ids=[r[0] for r in CONGRESS_OFFICE_ROWS])
def test_a_congress_office_is_the_committee_s(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


VENUE_NAME_ROWS = [
    ("a province's short form opens a science museum's name",
     "调研组一行走进浙江科技馆和西溪湿地，了解科普场馆运营情况，萧山区副区长王丽娟陪同。",
     {("Official", "王丽娟")}, set(), {"浙江省"}),
    ("a city's short form opens a stockade's name",
     "考察组随后察看了宁国市黄山寨生态农场和港口镇的茶园。",
     {("Place", "宁国市")}, set(), {"黄山市"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", VENUE_NAME_ROWS, ids=[r[0] for r in VENUE_NAME_ROWS])
def test_a_short_form_opening_a_venue_s_name_is_no_place(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


HEADLINE_COUNTY_ROWS = [
    ("a county's short form before a term and its committee",
     "灵璧15届县委常委会第8次会议\n3月2日，县委书记罗建平主持会议，县委副书记、县长黄志刚出席。",
     {("Place", "灵璧县"), ("Agency", "中共灵璧县委员会"), ("Official", "罗建平")},
     {("罗建平", "holdsPost", "中共灵璧县委员会"), ("黄志刚", "holdsPost", "灵璧县人民政府")}, set()),
    ("a county renamed a city since, its term in characters",
     "宁乡十五届县委常委会第20次会议召开\n会议由县委书记刘光明主持，县委常委陈立新等出席。",
     {("Place", "宁乡县"), ("Agency", "中共宁乡县委员会")},
     {("刘光明", "holdsPost", "中共宁乡县委员会")}, {"宁乡市"}),
    ("the county renamed since, printed in full",
     "海安县委书记沈建国到城东镇调研，县委常委、宣传部长顾小梅陪同。",
     {("Place", "海安县"), ("Agency", "中共海安县委员会"), ("Official", "沈建国")},
     {("沈建国", "holdsPost", "中共海安县委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", HEADLINE_COUNTY_ROWS, ids=[r[0] for r in HEADLINE_COUNTY_ROWS])
def test_a_headline_county_before_its_term_is_the_place(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BYLINE_ROWS = [
    ("a reporter after a paper's name and a blank",
     "市人大常委会举行第九次会议\n大河报·豫视频记者 芮艳丽\n会议听取了市政府关于城市更新工作的报告。",
     {("Person", "芮艳丽")}, set(), set()),
    ("a correspondent alone on a line",
     "省政协召开专题协商会\n本报记者 米晓丹\n5月6日，县委书记冯建军到城关镇调研。",
     {("Person", "米晓丹"), ("Official", "冯建军")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BYLINE_ROWS, ids=[r[0] for r in BYLINE_ROWS])
def test_a_byline_s_name_after_a_blank(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
