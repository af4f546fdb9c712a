"""Classes the thirtieth own people set showed (passages rewritten from real news of 广东, 广西, 福建, 海南, 湖南 and
江西: delegations received by the other side, paired-assistance meetings of two cities or counties, an inspection group's
reception and signing ceremonies), each row a text written for this test, with other places and names than the set's.

- A group of leaders printed with its place (某市领导甲、乙、丙; 某縣領導 in traditional characters): the gazetteer reads
  the place with its level character, so the group title 市领导 was not seen and the names were read as persons; the
  place's last character now begins the group title, and the names are officials with no body."""
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
