"""Classes the sixty-eighth own people set showed (passages rewritten from real news of mass organisations and the
united front: the Youth League's medal list and a county League committee, a women's federation's honoured
households, a city's federation of trade unions, two cities' federations of returned overseas Chinese, a province's
association for science and technology and its federation of the disabled, a democratic party's provincial committee,
a city's federation of industry and commerce with its chambers' heads, a democratic party's city congress; from
四川, 河南, 江苏, 甘肃, 辽宁 and 湖南), each row a text written for this test, with other places and names than the set's.

- A list of names that a count closes, opened by a verb of award (授予甲、乙、丙等30名同志…奖章): only the last name was
  read; every item is now a person (CountedListLead), a Tibetan name the name model doubts too.
- Households honoured by one member's name and listed (全国最美家庭是甲家庭、乙家庭和丙家庭): no name was read; two
  items or more make each name a person (FamilyHonourWord, FamilyListJoint).
- A byline whose outlet's short name runs into the role word (郑报全媒体记者 某某): the outlet (郑报) was read as a
  reporter; a run of three characters or fewer ending in 报 right before the role word is the outlet
  (NewspaperSuffix "before_role").
- A bare title chain right after a verb of election (会议选举副省长、省政府残工委主任某某为省残联主席团主席): the posts
  held now were lost, and with two titles the election too; a title may now start right after such a verb, and a
  description before the name may be a chain of titles.
- A government's unit printed by its short name (省政府残工委, 县政府妇儿工委): 委 alone gave 残工委员会; the full name
  comes from the lexicon (UnitAbbrev).
"""
import pytest

from conftest import check_reading


LIST_ROWS = [
    ("a medal list opened by 授予, a Tibetan name in it",
     "团省委、省青联决定，授予张海涛、扎西卓嘎、李文静等20名同志第十届某省青年五四奖章。",
     {("Person", "张海涛"), ("Person", "扎西卓嘎"), ("Person", "李文静")},
     set(), set()),
    ("a list of four names that a count closes after a comma",
     "会上，倪新财、卜玉珊、冉广才、訾国平等4人作交流发言。",
     {("Person", "倪新财"), ("Person", "卜玉珊"), ("Person", "冉广才"), ("Person", "訾国平")},
     set(), set()),
    ("households honoured by their members' names",
     "记者从县妇联获悉，我县最美家庭是周建军家庭、吴晓兰家庭和郑国庆家庭。",
     {("Person", "周建军"), ("Person", "吴晓兰"), ("Person", "郑国庆")},
     set(), set()),
    ("guard: kinds of households are no names",
     "农户家庭、城镇家庭和单亲家庭都可以申报。",
     set(), set(), {"农户", "城镇", "单亲"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LIST_ROWS, ids=[r[0] for r in LIST_ROWS])
def test_listed_people(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BYLINE_ROWS = [
    ("an outlet's short name run into 全媒体记者",
     "全县已累计评出各级最美家庭3000余户。\n洛报全媒体记者 贺新宇\n",
     {("Person", "贺新宇")}, set(), {"洛报"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BYLINE_ROWS, ids=[r[0] for r in BYLINE_ROWS])
def test_outlet_before_role_word(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


ELECTION_ROWS = [
    ("an election of a vice-governor printed bare after 选举",
     "青海省残联主席团全体会议召开。会议选举副省长刘建华为省残联主席团主席。",
     {("Official", "刘建华")},
     {("刘建华", "holdsPost", "青海省人民政府"), ("刘建华", "holdsPost", "青海省残疾人联合会")},
     set()),
    ("an election after a chain of two titles, the second a government's unit by its short name",
     "湖北省残联主席团全体会议召开。会议选举副省长、省政府残工委主任王志伟为省残联第七届主席团主席。",
     {("Official", "王志伟")},
     {("王志伟", "holdsPost", "湖北省人民政府"), ("王志伟", "holdsPost", "湖北省人民政府残疾人工作委员会"),
      ("王志伟", "holdsPost", "湖北省残疾人联合会")},
     set()),
    ("a county government's women and children committee by its short name",
     "会上，岳西县政府妇儿工委主任陈红梅作了部署。",
     {("Official", "陈红梅"), ("Agency", "岳西县人民政府妇女儿童工作委员会")},
     {("陈红梅", "holdsPost", "岳西县人民政府妇女儿童工作委员会")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ELECTION_ROWS, ids=[r[0] for r in ELECTION_ROWS])
def test_posts_held_before_an_election(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
