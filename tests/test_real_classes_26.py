"""Classes the twenty-sixth own people set showed (passages rewritten from real news of 福建, 青海, 四川, 湖南, 宁夏 and
广东: a press conference's header, a national delegation, an acting mayor, a 驻村 team, a visit, a CPPCC inspection),
each row a text written for this test, with other places and names than the set's.

- A national people's organisation known by its short name (全国台联副会长某某): it was no body, so its head, printed
  with titles only, was read as a person with no post. (A chain that ends in 会长, 党组书记、会长某某, still makes a
  person: 会长 is a title of associations and companies too, and is read as a post only in the model's vocabulary.)
- A body of the article's own city printed only by its level (市国资委副主任某某带领工作组前往某市某县): the city it
  travels to was the only one printed in full, so the body became that city's; a verb of travelling (前往, 赴) before
  the city's full name in the body's clause now leaves the abbreviation unresolved."""
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


AWAY_ABBREVIATION_ROWS = [
    ("a city bureau's group travels to a county of another city",
     "5月8日，市农业农村局副局长林志强带领考察组前往梅州市大埔县，调研茶叶产业发展和驻镇帮扶项目，"
     "大埔县副县长陈秋燕陪同。",
     {("Official", "林志强"), ("Place", "大埔县")}, set(), {"梅州市农业农村局"}),
    ("a city committee's head goes to another city for talks",
     "市政协副主席黄启明一行赴河源市考察文旅融合工作，双方就加强合作进行了座谈。",
     {("Official", "黄启明")}, set(), {"中国人民政治协商会议河源市委员会"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", AWAY_ABBREVIATION_ROWS,
                         ids=[r[0] for r in AWAY_ABBREVIATION_ROWS])
def test_a_travelling_body_is_not_the_destination_s(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
