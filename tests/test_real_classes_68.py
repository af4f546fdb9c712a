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
- A federation's or a democratic party committee's department printed bare after the body's head in a chain
  (省科协第一副主席甲、科普部部长乙; 民进某省委会主委甲、副主委乙和议政调研部副部长丙): the department's head was lost;
  UnitHead 部 "bare_of" (联合会, 科学技术协会) and "bare_party" read it as a unit of the body named before it in the
  sentence, never a Party committee's department (宣传部, 组织部).
- A federation's department of a longer name right after it (市妇联家庭和儿童工作部部长): no body and no official; UnitHead
  工作部 after 联合会, six characters before it at most.
- 主席助理 after a federation's Party group member (侨联党组书记、主席甲，党组成员、主席助理乙): no title, so no official;
  and the next item's member title found no body where the chain's last title (主席) had none: it takes the body of
  the chain's last title that has one.
- A city's government printed in the chain of a vice-mayor after a county-level city's secretary in the sentence
  (市委常委、乙市委书记某，市政府党组成员、副市长某): 副市长 went to the county-level city's government; the government
  printed in the title's own chain is the one it heads.
- Schemes of the mass organisations known by name (大学生志愿服务西部计划, printed short as 西部计划; 全民科学素质行动计划纲要):
  not read (programmes.jsonl); a known scheme and 项目 right before 办 (某县…西部计划项目办, the scheme's office) is
  no project of the place (ProjectOfficeChar).
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


UNIT_ROWS = [
    ("a provincial science association's department after its vice-chairman",
     "5月6日，四川省科协第一副主席张立群、学会部部长刘海波一行来到绵阳市调研。",
     {("Official", "刘海波"), ("Agency", "四川省科学技术协会学会部")},
     {("刘海波", "holdsPost", "四川省科学技术协会学会部")},
     set()),
    ("a democratic party committee's department after its heads",
     "3月10日，民盟湖北省委会主委杨志华、副主委陈刚和宣传调研部副部长李敏一行走访调研。",
     {("Official", "李敏")},
     {("李敏", "holdsPost", "中国民主同盟湖北省委员会宣传调研部")},
     set()),
    ("a women's federation's department of a long name",
     "记者从长沙市妇联获悉，长沙市妇联妇女发展和权益工作部部长黄丽娟获评先进个人。",
     {("Official", "黄丽娟"), ("Agency", "长沙市妇女联合会妇女发展和权益工作部")},
     {("黄丽娟", "holdsPost", "长沙市妇女联合会妇女发展和权益工作部")},
     set()),
    ("an overseas Chinese federation's assistant to the chairman",
     "扬州市侨联党组书记、主席吴国庆，党组成员、主席助理钱晓燕参加活动。",
     {("Official", "钱晓燕")},
     {("钱晓燕", "holdsPost", "扬州市归国华侨联合会")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", UNIT_ROWS, ids=[r[0] for r in UNIT_ROWS])
def test_units_and_titles_of_federations(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


GOVERNMENT_ROWS = [
    ("a vice-mayor after a county-level city's secretary, the city government printed in his chain",
     "大连市工商联召开座谈会。市委常委、瓦房店市委书记赵立群，市政府党组成员、副市长孙海涛出席。大连将继续优化营商环境。",
     {("Official", "孙海涛")},
     {("孙海涛", "holdsPost", "大连市人民政府")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", GOVERNMENT_ROWS, ids=[r[0] for r in GOVERNMENT_ROWS])
def test_government_printed_in_the_chain(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent, absent_facts={("孙海涛", "holdsPost", "瓦房店市人民政府")})


PROGRAMME_ROWS = [
    ("the Youth League's scheme printed short",
     "今年，共青团会宁县委共招募西部计划志愿者12名，分配到各乡镇服务。",
     {("Programme", "大学生志愿服务西部计划")}, set(), set()),
    ("the national plan for scientific literacy",
     "市科协将抓好全民科学素质行动规划纲要的落实。",
     {("Programme", "全民科学素质行动规划纲要")}, set(), set()),
    ("a scheme's project office is no project",
     "志愿者在团县委和定西市安定区大学生志愿服务西部计划项目办的指导下开展服务。",
     {("Programme", "大学生志愿服务西部计划")}, set(), {"定西市安定区大学生志愿服务西部计划项目"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PROGRAMME_ROWS, ids=[r[0] for r in PROGRAMME_ROWS])
def test_schemes_of_mass_organisations(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
