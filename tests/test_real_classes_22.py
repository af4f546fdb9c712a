"""Classes the twenty-second own people set showed (passages rewritten from real news: people's congress sessions,
delegations and receptions of two places, a department's visit listing officials of three levels), each row a text
written for this test, with other places and names than the set's.

- A list of names closed by a count and a word of address before an appointment's link or a verb of leaving a post
  (任命甲、乙、丙三位同志为…委员; 同意甲、乙两位同志辞去…职务; 甲、乙等12位同志辞去…): each name of the list is an
  official who takes or leaves the post; the count is no name (位同志 read as one, and the names as mere persons)."""
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

