"""Recall classes the own people sets 27-29 left (officials and people the real-news passages print and the graph
missed), each row a text written for this test, with other places and names than the sets'.

- A title chain that ends in an academic rank (某市政协副主席、中国工程院院士某某): 院士 is no post that a chain
  goes on through, so the name was read after the rank alone, a person's; the rank is now read as a status after the
  chain's posts (StatusAfterPost, as 退休干部 is), and the chain's holder is an official with the chain's posts. A rank
  after a chain with no government body (某大学教授、院士某某) still makes a person."""
import pytest

from conftest import check_reading

RANK_AFTER_CHAIN_ROWS = [
    ("a city CPPCC vice-chairman who is an academician of engineering",
     "第三届海洋装备论坛在宁波开幕。宁波市政协副主席、中国工程院院士顾明哲出席开幕式并致辞。",
     {("Official", "顾明哲")}, {("顾明哲", "holdsPost", "中国人民政治协商会议宁波市委员会")}, set()),
    ("a provincial congress standing committee's vice-chairman and a bare academician rank",
     "会议由省农业农村厅主办。湖南省人大常委会副主任、院士莫德清作主旨报告。",
     {("Official", "莫德清")}, {("莫德清", "holdsPost", "湖南省人民代表大会常务委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", RANK_AFTER_CHAIN_ROWS,
                         ids=[r[0] for r in RANK_AFTER_CHAIN_ROWS])
def test_a_chain_that_ends_in_an_academic_rank_is_an_officials(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_rank_after_a_chain_of_no_body_stays_a_persons(nlp):
    got, _ = check_reading(nlp, "报告会在杭州举行。某大学教授、中国科学院院士韦子谦作报告。",
                           {("Person", "韦子谦")}, set(), set())
    assert ("Official", "韦子谦") not in got

