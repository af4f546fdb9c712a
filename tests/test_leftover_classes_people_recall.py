"""Recall classes the own people sets 27-29 left (officials and people the real-news passages print and the graph
missed), each row a text written for this test, with other places and names than the sets'.

- A title chain that ends in an academic rank (某市政协副主席、中国工程院院士某某): 院士 is no post that a chain
  goes on through, so the name was read after the rank alone, a person's; the rank is now read as a status after the
  chain's posts (StatusAfterPost, as 退休干部 is), and the chain's holder is an official with the chain's posts. A rank
  after a chain with no government body (某大学教授、院士某某) still makes a person.
- A list of hosts that prints its jurisdiction once, in a head of government's post (某区副区长甲、农业农村局局长乙、
  副局长丙): the bare bureau after 、 is that jurisdiction's, as it already was after a body printed in full
  (街道党工委书记甲、办事处主任乙); the government a head's title implies after its printed place now carries the
  jurisdiction too, and each further item of the list takes it from the item before (水利局局长丁). A bureau of a
  jurisdiction printed in the item keeps that one.
- A former village secretary named as 老书记 and, in a later sentence, with the post he took (某某当上某村党支部书记;
  GUIDELINES: a person named with his post is an official, the set's gold has him so with the post optional): 当上
  (当上了) was no verb of taking a post, as 担任 and 出任 are, so the name stayed a person's or none."""
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



LIST_JURISDICTION_ROWS = [
    ("a deputy district head, then a bureau's head and deputy head",
     "近日，省农科院专家组到赣州市南康区调研。南康区副区长刘明远、农业农村局局长陈国栋、副局长黄立新陪同调研。",
     {("Official", "刘明远"), ("Official", "陈国栋"), ("Official", "黄立新"), ("Agency", "赣州市南康区农业农村局")},
     {("陈国栋", "holdsPost", "赣州市南康区农业农村局"), ("黄立新", "holdsPost", "赣州市南康区农业农村局"),
      ("赣州市南康区农业农村局", "locatedIn", "南康区")}, set()),
    ("a deputy county head and the heads of two bureaus",
     "市水利专家组日前到永丰县查看灌区建设。永丰县副县长陈国栋、农业农村局局长黄立新、水利局局长周卫东陪同。",
     {("Official", "黄立新"), ("Official", "周卫东")},
     {("黄立新", "holdsPost", "永丰县农业农村局"), ("周卫东", "holdsPost", "永丰县水利局")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LIST_JURISDICTION_ROWS,
                         ids=[r[0] for r in LIST_JURISDICTION_ROWS])
def test_a_bare_bureau_in_a_list_is_the_lists_jurisdictions(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_bureau_of_another_jurisdiction_in_the_list_keeps_its_own(nlp):
    check_reading(nlp, "近日，省农科院专家组到赣州市南康区调研。南康区副区长刘明远、赣州市农业农村局局长陈国栋陪同调研。",
                  {("Official", "陈国栋")}, {("陈国栋", "holdsPost", "赣州市农业农村局")}, set(),
                  absent_facts={("陈国栋", "holdsPost", "赣州市南康区农业农村局")})


TOOK_THE_POST_ROWS = [
    ("a former secretary who took the post in a year",
     "钟祥市柴湖镇红星村的老书记吴长庚今年七十六岁。1987年，吴长庚当上红星村党支部书记，带着村民挖塘养鱼。",
     {("Official", "吴长庚")}, {("吴长庚", "holdsPost", "中共钟祥市柴湖镇红星村支部委员会")}, set()),
    ("the same with 了, in traditional characters",
     "鍾祥市柴湖鎮紅星村的老書記吳長庚今年七十六歲。1987年，吳長庚當上了紅星村黨支部書記，帶著村民挖塘養魚。",
     {("Official", "吴长庚")}, {("吴长庚", "holdsPost", "中共钟祥市柴湖镇红星村支部委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TOOK_THE_POST_ROWS,
                         ids=[r[0] for r in TOOK_THE_POST_ROWS])
def test_a_name_that_took_a_post_is_an_officials(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_taking_up_no_post_makes_no_official(nlp):
    got, _ = check_reading(nlp, "退伍回乡后，村民李春生当上了养殖大户，年收入超过二十万元。", {("Person", "李春生")}, set(), set())
    assert ("Official", "李春生") not in got
