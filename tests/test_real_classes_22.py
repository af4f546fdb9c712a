"""Classes the twenty-second own people set showed (passages rewritten from real news: people's congress sessions,
delegations and receptions of two places, a department's visit listing officials of three levels), each row a text
written for this test, with other places and names than the set's.

- A list of names closed by a count and a word of address before an appointment's link or a verb of leaving a post
  (任命甲、乙、丙三位同志为…委员; 同意甲、乙两位同志辞去…职务; 甲、乙等12位同志辞去…): each name of the list is an
  official who takes or leaves the post; the count is no name (位同志 read as one, and the names as mere persons).
- A delegation invited or received by the article's own party (并邀请某县党政代表团到…考察) is a guest's: its place casts
  no delegation vote for the article's home county, which had made the host the home of a bare 县委书记 before the
  trip's destination (县委书记某某带队赴某省某县).
- Bodies of farming services printed by their short forms after a county's or a district's 县/区 or a city committee's
  市委 (县畜牧发展中心主任, 区经管站站长, 县农经站站长, 市委农工办主任): the field 畜牧, the stations' short forms (named as
  printed, since their full names vary between 农村经营管理站 and 农村经济经营管理站) and the committee's 农村工作办公室 were
  missing, so the body was lost and its head read as a mere person or with no post.
- A provincial department's 处 printed bare before its head's title after the department's official in a list
  (省某厅党组成员甲、某某处处长乙) is that department's unit, as a bureau's 科 printed bare is the bureau's: the unit was
  read as no one's body and its head as a mere person.
- An appointee or a removed official printed after the title chain of the post he holds now (任命县委副书记甲同志为某县人民
  政府副县长、代理县长; 免去县委常委甲的某局局长职务) keeps that post beside the one the decision names: 县委 right after
  任命 or 免去 was read as no body, and the official read from that chain lost to the appointment's."""
import pytest

from conftest import check_reading

COUNTED_LIST_ROWS = [
    ("an appointment of a list counted without 等",
     "会议经投票表决，决定任命冯晓庆、褚玉川、卫超然三位同志为宁乡市监察委员会委员。",
     {("Official", "冯晓庆"), ("Official", "褚玉川"), ("Official", "卫超然")},
     {("褚玉川", "holdsPost", "宁乡市监察委员会"), ("卫超然", "holdsPost", "宁乡市监察委员会")}, set()),
    ("a resignation of two counted members",
     "会议表决同意赵德明、孙立华两位同志辞去浏阳市人大常委会委员职务。",
     {("Official", "赵德明"), ("Official", "孙立华")}, set(), {"位同志"}),
    ("a resignation of a list counted after 等",
     "会议同意钱世英、郑全福、韩玉兰等12位同志辞去浏阳市人大常委会委员职务。",
     {("Official", "钱世英"), ("Official", "郑全福"), ("Official", "韩玉兰")}, set(), {"位同志"}),
    ("the same in traditional characters",
     "會議同意陸志遠、鄭春蘭兩位同志辭去醴陵市人大常委會委員職務。",
     {("Official", "陆志远"), ("Official", "郑春兰")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", COUNTED_LIST_ROWS, ids=[r[0] for r in COUNTED_LIST_ROWS])
def test_a_counted_list_of_names_takes_or_leaves_the_post(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


GUEST_TEXT = ("望江县党政代表团赴蕲春县学习考察\n"
              "5月8日，县委书记汪立新带队赴湖北省蕲春县学习考察。蕲春县委书记程国华陪同。\n"
              "代表团参观了蕲春县的中药材产业园。汪立新代表望江县党政代表团表示感谢，说蕲春的经验值得学习，"
              "并热情邀请蕲春县党政代表团到望江考察指导。\n")


def test_an_invited_delegation_is_no_home(nlp):
    check_reading(nlp, GUEST_TEXT, {("Official", "汪立新"), ("Official", "程国华")},
                  {("汪立新", "holdsPost", "中共望江县委员会"), ("程国华", "holdsPost", "中共蕲春县委员会")}, set(),
                  absent_facts={("汪立新", "holdsPost", "中共蕲春县委员会")})


SERVICE_BODY_ROWS = [
    ("a county's livestock centre, then its short form",
     "洛南县召开生猪产业推进会。洛南县畜牧发展中心主任高守仁介绍了全县防疫情况，县畜牧发展中心副主任冯红梅作了发言。",
     {("Agency", "洛南县畜牧发展中心"), ("Official", "高守仁"), ("Official", "冯红梅")},
     {("高守仁", "holdsPost", "洛南县畜牧发展中心"), ("冯红梅", "holdsPost", "洛南县畜牧发展中心")}),
    ("a district's farm-management station after its bureau",
     "鄠邑区农业农村局局长马文军、区经管站站长郝建设一同来到石井街道调研。",
     {("Agency", "西安市鄠邑区经管站"), ("Official", "郝建设")}, {("郝建设", "holdsPost", "西安市鄠邑区经管站")}),
    ("a county's rural-economy station",
     "凤县召开农村集体资产清查会议，县农经站站长田志勇部署了清产核资工作。",
     {("Agency", "凤县农经站"), ("Official", "田志勇")}, {("田志勇", "holdsPost", "凤县农经站")}),
    ("a city committee's rural work office",
     "商洛市委农工办主任雷振华参加座谈。",
     {("Agency", "中共商洛市委农村工作办公室"), ("Official", "雷振华")},
     {("雷振华", "holdsPost", "中共商洛市委农村工作办公室")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", SERVICE_BODY_ROWS, ids=[r[0] for r in SERVICE_BODY_ROWS])
def test_farming_service_bodies_by_their_short_forms(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())


def test_a_departments_division_printed_bare_after_its_official(nlp):
    check_reading(nlp, "4月2日，省林业厅党组成员方振宇、造林处处长蒋文涛来到蓝田县调研。",
                  {("Agency", "陕西省林业厅造林处"), ("Official", "蒋文涛")},
                  {("蒋文涛", "holdsPost", "陕西省林业厅造林处"), ("陕西省林业厅造林处", "subOrganizationOf", "陕西省林业厅")},
                  set())


HELD_ROWS = [
    ("an appointee's present post before his name",
     "岚皋县人大常委会举行会议，决定任命县委常委杨文斌同志为岚皋县人民政府副县长。",
     {("杨文斌", "holdsPost", "中共岚皋县委员会"), ("杨文斌", "holdsPost", "岚皋县人民政府")}),
    ("an acting head's present post",
     "紫阳县人大常委会举行会议，任命县委副书记范家栋同志为紫阳县人民政府副县长、代理县长。",
     {("范家栋", "holdsPost", "中共紫阳县委员会"), ("范家栋", "holdsPost", "紫阳县人民政府")}),
    ("a removed official's present post",
     "岚皋县人大常委会举行会议，决定免去县委常委杨文斌的岚皋县财政局局长职务。",
     {("杨文斌", "holdsPost", "中共岚皋县委员会"), ("杨文斌", "holdsPost", "岚皋县财政局")}),
]


@pytest.mark.parametrize("cls,text,facts", HELD_ROWS, ids=[r[0] for r in HELD_ROWS])
def test_a_post_held_before_an_appointment(nlp, cls, text, facts):
    check_reading(nlp, text, set(), facts, set())
