"""Classes the twenty-sixth own people set showed (passages rewritten from real news of 福建, 青海, 四川, 湖南, 宁夏 and
广东: a press conference's header, a national delegation, an acting mayor, a 驻村 team, a visit, a CPPCC inspection),
each row a text written for this test, with other places and names than the set's.

- A national people's organisation known by its short name (全国台联副会长某某): it was no body, so its head, printed
  with titles only, was read as a person with no post. (A chain that ends in 会长, 党组书记、会长某某, still makes a
  person: 会长 is a title of associations and companies too, and is read as a post only in the model's vocabulary.)"""
import pytest

from conftest import check_reading

SHORT_NATIONAL_BODY_ROWS = [
    ("Party secretary of the federation leads a group",
     "9月12日，全国台联党组书记孙文涛带领调研组到清河县考察台资企业，县委副书记周立新陪同。",
     {("Official", "孙文涛"), ("Agency", "中华全国台湾同胞联谊会")},
     {("孙文涛", "holdsPost", "中华全国台湾同胞联谊会")}, set()),
    ("the federation's full name in a meeting",
     "中华全国台湾同胞联谊会第十一届理事会第三次会议在京召开，来自各地的理事出席会议。",
     {("Agency", "中华全国台湾同胞联谊会")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SHORT_NATIONAL_BODY_ROWS,
                         ids=[r[0] for r in SHORT_NATIONAL_BODY_ROWS])
def test_short_national_body_holds_its_head(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
